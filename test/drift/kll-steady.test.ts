// A KLL sketch's compactions allocate nothing in the steady state (profile/kll.ts: levels refilled in
// arrays of their own, runs passed between two work arrays per thread). The sketches are those of the
// sketch that allocated a few arrays per compaction: the digest below was taken with it (commit acfe26d's
// kll.ts), over updates, counted values, merges and sketches read back from JSON.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KllSketch } from '../../src/profile/index.js';

describe('KLL sketches', () => {
  it('are item for item what they were before compactions reused their arrays', () => {
    const parts = [0, 1, 2].map((p) => {
      const sketch = new KllSketch(200, 7 + p);
      for (let i = 0; i < 50_000 + p * 7_777; i++) sketch.update(((i * 7919 + p * 31) % 9973) / (p + 1));
      return sketch;
    });
    parts[1]!.addCounts([1, 2, 500], [5, 1000, 70_001]);
    const whole = KllSketch.fromJSON(parts[0]!.toJSON());
    whole.merge(parts[1]!);
    whole.merge(KllSketch.fromJSON(parts[2]!.toJSON()));
    expect(createHash('sha256').update(JSON.stringify(whole.toJSON())).digest('hex')).toBe('c001e05c9702b5dbd62398abdab357baa9578e549d20e2ca1ff1f584b364958b');
    expect([whole.n, whole.quantile(0.5)]).toEqual([244_337, 1427.6666666666667]);
  });
});
