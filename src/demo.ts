// npm run demo: the continuous-training loop on this machine, with no GitHub and no cloud.
// Each stage runs an action's adapter with terminal I/O on data the demo makes itself.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS } from './actions/index.js';
import { runAction } from './runtime/run.js';
import { terminalIO } from './runtime/terminal-io.js';

interface Stage {
  title: string;
  action: string;
  inputs: (dir: string) => Record<string, string>;
}

const STAGES: Stage[] = [
  { title: 'Validate the training data and write its profile', action: 'validate-data', inputs: () => ({ data: 'data/train.csv' }) },
  { title: 'Gate the trained model against the previous version', action: 'train-gate', inputs: () => ({ metrics: 'metrics.json' }) },
  { title: 'Register the model in a local registry', action: 'register-model', inputs: () => ({ name: 'churn', registry: 'local:registry' }) },
  { title: 'Roll the model out as a canary', action: 'deploy-canary', inputs: () => ({ model: 'churn', version: 'v0.0.1', traffic: 'file:traffic.json#weight' }) },
  { title: 'Check production data for drift', action: 'drift-check', inputs: () => ({ reference: 'data/train.csv', current: 'data/production.csv' }) },
];

export async function runDemo(argv: string[]): Promise<number> {
  const dir = path.resolve(argv[0] ?? 'demo-output');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`mlops-actions demo: the continuous-training loop, locally. Reports go to ${dir}\n`);
  let failures = 0;
  for (const [index, stage] of STAGES.entries()) {
    console.log(`[${index + 1}/${STAGES.length}] ${stage.title} (${stage.action})`);
    const lines: string[] = [];
    const io = terminalIO(stage.inputs(dir), { workspace: dir, write: (text) => lines.push(text) });
    await runAction(ACTIONS[stage.action]!, io);
    process.stdout.write(lines.map((line) => `      ${line}`).join(''));
    for (const [key, value] of io.outputs) console.log(`      ${key} = ${value}`);
    console.log(io.failed === undefined ? '      ✓ done\n' : `      ✗ failed: ${io.failed}\n`);
    if (io.failed !== undefined) failures++;
  }
  console.log(failures === 0 ? `Demo finished. Reports are in ${dir}` : `Demo finished with ${failures} failed stage(s). Reports are in ${dir}`);
  return failures === 0 ? 0 : 1;
}
