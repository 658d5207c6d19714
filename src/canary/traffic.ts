// How a weight reaches the serving stack: a webhook, a command (argv, no shell), KServe through kubectl,
// or a GitOps file. Every provider either applies the weight or throws with what went wrong.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { ConfigurationError } from '../runtime/errors.js';

const exec = promisify(execFile);

export interface RolloutSubject {
  model: string;
  canary: string;
  stable: string;
}

export interface TrafficProvider {
  readonly label: string;
  apply(weight: number): Promise<void>;
}

export function webhookTraffic(url: string, subject: RolloutSubject): TrafficProvider {
  return {
    label: `webhook ${new URL(url).origin}`,
    async apply(weight) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: subject.model, stable_version: subject.stable, canary_version: subject.canary, weight }),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        throw new Error(`the traffic webhook ${url} did not answer: ${(error as Error).cause ?? (error as Error).message}`);
      }
      if (!response.ok) throw new Error(`the traffic webhook ${url} answered ${response.status} ${(await response.text()).slice(0, 200)}`);
    },
  };
}

export function commandTraffic(argv: string[], subject: RolloutSubject, cwd: string): TrafficProvider {
  if (!Array.isArray(argv) || argv.length === 0 || argv.some((a) => typeof a !== 'string')) {
    throw new ConfigurationError(`Input 'command' must be a YAML list of strings (the argv, run without a shell), e.g. [kubectl, apply, -f, canary.yaml].`);
  }
  return {
    label: `command ${argv[0]}`,
    async apply(weight) {
      try {
        await exec(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, CANARY_WEIGHT: String(weight), CANARY_VERSION: subject.canary, STABLE_VERSION: subject.stable, MODEL: subject.model }, timeout: 120_000 });
      } catch (error) {
        const e = error as { code?: number | string; stderr?: string };
        throw new Error(`the traffic command ${argv[0]} failed (${e.code}): ${(e.stderr ?? '').trim().slice(-300)}`);
      }
    },
  };
}

export function kserveTraffic(target: string, subject: RolloutSubject, cwd: string): TrafficProvider {
  const [namespace, name] = target.split('/');
  if (!namespace || !name) throw new ConfigurationError(`Input 'traffic': kserve: needs <namespace>/<name>, got "${target}".`);
  const patch = (weight: number) => JSON.stringify({ spec: { predictor: { canaryTrafficPercent: weight } } });
  return {
    label: `kserve ${target}`,
    apply: (weight) => commandTraffic(['kubectl', 'patch', 'inferenceservice', name, '-n', namespace, '--type', 'merge', '-p', patch(weight)], subject, cwd).apply(weight),
  };
}

/** GitOps: writes the weight at a dotted key of a YAML/JSON file, then commits and pushes it when in a git checkout. */
export function fileTraffic(file: string, key: string, subject: RolloutSubject, cwd: string): TrafficProvider {
  return {
    label: `file ${file}#${key}`,
    async apply(weight) {
      const json = /\.json$/i.test(file);
      const document = YAML.parseDocument(readFileSync(file, 'utf8'));
      document.setIn(key.split('.'), weight);
      writeFileSync(file, json ? `${JSON.stringify(document.toJSON(), null, 2)}\n` : document.toString());
      const git = (...args: string[]) => exec('git', args, { cwd });
      if (!(await git('rev-parse', '--is-inside-work-tree').then(() => true, () => false))) return;
      await git('-c', 'user.name=mlops-actions', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com', 'commit', '--quiet', '-m', `canary: ${subject.model} ${subject.canary} at ${weight}%`, '--', file);
      if ((await git('remote')).stdout.trim()) await git('push', '--quiet');
    },
  };
}
