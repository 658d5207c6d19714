// The glob walker that stands in for fs.glob on Node 20 answers what Node 24's fs.glob answers.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { glob as nodeGlob } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkGlob } from '../../src/runtime/glob.js';

const collect = async (found: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const entry of found) out.push(entry);
  return out.sort();
};

describe('glob on Node 20 (walkGlob)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mlops-glob-'));
  const work = path.join(root, 'work');
  for (const file of ['x.csv', 'y.tsv', '.hidden.csv', 'a/y.csv', 'a/b/z.csv', 'a/b/q.tsv', 'a/b/c/deep.csv', '.git/config.csv', 'data [1]/v.csv', 'n1.csv', 'n2.csv', 'nA.csv']) {
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    writeFileSync(path.join(work, file), 'a\n1\n');
  }
  mkdirSync(path.join(root, 'temp', 'prod'), { recursive: true });
  writeFileSync(path.join(root, 'temp', 'prod', 'today.csv'), 'a\n1\n');
  writeFileSync(path.join(root, 'temp', 'top.csv'), 'a\n1\n');
  symlinkSync(path.join(root, 'temp'), path.join(work, 'linked'));
  symlinkSync(path.join(root, 'nowhere'), path.join(work, 'dangling.csv'));

  const patterns = [
    '*.csv', '**/*.csv', '**', 'a/**', 'a/**/*.{csv,tsv}', '{a,a/b}/*.csv', 'a/*/z.csv', '[xy].*', 'n[0-9].csv', 'n[!0-9].csv', 'n?.csv',
    './a/*.csv', 'a/b/../y.csv', '.*.csv', '.git/*', 'data [1]/*.csv', 'linked/*/*.csv', 'linked/**', 'linked/**/*.csv', '../temp/**/*.csv', `${root}/temp/**/*.csv`, `${root}/work/a/*.csv`, 'missing/*.csv', 'x.csv/*',
  ];
  for (const pattern of patterns) {
    it(`matches ${pattern} as fs.glob does`, async () => {
      expect(await collect(walkGlob(pattern, work))).toEqual(await collect(nodeGlob(pattern, { cwd: work })));
    });
  }
});
