// The drift report's charts: a categorical column with many categories shows those that matter.
import { describe, expect, it } from 'vitest';
import { histogramChart, type ColumnDrift } from '../../src/drift/index.js';

function column(labels: string[], reference: number[], current: number[]): ColumnDrift {
  const side = { n: 1000, nulls: 0, nullRate: 0 };
  return { column: 'city', type: 'string', status: 'compared', drifted: true, reference: side, current: side, nullRateChange: 0, newCategories: [], histogram: { labels, reference, current } };
}

describe('histogramChart', () => {
  it('shows the 30 categories with the largest share or change, not the first 30 alphabetically, and says how many are left out', () => {
    // 100 categories, alphabetically first the small ones; "zz-big" is the largest, "zz-moved" changed most.
    const labels = Array.from({ length: 98 }, (_, i) => `c${String(i).padStart(2, '0')}`).concat(['zz-big', 'zz-moved']);
    const reference = labels.map((l, i) => (l === 'zz-big' ? 0.3 : l === 'zz-moved' ? 0.01 : 0.0069 + i * 0.00001));
    const current = labels.map((l) => (l === 'zz-big' ? 0.29 : l === 'zz-moved' ? 0.2 : 0.0069));
    const chart = histogramChart(column(labels, reference, current))!;
    expect(chart).toContain('_30 of 100 categories: those with the largest share or the largest change; 70 left out._');
    const axis = /x-axis \[(.*)\]/.exec(chart)![1]!.split(', ');
    expect(axis).toHaveLength(30);
    expect(axis.slice(0, 2)).toEqual(['"zz-big"', '"zz-moved"']); // in the order of their reference share, then the rest
    expect(axis).not.toContain('"c00"'); // the alphabetically first category is among the smallest
    expect(/bar \[(.*)\]/.exec(chart)![1]!.split(', ')).toHaveLength(30);
  });

  it('shows every category when there are 30 or fewer, in their own order', () => {
    const chart = histogramChart(column(['a', 'b', 'c'], [0.2, 0.5, 0.3], [0.3, 0.4, 0.3]))!;
    expect(chart).toContain('x-axis ["a", "b", "c"]');
    expect(chart).not.toContain('left out');
  });
});
