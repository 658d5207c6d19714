// Rebuilds actions/<name>/dist with ncc from src/entries/<name>.ts, one bundle per action.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const only = process.argv.slice(2);
const names = readdirSync(path.join(root, 'actions')).filter((n) => only.length === 0 || only.includes(n));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const WORKER_ENTRY = './worker/index.js';
function build(entry, out) {
  const result = spawnSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
for (const name of names) {
  const out = path.join(root, 'actions', name, 'dist');
  rmSync(out, { recursive: true, force: true });
  build(`src/entries/${name}.ts`, out);
  // An action that starts worker threads (runtime/worker-pool.ts) carries their entry in dist/worker/.
  if (readFileSync(path.join(out, 'index.js'), 'utf8').includes(WORKER_ENTRY)) build('src/entries/worker.ts', path.join(out, 'worker'));
  console.log(`bundled actions/${name}/dist`);
}
