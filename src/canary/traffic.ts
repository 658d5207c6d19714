// How traffic reaches the serving stack: a webhook, a command (argv, no shell), KServe through kubectl,
// or a GitOps file. Traffic is the candidate's weight (its share of user requests) and its mirror (the
// share of requests copied to it, answers discarded: the shadow phase). Every provider has a read-only
// probe, run before anything moves, and either applies the traffic or throws with what went wrong.
import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { ConfigurationError } from '../runtime/errors.js';

const exec = promisify(execFile);

export interface RolloutSubject {
  model: string;
  canary: string;
  /** The version serving now; undefined in an initial roll-out. */
  stable?: string;
  /** The candidate's model URI in the registry, when the registry was read. */
  modelUri?: string;
}

export interface Traffic {
  /** Percent of user requests answered by the candidate. */
  weight: number;
  /** Percent of requests copied to the candidate, its answers discarded. */
  mirror: number;
}

export interface TrafficProvider {
  readonly label: string;
  /** Whether the provider can copy requests to the candidate (the shadow phase). */
  readonly mirrors: boolean;
  /** A read-only check that the target is there, before any traffic moves. */
  probe(): Promise<void>;
  apply(traffic: Traffic): Promise<void>;
}

const cause = (error: unknown) => String((error as Error).cause ?? (error as Error).message);

export function webhookTraffic(url: string, subject: RolloutSubject, headers: Record<string, string> = {}): TrafficProvider {
  return {
    label: `webhook ${new URL(url).origin}`,
    mirrors: true,
    async probe() {
      // HEAD changes nothing; any HTTP answer (even 404 or 405) shows the host is there.
      await fetch(url, { method: 'HEAD', headers, signal: AbortSignal.timeout(15_000) }).catch((error) => {
        throw new ConfigurationError(`Input 'traffic': the webhook ${url} cannot be reached (${cause(error)}).`);
      });
    },
    async apply({ weight, mirror }) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ model: subject.model, stable_version: subject.stable ?? null, canary_version: subject.canary, model_uri: subject.modelUri ?? null, weight, mirror }),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        throw new ConfigurationError(`the traffic webhook ${url} did not answer: ${cause(error)}. Check input 'traffic'.`);
      }
      if (!response.ok) throw new ConfigurationError(`the traffic webhook ${url} answered ${response.status} ${(await response.text()).slice(0, 200)}. Check inputs 'traffic' and 'webhook-headers'.`);
    },
  };
}

/** Whether `program` would be found: a path (relative to cwd) or a name on PATH. */
function executable(program: string, cwd: string, env: NodeJS.ProcessEnv): boolean {
  const candidates = program.includes('/') ? [path.resolve(cwd, program)] : (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, program));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function commandTraffic(argv: unknown, subject: RolloutSubject, cwd: string): TrafficProvider {
  if (!Array.isArray(argv) || argv.length === 0 || argv.some((a) => typeof a !== 'string')) {
    throw new ConfigurationError(`Input 'command' must be a YAML list of strings (the argv, run without a shell), e.g. [kubectl, apply, -f, canary.yaml].`);
  }
  const [program, ...args] = argv as string[];
  return {
    label: `command ${program}`,
    mirrors: true,
    async probe() {
      if (!executable(program!, cwd, process.env)) throw new ConfigurationError(`Input 'command': ${program} is not an executable on PATH (or at that path).`);
    },
    async apply({ weight, mirror }) {
      const env = { ...process.env, CANARY_WEIGHT: String(weight), CANARY_MIRROR: String(mirror), CANARY_VERSION: subject.canary, STABLE_VERSION: subject.stable ?? '', MODEL: subject.model, MODEL_URI: subject.modelUri ?? '' };
      try {
        await exec(program!, args, { cwd, env, timeout: 120_000 });
      } catch (error) {
        const e = error as { code?: number | string; stderr?: string };
        throw new ConfigurationError(`the traffic command ${program} failed (${e.code}): ${(e.stderr ?? '').trim().slice(-300)}`);
      }
    },
  };
}

/**
 * KServe: the InferenceService's predictor gets the candidate's storage URI and its canary percentage in
 * one merge patch; KServe keeps the last ready revision for the rest of the traffic. KServe has no
 * request mirroring, so a shadow phase is refused when the settings are read.
 */
export function kserveTraffic(target: string, subject: RolloutSubject, cwd: string): TrafficProvider {
  const [namespace, name, extra] = target.split('/');
  if (!namespace || !name || extra !== undefined) throw new ConfigurationError(`Input 'traffic': kserve: needs <namespace>/<name>, got "${target}".`);
  if (!subject.modelUri) throw new ConfigurationError(`Input 'traffic': kserve: needs the candidate's model URI from the registry (set 'registry').`);
  const kubectl = (args: string[]) => commandTraffic(['kubectl', ...args], subject, cwd);
  return {
    label: `kserve ${target}`,
    mirrors: false,
    async probe() {
      await kubectl([]).probe();
      await exec('kubectl', ['get', 'inferenceservice', name, '-n', namespace, '-o', 'name'], { cwd, timeout: 60_000 }).catch((error) => {
        throw new ConfigurationError(`Input 'traffic': kubectl cannot read inferenceservice ${name} in namespace ${namespace}: ${String((error as { stderr?: string }).stderr ?? cause(error)).trim().slice(-300)}`);
      });
    },
    apply: (traffic) => {
      const patch = { spec: { predictor: { canaryTrafficPercent: traffic.weight, model: { storageUri: subject.modelUri } } } };
      return kubectl(['patch', 'inferenceservice', name, '-n', namespace, '--type', 'merge', '-p', JSON.stringify(patch)]).apply(traffic);
    },
  };
}

/**
 * GitOps: writes the weight (and the mirror percentage, when a second key is given) at dotted keys of a
 * YAML/JSON file, then commits and pushes it when in a git checkout.
 */
export function fileTraffic(file: string, keys: { weight: string; mirror?: string }, subject: RolloutSubject, cwd: string): TrafficProvider {
  const read = () => {
    try {
      return YAML.parseDocument(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigurationError(`Input 'traffic': cannot read ${file}: ${(error as Error).message}`);
    }
  };
  return {
    label: `file ${path.basename(file)}#${keys.weight}`,
    mirrors: keys.mirror !== undefined,
    async probe() {
      const document = read();
      if (document.errors.length > 0) throw new ConfigurationError(`Input 'traffic': ${file} is not valid YAML/JSON: ${document.errors[0]!.message}`);
    },
    async apply({ weight, mirror }) {
      const document = read();
      document.setIn(keys.weight.split('.'), weight);
      if (keys.mirror) document.setIn(keys.mirror.split('.'), mirror);
      const before = readFileSync(file, 'utf8');
      const after = /\.json$/i.test(file) ? `${JSON.stringify(document.toJSON(), null, 2)}\n` : document.toString();
      if (after === before) return;
      writeFileSync(file, after);
      const git = (...args: string[]) => exec('git', args, { cwd });
      if (!(await git('rev-parse', '--is-inside-work-tree').then(() => true, () => false))) return;
      await git('-c', 'user.name=mlops-actions', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com', 'commit', '--quiet', '-m', `canary: ${subject.model} ${subject.canary} at ${weight}%${mirror ? `, ${mirror}% mirrored` : ''}`, '--', file);
      if ((await git('remote')).stdout.trim()) await git('push', '--quiet');
    },
  };
}
