// Parts read on several threads are merged in order, a bounded number ahead (src/runtime/in-order.ts).
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/runtime/in-order.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('inOrder', () => {
  it('takes results in order though later parts finish first, with at most `ahead` started and not taken', async () => {
    let running = 0;
    let most = 0;
    const taken: number[] = [];
    await inOrder(
      8,
      3,
      async (i) => {
        most = Math.max(most, ++running);
        return later(i, 40 - 5 * i);
      },
      (result) => {
        running--;
        taken.push(result);
      },
    );
    expect(taken).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it("throws a part's failure when its turn comes, after the parts before it are taken", async () => {
    const taken: number[] = [];
    const run = inOrder(4, 4, (i) => (i === 2 ? Promise.reject(new Error('part 2 is corrupt')) : later(i, 10)), (result) => void taken.push(result));
    await expect(run).rejects.toThrow('part 2 is corrupt');
    expect(taken).toEqual([0, 1]);
  });

  it('stops when take says so, waiting for the parts under way, starting no more', async () => {
    const started: number[] = [];
    const settled: number[] = [];
    await inOrder(
      10,
      2,
      (i) => {
        started.push(i);
        return later(i, 10).then((value) => (settled.push(value), value));
      },
      (result) => result < 1,
    );
    expect(started).toEqual([0, 1, 2]);
    expect(settled.sort()).toEqual([0, 1, 2]);
  });
});
