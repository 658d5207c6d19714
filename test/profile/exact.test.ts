import { describe, expect, it } from 'vitest';
import { exactQuantile, ExactValues, type SortedSample } from '../../src/profile/exact.js';
import { ks2samp, wasserstein } from '../../src/stats/index.js';

/** Every value of a sample, in order (counts expanded). */
function expand(sample: SortedSample): number[] {
  if (!sample.counts) return Array.from(sample.values);
  return Array.from(sample.values).flatMap((x, i) => new Array<number>(sample.counts![i]!).fill(x));
}

const ascending = (values: number[]) => [...values].sort((x, y) => x - y);

/** The multiset of the values, or undefined when they are over the budget. */
function exactOf(values: number[], budget?: number): ExactValues | undefined {
  const exact = new ExactValues(budget);
  for (const x of values) if (!exact.push(x)) return undefined;
  return exact;
}

describe('ExactValues', () => {
  it('keeps every value across chunks and merges, and sorts without changing what it shares', () => {
    const a = new ExactValues();
    const b = new ExactValues();
    const all: number[] = [];
    for (let i = 0; i < 150_000; i++) {
      const x = Math.sin(i) * 100;
      (i % 3 ? a : b).push(x);
      all.push(x);
    }
    const bAlone = expand(b.sample());
    b.push(1e9); // b goes on after a took its chunks
    a.absorb(b);
    expect(a.length).toBe(all.length + 1);
    expect(expand(a.sample())).toEqual(ascending([...all, 1e9]));
    expect(expand(b.sample())).toEqual([...bAlone, 1e9]); // a's sort did not reorder b
    a.push(-1e9);
    expect(a.sample().values[0]).toBe(-1e9);
    expect(expand(ExactValues.of([3, 1, 2])!.sample())).toEqual([1, 2, 3]);
    expect(new ExactValues().sample().n).toBe(0);
  });

  it('counts integers within a small span, and lists them once a fraction or a wide span arrives', () => {
    const integers = Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 3001) - 1500);
    const counted = exactOf(integers)!;
    const sample = counted.sample();
    expect(sample.counts).toBeDefined();
    expect(sample.values.length).toBe(3001); // memory by the span, not the rows
    expect(sample.n).toBe(integers.length);
    expect(expand(sample)).toEqual(ascending(integers));

    const withFraction = exactOf([...integers.slice(0, 1000), 0.5, ...integers.slice(1000, 2000)])!;
    expect(withFraction.sample().counts).toBeUndefined();
    expect(expand(withFraction.sample())).toEqual(ascending([...integers.slice(0, 2000), 0.5]));

    // Values spread over a million would need a count array of 8 MB: listed.
    const spread = [0, 1e6, 5, 999_999, 3, 3, -7, 12, 500_000, 1];
    expect(exactOf(spread)!.sample().counts).toBeUndefined();
    expect(expand(exactOf(spread)!.sample())).toEqual(ascending(spread));
    // A span up to 65,536 is counted, unless the budget of values is smaller than the span: then the
    // values are listed, up to the budget.
    const dense = Array.from({ length: 60_000 }, (_, i) => (i * 37) % 60_000);
    expect(exactOf(dense)!.sample().counts).toBeDefined();
    expect(expand(exactOf(dense)!.sample())).toEqual(ascending(dense));
    expect(exactOf(dense, 20_000)).toBeUndefined();
    expect(exactOf(dense.slice(0, 1000), 20_000)!.sample().counts).toBeUndefined(); // a span of 37,000
    // 60,000 values over a budget of 20,000, but in a span of 8,000: counted, exactly.
    const narrow = dense.map((x) => x % 8000);
    expect(expand(exactOf(narrow, 20_000)!.sample())).toEqual(ascending(narrow));
    expect(exactOf([2 ** 60, 2 ** 60])!.sample().values.length).toBe(2);
  });

  it('merges every pair of forms, and reads back what it writes', () => {
    const counted = () => exactOf([5, -3, 5, 12, 0, 7, 7, 7])!;
    const listed = () => exactOf([2.5, -3, 1e7, 5])!;
    const wide = () => exactOf([100_000, -100_000, 4])!;
    for (const [left, right] of [[counted, counted], [counted, listed], [listed, counted], [listed, listed], [counted, wide], [wide, counted]] as const) {
      const a = left();
      const b = right();
      const expected = ascending([...expand(a.sample()), ...expand(b.sample())]);
      expect(a.absorb(b)).toBe(true);
      expect(a.length).toBe(expected.length);
      expect(expand(a.sample())).toEqual(expected);
      const { values, counts } = a.sample();
      expect(expand(ExactValues.of(values, counts)!.sample())).toEqual(expected);
    }
    const far = exactOf([1, 2, 3])!;
    expect(far.absorb(exactOf([70_000, 70_001])!)).toBe(true); // together too wide to count
    expect(expand(far.sample())).toEqual([1, 2, 3, 70_000, 70_001]);
    // Over the budget once listed: the merge and the read say so.
    const [x, y] = [exactOf([1, 1, 1, 2], 5)!, exactOf([5, 5], 5)!];
    expect(x.absorb(y)).toBe(true); // counted: 6 values in a span of 5
    expect(x.absorb(exactOf([900], 5)!)).toBe(false); // a span of 900: 7 values to list
    expect(ExactValues.of([1, 900], [5, 1], 5)).toBeUndefined();
    expect(ExactValues.of([1, 900], [4, 1], 5)!.length).toBe(5);
    expect(ExactValues.of([1, 2, 3, 4, 5, 6], undefined, 5)).toBeUndefined();
  });

  it('gives the quantiles and the KS and Wasserstein statistics of the full samples, to the bit', () => {
    const a = Array.from({ length: 50_000 }, (_, i) => Math.round(40 * Math.sin(i) * Math.cos(i / 7)));
    const b = Array.from({ length: 30_000 }, (_, i) => Math.round(45 * Math.sin(i * 1.3)) + 2);
    const [ca, cb] = [exactOf(a)!.sample(), exactOf(b)!.sample()];
    const [la, lb] = [Float64Array.from(ascending(a)), Float64Array.from(ascending(b))];
    expect(ca.counts).toBeDefined();
    const listedA: SortedSample = { values: la, n: la.length };
    for (const q of [0, 0.01, 0.1, 0.25, 0.5, 0.77, 0.99, 1]) expect(exactQuantile(ca, q)).toBe(exactQuantile(listedA, q));
    expect(ks2samp(ca.values, cb.values, ca.counts, cb.counts)).toEqual(ks2samp(la, lb));
    expect(wasserstein(ca.values, cb.values, ca.counts, cb.counts)).toBe(wasserstein(la, lb));
    const small = [exactOf(a.slice(0, 300))!.sample(), exactOf(b.slice(0, 200))!.sample()] as const;
    expect(ks2samp(small[0].values, small[1].values, small[0].counts, small[1].counts)).toEqual(ks2samp(Float64Array.from(ascending(a.slice(0, 300))), Float64Array.from(ascending(b.slice(0, 200)))));
  });
});
