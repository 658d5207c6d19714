// What a step's `uses:` runs here, in one place: our own actions (their committed bundles), and the
// declared local equivalents of the third-party actions the examples use. Each equivalent says what it
// stands for, the inputs it honours (with the defaults of the real action's action.yml) and its
// outputs. Any other `uses:`, or an input an equivalent does not honour, is an error when the workflow
// is loaded: nothing is skipped silently.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { listActions, readActionMetadata, type ActionMetadata } from '../../src/runtime/action-metadata.js';
import { ROOT } from '../harness/run-action.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ACTIONS_DIR = path.join(ROOT, 'actions');

export interface Equivalent {
  /** `owner/repo` of the action it replaces (any ref). */
  action: string;
  standsFor: string;
  /** The Node script run as the step, like an action's main entry. */
  script: string;
  /** Input names with their defaults (which may hold expressions, e.g. `${{ github.token }}`). */
  inputs: Record<string, string>;
  outputs: string[];
}

export const EQUIVALENTS: Equivalent[] = [
  {
    action: 'actions/checkout',
    standsFor: 'actions/checkout v4: git init + fetch of the event\'s commit at its ref with fetch-depth (0: every branch and tag) + checkout, from the fixture repository\'s bare remote instead of github.com',
    script: 'checkout.mjs',
    inputs: { 'fetch-depth': '1', ref: '', path: '.' },
    outputs: ['ref', 'commit'],
  },
  {
    action: 'actions/setup-node',
    standsFor: 'actions/setup-node v4: puts the Node that runs the tests (Node 24 from the npm `node` package) on PATH; another major version is an error, nothing is downloaded',
    script: 'setup-node.mjs',
    inputs: { 'node-version': '' },
    outputs: ['node-version'],
  },
  {
    action: 'actions/upload-artifact',
    standsFor: 'actions/upload-artifact v4: the real @actions/artifact toolkit uploading to the results-service fake',
    script: 'upload-artifact.mjs',
    inputs: { name: 'artifact', path: '', 'if-no-files-found': 'warn', 'retention-days': '', 'compression-level': '6', overwrite: 'false', 'include-hidden-files': 'false' },
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
  },
  {
    action: 'actions/download-artifact',
    standsFor: 'actions/download-artifact v4: the real @actions/artifact toolkit; this run\'s artifacts from the results-service fake, another run\'s (run-id + github-token) through the GitHub fake\'s REST API',
    script: 'download-artifact.mjs',
    inputs: { name: '', pattern: '', path: '', 'merge-multiple': 'false', 'github-token': '', repository: '${{ github.repository }}', 'run-id': '${{ github.run_id }}' },
    outputs: ['download-path'],
  },
  {
    action: 'actions/github-script',
    standsFor: 'actions/github-script v7: the script as the body of an async function given require, github (Octokit from @actions/github against the GitHub fake), context, core, exec, glob, io and fetch',
    script: 'github-script.mjs',
    inputs: { script: '', 'github-token': '${{ github.token }}', 'result-encoding': 'json', debug: 'false', 'user-agent': 'actions/github-script', previews: '', retries: '0', 'retry-exempt-status-codes': '400,401,403,404,422' },
    outputs: ['result'],
  },
];

export type StepAction =
  | { kind: 'ours'; name: string; meta: ActionMetadata; entry: string; post?: string }
  | { kind: 'equivalent'; equivalent: Equivalent; entry: string };

const OURS = [/^\.\/actions\/([\w-]+)$/, /^[\w.-]+\/mlops-actions\/actions\/([\w-]+)@[\w.-]+$/];

/** What runs for a `uses:`, or an error naming the step and saying what can run. */
export function resolveUses(uses: string): StepAction {
  const ours = OURS.map((pattern) => pattern.exec(uses)?.[1]).find(Boolean);
  if (ours) {
    if (!listActions(ACTIONS_DIR).includes(ours)) throw new Error(`uses: ${uses} names no action of ours (there are: ${listActions(ACTIONS_DIR).join(', ')})`);
    const meta = readActionMetadata(ACTIONS_DIR, ours);
    const dist = (file: string) => path.join(ACTIONS_DIR, ours, file);
    return { kind: 'ours', name: ours, meta, entry: dist(meta.runs.main), post: meta.runs.post && dist(meta.runs.post) };
  }
  const action = uses.split('@')[0]!;
  const equivalent = EQUIVALENTS.find((e) => e.action === action);
  if (!equivalent) {
    throw new Error(`uses: ${uses} cannot run here: it is neither one of our actions nor a declared local equivalent (${EQUIVALENTS.map((e) => e.action).join(', ')}); add one to test/workflow/equivalents.ts`);
  }
  return { kind: 'equivalent', equivalent, entry: bundled(path.join(HERE, 'equivalents', equivalent.script)) };
}

/**
 * The script bundled into one file, as released actions are (the toolkit's hundreds of modules load
 * in a fifth of the time), kept in a cache folder keyed by the script's content.
 */
function bundled(script: string): string {
  const key = createHash('sha256').update(readFileSync(script)).update(readFileSync(path.join(ROOT, 'package-lock.json'))).digest('hex').slice(0, 16);
  const out = path.join(tmpdir(), 'mlops-workflow-equivalents', `${path.basename(script, '.mjs')}-${key}.mjs`);
  if (existsSync(out)) return out;
  mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [script], outfile: partial, bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  renameSync(partial, out); // whole or not at all, when two test files bundle at once
  return out;
}

/** Input names and defaults, and output names, of what a step runs. */
export function contractOf(action: StepAction): { inputs: Record<string, string | undefined>; outputs: string[] } {
  if (action.kind === 'equivalent') return { inputs: action.equivalent.inputs, outputs: action.equivalent.outputs };
  return {
    inputs: Object.fromEntries(Object.entries(action.meta.inputs).map(([k, spec]) => [k, spec.default === undefined ? undefined : String(spec.default)])),
    outputs: Object.keys(action.meta.outputs),
  };
}
