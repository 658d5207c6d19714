// The inputs/outputs tables of every action README are what action.yml says (npm run docs rewrites them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTables } from '../../src/runtime/action-docs.js';
import { listActions, readActionMetadata } from '../../src/runtime/action-metadata.js';
import { ROOT } from '../harness/run-action.js';

const ACTIONS = path.join(ROOT, 'actions');

describe('action READMEs', () => {
  for (const name of listActions(ACTIONS)) {
    it(`${name}: the tables match action.yml`, () => {
      const readme = readFileSync(path.join(ACTIONS, name, 'README.md'), 'utf8');
      expect(readme).toBe(withTables(readme, readActionMetadata(ACTIONS, name)));
      for (const input of Object.keys(readActionMetadata(ACTIONS, name).inputs)) expect(readme).toContain(`| \`${input}\` |`);
    });
  }

  it('notices a table out of step with action.yml', () => {
    const readme = readFileSync(path.join(ACTIONS, 'drift-check', 'README.md'), 'utf8').replace('| `cooldown` |', '| `cool-down` |');
    expect(readme).not.toBe(withTables(readme, readActionMetadata(ACTIONS, 'drift-check')));
  });
});
