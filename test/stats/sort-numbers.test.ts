import { describe, expect, it } from 'vitest';
import { sortNumbers } from '../../src/stats/arrays.js';

/** What the native sort gives, with −0 read as 0 (sortNumbers may return integers' −0 as 0). */
const nativeSorted = (values: Float64Array) => Array.from(new Float64Array(values).sort(), (x) => x + 0);

describe('sortNumbers', () => {
  const cases: Record<string, (i: number) => number> = {
    'small span (counting, scratch)': (i) => ((i * 7919) % 301) - 150,
    'span up to n (counting, allocated)': (i) => ((i * 48271) % 60_000) - 30_000,
    'wide integers (Int32Array sort)': (i) => Math.imul(i + 1, 0x9e3779b1) | 0,
    'floats and integers mixed': (i) => (i % 3 === 0 ? i / 7 : -i),
    'beyond int32': (i) => (i % 2 ? 2 ** 40 + i : -i),
    'with NaN and −0': (i) => (i % 97 === 0 ? NaN : i % 89 === 0 ? -0 : (i % 13) - 6),
  };
  for (const [name, value] of Object.entries(cases)) {
    it(`sorts ${name} as the native sort does`, () => {
      for (const n of [0, 1, 2, 1000, 100_000]) {
        const values = Float64Array.from({ length: n }, (_, i) => value(i));
        expect(Array.from(sortNumbers(new Float64Array(values)), (x) => x + 0)).toEqual(nativeSorted(values));
      }
    });
  }
});
