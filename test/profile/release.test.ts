// A part merged into the whole gives its arrays back at once (DatasetProfile.release, see
// growable.ts): nothing the whole keeps may be one of them, or its numbers would change (a released
// array reads as empty). Each column below takes one path of merge: counted integers, listed decimals
// (whose chunks the whole shares), a sketch past the exact budget, texts, and numbers past the
// frequent-items capacity (purged tables), with HyperLogLog registers sparse and dense.
import { describe, expect, it } from 'vitest';
import { classifyColumn } from '../../src/data/values.js';
import { DatasetProfile } from '../../src/profile/index.js';

const OPTIONS = { exactLimit: 3000, frequentCapacity: 100, kllK: 200 };
const MISSING = new Set(['']);

function part(rows: number, from: number): DatasetProfile {
  const profile = new DatasetProfile(OPTIONS);
  const column = (f: (i: number) => string) => Array.from({ length: rows }, (_, k) => f(from + k));
  const columns: Record<string, string[]> = {
    counted: column((i) => String(i % 97)),
    listed: column((i) => ((i * 7919) % 1000 / 8).toFixed(3)),
    sketched: column((i) => String(((i * 2654435761) % 1_000_003) / 7)),
    texts: column((i) => (i % 11 === 0 ? '' : `city-${(i * 31) % 300}`)),
    spread: column((i) => String((i * 40503) % 5000)),
  };
  profile.addBatch(new Map(Object.entries(columns).map(([name, values]) => [name, classifyColumn(values, rows, MISSING, true)])), rows);
  return profile;
}

/** Parts of 1,000 rows merged in order into the first; `release` each after its merge or not. */
function merged(parts: number, release: boolean): string {
  const whole = part(1000, 0);
  for (let p = 1; p < parts; p++) {
    const next = part(1000, 1000 * p);
    whole.merge(next);
    if (release) next.release();
  }
  return JSON.stringify({ ...whole.toJSON(), created: '' });
}

describe('a part released once merged', () => {
  it('leaves the whole exactly as it was: it keeps none of the part’s arrays', () => {
    for (const parts of [2, 3, 6]) expect(merged(parts, true)).toBe(merged(parts, false));
  });

  it('gives its arrays back: what it held reads as empty after', () => {
    const whole = part(1000, 0);
    const next = part(1000, 1000);
    whole.merge(next);
    next.release();
    const json = next.toJSON();
    for (const column of json.columns) {
      expect(column.distribution?.values ?? []).toHaveLength(0);
      expect(column.distribution?.sketch.levels.flat() ?? []).toHaveLength(0);
    }
    expect(json.columns.find((c) => c.name === 'counted')!.frequent?.items ?? []).toHaveLength(0);
    expect(whole.toJSON().columns.find((c) => c.name === 'counted')!.frequent!.items).toHaveLength(97);
  });
});
