// mlops-actions <action> [--input value]… [--json]: runs the action's committed bundle as the runner
// does (runtime/bundle-run.ts) and prints its log, its summary rendered for a terminal, and its
// outputs; or, with --json, only the outputs as one JSON object (the log goes to stderr).
// Runs from source through tsx in a checkout, and compiled into bin/cli.js in the npm package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultInputs, listActions, readActionMetadata, type ActionMetadata } from './runtime/action-metadata.js';
import { runBundle } from './runtime/bundle-run.js';
import { renderMarkdown, withoutControls } from './runtime/terminal-markdown.js';

/** The package's folder: src/ in a checkout and bin/ in the package are both one level below it. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTIONS_DIR = path.join(ROOT, 'actions');

function version(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function usage(): string {
  const lines = [
    'Usage: mlops-actions <action> [--<input> <value>]… [--json]',
    '       mlops-actions <action> --help',
    '       mlops-actions demo [folder]',
    '       mlops-actions --version',
    '',
    'Runs an action\'s bundle, the code the GitHub runner runs, with the current folder as the workspace.',
    '--json prints only the outputs, as one JSON object (the log goes to stderr).',
    'Actions that talk to GitHub read GITHUB_TOKEN (or --github-token), GITHUB_REPOSITORY and GITHUB_API_URL.',
    '',
    'Actions:',
  ];
  for (const name of listActions(ACTIONS_DIR)) lines.push(`  ${name.padEnd(16)} ${readActionMetadata(ACTIONS_DIR, name).description}`);
  lines.push('  demo             the whole continuous-training loop on this machine, no GitHub, no cloud');
  return lines.join('\n');
}

function actionHelp(name: string, meta: ActionMetadata): string {
  const lines = [`mlops-actions ${name}: ${meta.description}`, '', 'Inputs:'];
  for (const [input, spec] of Object.entries(meta.inputs)) {
    const extra = spec.required ? ' (required)' : spec.default !== undefined ? ` (default: ${spec.default})` : '';
    lines.push(`  --${input.padEnd(24)} ${spec.description}${extra}`);
  }
  lines.push('', 'Outputs:');
  for (const [output, spec] of Object.entries(meta.outputs)) lines.push(`  ${output.padEnd(26)} ${spec.description}`);
  lines.push('', '  --json                     print the outputs as one JSON object, the log on stderr');
  return lines.join('\n');
}

/** `--name value` and `--name=value` pairs; every name must be an input of the action. */
function parseFlags(name: string, argv: string[], known: Set<string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}": inputs are given as --<input> <value>.`);
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.has(flag)) throw new Error(`${name} has no input "${flag}". Run \`mlops-actions ${name} --help\` for its inputs.`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${flag} needs a value.`);
    values[flag] = values[flag] === undefined ? value : `${values[flag]}\n${value}`;
  }
  return values;
}

const colorful = (stream: NodeJS.WriteStream) => (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb');

async function runCommand(name: string, argv: string[]): Promise<number> {
  const meta = readActionMetadata(ACTIONS_DIR, name);
  if (argv.includes('--help')) {
    console.log(actionHelp(name, meta));
    return 0;
  }
  const json = argv.includes('--json');
  let flags: Record<string, string>;
  try {
    flags = parseFlags(name, argv.filter((arg) => arg !== '--json'), new Set(Object.keys(meta.inputs)));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const log = json ? process.stderr : process.stdout;
  const run = await runBundle(path.join(ACTIONS_DIR, name), meta, { ...defaultInputs(meta, process.env.GITHUB_TOKEN ?? ''), ...flags }, {
    workspace: process.cwd(),
    env: process.env,
    log: (line) => log.write(`${withoutControls(line)}\n`),
    stderr: (text) => process.stderr.write(withoutControls(text)),
    debug: Boolean(process.env.MLOPS_DEBUG || process.env.RUNNER_DEBUG === '1'),
  });
  if (json) {
    process.stdout.write(`${run.mask(JSON.stringify(run.outputs))}\n`);
  } else {
    if (run.summary.trim()) console.log(`\n── summary ──\n${run.mask(renderMarkdown(run.summary, { color: colorful(process.stdout) }))}`);
    const outputs = Object.entries(run.outputs);
    if (outputs.length > 0) console.log(`\n── outputs ──\n${outputs.map(([key, value]) => withoutControls(run.mask(`${key}=${value}`))).join('\n')}`);
  }
  return run.exitCode === 0 ? 0 : 1;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(usage());
    return command ? 0 : 1;
  }
  if (command === '--version' || command === '-v') {
    console.log(version());
    return 0;
  }
  if (command === 'demo') {
    const { runDemo } = await import('./demo/index.js');
    return runDemo(rest, ROOT);
  }
  if (!listActions(ACTIONS_DIR).includes(command)) {
    console.error(`Unknown action "${command}".\n\n${usage()}`);
    return 2;
  }
  return runCommand(command, rest);
}
