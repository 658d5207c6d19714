import { describe, expect, it } from 'vitest';
import { cramersV } from '../../src/drift/index.js';

// scipy 1.10.1 (Debian): float(scipy.stats.contingency.association(np.array(table), method='cramer')),
// rows: reference counts, current counts; columns: categories.
const CASES: [number[][], number][] = [
  [[[10, 20, 30], [30, 20, 10]], 0.408248290463863],
  [[[1, 0, 0], [0, 5, 2]], 1.0],
  [[[100, 1], [100, 1]], 0.0],
  [[[50, 30, 20, 0], [40, 35, 20, 5]], 0.18021829118774954],
  [[[3, 4], [9, 1]], 0.5092010548749034],
  [[[500, 300, 200], [510, 290, 195]], 0.01265036365576958],
];

const counts = (row: number[]) => new Map(row.map((count, k) => [`c${k}`, count] as [string, number]).filter(([, count]) => count > 0));

describe("Cramér's V beside chi-square", () => {
  it('is the association of the 2 × k table, as scipy computes it, and never above 1', () => {
    for (const [[reference, current], expected] of CASES) {
      const { value } = cramersV(counts(reference!), counts(current!));
      expect(value).toBeCloseTo(expected, 12);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('stays within [0, 1] where the goodness-of-fit form went past 1 (a category rare in the reference)', () => {
    // 7 current rows over 3 categories, one of them seen once in 1,000 reference rows.
    const { value } = cramersV(new Map([['a', 600], ['b', 399], ['c', 1]]), new Map([['a', 1], ['b', 1], ['c', 5]]));
    expect(value).toBeGreaterThan(0.5);
    expect(value).toBeLessThanOrEqual(1);
  });
});
