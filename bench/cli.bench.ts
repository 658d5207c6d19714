// Start-up cost of the packed CLI over the bare bundle (target: under 0.3 s). The package is packed
// and installed into an empty folder as a user installs it; then validate-data on a small file runs alternately as the
// runner runs it (node actions/validate-data/dist/index.js with INPUT_* and the file commands) and
// through the CLI (node bin/mlops-actions.js validate-data --data …). Medians of the wall times.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, ROOT, runnerEnv, table } from './common.js';

const RUNS = 9;
const dir = path.join(BENCH_DIR, 'cli');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
const workspace = path.join(dir, 'app');
mkdirSync(workspace);
writeFileSync(path.join(workspace, 'package.json'), '{ "name": "app", "private": true }\n');
const install = spawnSync('npm', ['i', path.join(dir, tarball), '--prefer-offline', '--no-audit', '--no-fund'], { cwd: workspace, encoding: 'utf8' });
if (install.status !== 0) throw new Error(`npm i failed:\n${install.stderr}`);
const pkg = path.join(workspace, 'node_modules', 'mlops-actions');
writeFileSync(path.join(workspace, 'data.csv'), ['age,city', ...Array.from({ length: 200 }, (_, i) => `${20 + (i % 50)},${'ABC'[i % 3]}`)].join('\n'));

const inputs = { data: 'data.csv', 'report-path': 'report.json', 'fail-on': 'error', 'max-annotations': '10' };
const seconds = (command: string[], env: Record<string, string>) => {
  const start = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), { cwd: workspace, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return (performance.now() - start) / 1000;
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bare: number[] = [];
const cli: number[] = [];
const npx: number[] = [];
const cliArgs = ['validate-data', ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])];
for (let i = 0; i < RUNS; i++) {
  bare.push(seconds([process.execPath, path.join(pkg, 'actions', 'validate-data', 'dist', 'index.js')], runnerEnv(inputs, workspace)));
  cli.push(seconds([process.execPath, path.join(pkg, 'bin', 'mlops-actions.js'), ...cliArgs], {}));
  // What `npx mlops-actions` adds on top: npm's own start-up, resolving the bin.
  npx.push(seconds(['npx', '--no', 'mlops-actions', ...cliArgs], { PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` }));
}
const [b, c, n] = [median(bare), median(cli), median(npx)];
console.log(`Node ${process.version}, ${RUNS} runs each, medians (wall time):\n`);
console.log(table([
  ['run', 'seconds', 'over the bare bundle'],
  ['bare bundle (as the runner runs it)', b.toFixed(3), '-'],
  ['node bin/mlops-actions.js (the packed CLI)', c.toFixed(3), `${(c - b).toFixed(3)} s (target < 0.3 s)`],
  ['npx mlops-actions', n.toFixed(3), `${(n - b).toFixed(3)} s (npm's start-up included)`],
]));
