// The distinct-count hashes are signed 32-bit integers (profile/hll.ts): small integers to V8, so that a
// sketch-mode drift check's main thread makes no heap number per value (what grew its young generation
// with the rows). The registers, and so every profile and drift report, are those of the unsigned hashes
// before: the digests below were taken with them (commit acfe26d's hll.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashNumber, hashString, HyperLogLog } from '../../src/profile/index.js';

const digest = (hll: HyperLogLog) => createHash('sha256').update(hll.toBase64()).digest('hex');

describe('HyperLogLog hashes', () => {
  it('are signed 32-bit integers', () => {
    for (let i = 0; i < 10_000; i++) {
      for (const hash of [hashNumber(i * 1.5 - 2000), hashString(`value-${i}`)]) expect(hash).toBe(hash | 0);
    }
  });

  it('give the registers the unsigned hashes gave', () => {
    const [numbers, texts] = [new HyperLogLog(), new HyperLogLog()];
    for (let i = 0; i < 100_000; i++) {
      numbers.add(hashNumber(i * 1.5 - 20_000));
      texts.add(hashString(`value-${i}`));
    }
    expect(digest(numbers)).toBe('ed58ef4f45d8a675d06ab6360070611878d968700687248c9d0942362b32dea5');
    expect(digest(texts)).toBe('8e49b780480598939f98e38a8017eafd75c94a3539653514a58a072ebef476b6');
    expect([numbers.estimate(), texts.estimate()]).toEqual([101_436, 100_036]);
  });
});
