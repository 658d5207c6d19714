// Mann–Whitney U against scipy 1.10.1 (test/fixtures/mannwhitney/generate.py wrote cases.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from '../../src/stats/index.js';
import { ROOT } from '../harness/run-action.js';

const fixture = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/mannwhitney/cases.json'), 'utf8'));

describe(`Mann-Whitney U agrees with scipy ${fixture.scipy}`, () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const result = mannWhitneyU(c.x, c.y);
      expect(result.statistic).toBe(c.statistic);
      expect(Math.abs(result.pValue - c.pvalue), `${result.pValue} vs ${c.pvalue}`).toBeLessThanOrEqual(Math.max(1e-12, c.pvalue * 1e-9));
    });
  }
});
