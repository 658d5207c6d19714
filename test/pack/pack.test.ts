// The package as users get it: `npm pack`, `npm i ./mlops-actions-<v>.tgz` in an empty folder, then
// `npx mlops-actions …` on Node 20 (the oldest supported: test/pack/node20, a Node from the npm
// registry, not the machine's) and on Node 24 (the project's node). The packed CLI runs the committed
// bundles with no tsx and no dev dependencies: the install brings the package and its one declared
// dependency (simple-statistics, pure JavaScript, no engine constraint), nothing else.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.js';

const NODES = {
  'Node 20': path.join(ROOT, 'test', 'pack', 'node20', 'node_modules', '.bin'),
  'Node 24': path.join(ROOT, 'node_modules', '.bin'),
};
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment of a person's shell with `bin` first on PATH; nothing of the npm run that started the tests. */
function shell(bin: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|INPUT_|GITHUB_|RUNNER_|NODE_OPTIONS$|VITEST)/i.test(key)));
  return { ...env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
}

function dataset(rows: number, shift: number): string {
  const lines = ['age,city'];
  for (let i = 0; i < rows; i++) lines.push(`${30 + shift + ((i * 7919) % 20)},${['A', 'B', 'C', shift ? 'D' : 'A'][i % 4]}`);
  return lines.join('\n');
}

