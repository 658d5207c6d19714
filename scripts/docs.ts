// npm run docs: rewrites the inputs/outputs tables of every actions/<name>/README.md from its action.yml.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTables } from '../src/runtime/action-docs.js';
import { listActions, readActionMetadata } from '../src/runtime/action-metadata.js';

const actions = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'actions');
for (const name of listActions(actions)) {
  const file = path.join(actions, name, 'README.md');
  writeFileSync(file, withTables(readFileSync(file, 'utf8'), readActionMetadata(actions, name)));
  console.log(`updated ${path.relative(process.cwd(), file)}`);
}
