// Rebuilds actions/<name>/dist with ncc from src/entries/<name>.ts, one bundle per action.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const only = process.argv.slice(2);
const names = readdirSync(path.join(root, 'actions')).filter((n) => only.length === 0 || only.includes(n));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
for (const name of names) {
  const out = path.join(root, 'actions', name, 'dist');
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [ncc, 'build', `src/entries/${name}.ts`, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`bundled actions/${name}/dist`);
}
