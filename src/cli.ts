// mlops-actions <action> [--input value]…: the same adapters as on the runner, with terminal I/O.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIONS } from './actions/index.js';
import { runDemo } from './demo/index.js';
import { defaultInputs, listActions, readActionMetadata } from './runtime/action-metadata.js';
import { runAction } from './runtime/run.js';
import { terminalIO } from './runtime/terminal-io.js';

const ACTIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'actions');

function usage(): string {
  const lines = ['Usage: mlops-actions <action> [--<input> <value>]…', '       mlops-actions <action> --help', '       mlops-actions demo', '', 'Actions:'];
  for (const name of listActions(ACTIONS_DIR)) lines.push(`  ${name.padEnd(16)} ${readActionMetadata(ACTIONS_DIR, name).description}`);
  lines.push('  demo             the whole continuous-training loop on this machine, no GitHub, no cloud');
  return lines.join('\n');
}

function actionHelp(name: string): string {
  const meta = readActionMetadata(ACTIONS_DIR, name);
  const lines = [`mlops-actions ${name}: ${meta.description}`, '', 'Inputs:'];
  for (const [input, spec] of Object.entries(meta.inputs)) {
    const extra = spec.required ? ' (required)' : spec.default !== undefined ? ` (default: ${spec.default})` : '';
    lines.push(`  --${input.padEnd(24)} ${spec.description}${extra}`);
  }
  lines.push('', 'Outputs:');
  for (const [output, spec] of Object.entries(meta.outputs)) lines.push(`  ${output.padEnd(26)} ${spec.description}`);
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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(usage());
    return command ? 0 : 1;
  }
  if (command === 'demo') return runDemo(rest);
  const adapter = ACTIONS[command];
  if (!adapter) {
    console.error(`Unknown action "${command}".\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help')) {
    console.log(actionHelp(command));
    return 0;
  }
  const meta = readActionMetadata(ACTIONS_DIR, command);
  let flags: Record<string, string>;
  try {
    flags = parseFlags(command, rest, new Set(Object.keys(meta.inputs)));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const io = terminalIO({ ...defaultInputs(meta, process.env.GITHUB_TOKEN ?? ''), ...flags }, { workspace: process.cwd() });
  await runAction(adapter, io);
  if (io.summary.length > 0) console.log(`\n── summary ──\n${io.summary.join('\n')}`);
  if (io.outputs.size > 0) {
    console.log('\n── outputs ──');
    for (const [key, value] of io.outputs) console.log(`${key}=${value}`);
  }
  return io.failed === undefined ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