describe('the npm package, packed and installed into an empty folder', () => {
  const app = mkdtempSync(path.join(tmpdir(), 'mlops-pack-app-'));
  let files: string[] = [];

  beforeAll(() => {
    for (const [name, bin] of Object.entries(NODES)) {
      if (!existsSync(path.join(bin, 'node'))) throw new Error(`${name} is missing at ${bin}: run npm ci in the project.`);
    }
    const destination = mkdtempSync(path.join(tmpdir(), 'mlops-pack-'));
    const packed = run('npm', ['pack', '--json', '--pack-destination', destination], ROOT, shell(NODES['Node 24']));
    expect(packed.status, packed.stderr).toBe(0);
    const [manifest] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    files = manifest!.files.map((f) => f.path);
    writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    // Installed by npm running on Node 20: it checks engines against the Node it runs on.
    const installed = run('npm', ['i', path.join(destination, manifest!.filename), '--prefer-offline', '--no-audit', '--no-fund'], app, shell(NODES['Node 20']));
    expect(installed.status, installed.stderr).toBe(0);
    expect(`${installed.stdout}${installed.stderr}`).not.toMatch(/EBADENGINE|npm warn/i);
    writeFileSync(path.join(app, 'reference.csv'), dataset(300, 0));
    writeFileSync(path.join(app, 'current-1.csv'), dataset(200, 10));
    writeFileSync(path.join(app, 'current-2.csv'), dataset(100, 10));
    // Snappy pages of 40 KB of distinct doubles: each read into a buffer of its own, freed as the next comes.
    const scores = (shift: number) => Array.from({ length: 5000 }, (_, i) => shift + ((i * 7919) % 5000) / 100);
    writeFileSync(path.join(app, 'reference.parquet'), Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'score', type: 'DOUBLE', data: scores(0) }] })));
    writeFileSync(path.join(app, 'current.parquet'), Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'score', type: 'DOUBLE', data: scores(5) }] })));
    const zstd = { ZSTD: (bytes: Uint8Array) => new Uint8Array(zlib.zstdCompressSync(bytes)) };
    writeFileSync(path.join(app, 'current-zstd.parquet'), Buffer.from(parquetWriteBuffer({ codec: 'ZSTD', compressors: zstd, columnData: [{ name: 'score', type: 'DOUBLE', data: scores(5) }] })));
  }, 300_000);

  it('holds the bin, the compiled CLI, every action.yml and bundle, and no sources', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/mlops-actions.js', 'bin/cli.js', 'package.json', 'workflows-examples/train/train.mjs']));
    for (const action of ['deploy-canary', 'drift-check', 'register-model', 'train-gate', 'validate-data']) {
      expect(files).toEqual(expect.arrayContaining([`actions/${action}/action.yml`, `actions/${action}/dist/index.js`, `actions/${action}/dist/package.json`]));
    }
    expect(files.filter((f) => /^(src|test|bench|scripts|assembly)\//.test(f) || f.endsWith('.ts'))).toEqual([]);
    expect(readdirSync(path.join(app, 'node_modules')).filter((name) => !name.startsWith('.')).sort()).toEqual(['mlops-actions', 'simple-statistics']);
  });

  for (const [name, bin] of Object.entries(NODES)) {
    describe(`npx mlops-actions on ${name}`, () => {
      // --no: never fetch a package of that name from the registry; -- ends npx's own options.
      const npx = (...args: string[]) => run('npx', ['--no', '--', 'mlops-actions', ...args], app, shell(bin));

      it('runs on that Node and knows its version and the actions', () => {
        expect(run('node', ['--version'], app, shell(bin)).stdout).toMatch(name === 'Node 20' ? /^v20\./ : /^v24\./);
        expect(npx('--version')).toMatchObject({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
        expect(npx('-v').stdout).toBe(`${VERSION}\n`);
        const help = npx('drift-check', '--help');
        expect(help.status).toBe(0);
        expect(help.stdout).toMatch(/--reference\s+Reference data: .*\(required\)/);
        expect(help.stdout).toMatch(/--json\s+print the outputs as one JSON object/);
      });

      it('checks drift from globbed files, with the summary rendered for a terminal', () => {
        const result = npx('drift-check', '--reference', 'reference.csv', '--current', 'current-*.csv', '--report-path', `reports/${name}.json`);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Drift check: 🔴 dataset drift detected\n══════');
        expect(result.stdout).toMatch(/\n {4}column {2}type {5}method {5}statistic/);
        expect(result.stdout).toMatch(/\n🔴 {2}age {5}integer {2}ks {9}\d/); // aligned under the header: the emoji takes two columns
        expect(result.stdout).toContain('[chart "age: reference bars, current line": bar of 10, line of 10');
        expect(result.stdout).not.toMatch(/<\/?(code|details|summary)>|```|&#\d+;|\|\s*---/);
        expect(result.stdout).toMatch(/── outputs ──\ndrifted=true\n/);
        expect(JSON.parse(readFileSync(path.join(app, 'reports', `${name}.json`), 'utf8')).current.rows).toBe(300);
      });

      it('prints only the outputs as one JSON object with --json, the log on stderr', () => {
        const result = npx('drift-check', '--reference', 'reference.csv', '--current', 'current-1.csv', '--json');
        expect(result.status).toBe(0);
        const outputs = JSON.parse(result.stdout);
        expect(outputs).toMatchObject({ drifted: 'true', report: 'mlops-reports/drift-check.json', dispatched: 'false' });
        expect(JSON.parse(outputs['drifted-columns'])).toEqual(expect.arrayContaining(['age', 'city']));
        expect(result.stderr).toContain('▸ Reading the reference and the current data');
      });

      it('reads Parquet', () => {
        const result = npx('drift-check', '--reference', 'reference.parquet', '--current', 'current.parquet', '--json');
        expect(result.status, result.stdout + result.stderr).toBe(0);
        const outputs = JSON.parse(result.stdout);
        expect(outputs).toMatchObject({ drifted: 'true', dispatched: 'false' });
        expect(JSON.parse(outputs['drifted-columns'])).toEqual(['score']);
        expect(result.stderr).not.toContain('malformed');
        const report = JSON.parse(readFileSync(path.join(app, outputs.report), 'utf8'));
        expect([report.reference.rows, report.current.rows]).toEqual([5000, 5000]);
      });

      it(name === 'Node 20' ? 'names what ZSTD pages need (zlib has zstd from Node 22.15)' : 'reads ZSTD pages', () => {
        const result = npx('drift-check', '--reference', 'reference.parquet', '--current', 'current-zstd.parquet', '--json');
        if (name === 'Node 20') expect(result.stderr.match(/ZSTD needs Node 22.15 or later/g)).toEqual(['ZSTD needs Node 22.15 or later']); // once for the file, not per chunk
        else expect(JSON.parse(readFileSync(path.join(app, JSON.parse(result.stdout).report), 'utf8')).current.rows).toBe(5000);
      });

      it('exits non-zero with the error message when the action fails', () => {
        const result = npx('drift-check', '--reference', 'reference.csv', '--current', 'no-such-file.csv');
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/^error: Input 'current': the file "no-such-file.csv" does not exist/m);
        const usage = npx('drift-check', '--refrence', 'reference.csv');
        expect(usage.status).toBe(2);
        expect(usage.stderr).toContain('drift-check has no input "refrence"');
      });
    });
  }

  it('runs the demo from the bundles on Node 20: every action of the loop', () => {
    const result = run('npx', ['--no', '--', 'mlops-actions', 'demo', 'demo-output'], app, shell(NODES['Node 20']));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const stage of ['register-model', 'validate-data', 'train-gate', 'deploy-canary', 'drift-check']) expect(result.stdout).toContain(`✓ ${stage} done`);
    expect(result.stdout).toMatch(/Done in [\d.]+ s with 0 failed stage\(s\)/);
  }, 120_000);
});
