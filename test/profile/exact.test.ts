import { describe, expect, it } from 'vitest';
import { ExactValues } from '../../src/profile/exact.js';

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
    const bAlone = Array.from(b.sorted());
    b.push(1e9); // b goes on after a took its chunks
    a.absorb(b);
    expect(a.length).toBe(all.length + 1);
    expect(Array.from(a.sorted())).toEqual([...all, 1e9].sort((x, y) => x - y));
    expect(Array.from(b.sorted())).toEqual([...bAlone, 1e9]); // a's sort did not reorder b
    a.push(-1e9);
    expect(a.sorted()[0]).toBe(-1e9);
    expect(Array.from(ExactValues.of([3, 1, 2]).sorted())).toEqual([1, 2, 3]);
    expect(new ExactValues().sorted().length).toBe(0);
  });
});
