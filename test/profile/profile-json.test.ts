// Profiles read from files are checked before they are trusted: each corruption is refused with the
// field named, and a profile this code writes (and merges, and hands between threads) passes.
import { describe, expect, it } from 'vitest';
import { classifyColumn } from '../../src/data/values.js';
import { compareProfiles } from '../../src/drift/compare.js';
import { DatasetProfile, type DatasetProfileJson } from '../../src/profile/index.js';

const MISSING = new Set(['']);

function profileOf(columns: Record<string, string[]>, exactLimit = 10_000): DatasetProfile {
  const profile = new DatasetProfile({ exactLimit, frequentCapacity: 50, kllK: 200 });
  const length = Object.values(columns)[0]!.length;
  profile.addBatch(new Map(Object.entries(columns).map(([name, values]) => [name, classifyColumn(values, length, MISSING, true)])), length);
  return profile;
}

const n = 3000;
const texts = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
/** Listed floats, counted integers, text, dates, nulls. */
const good = profileOf({
  x: texts((i) => ((i * 7919) % 1000 / 7).toFixed(3)),
  k: texts((i) => String((i * 31) % 17)),
  city: texts((i) => ['A', 'B', 'C'][i % 3]!),
  when: texts((i) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`),
  gap: texts((i) => (i % 5 ? String(i) : '')),
});
const document = (): DatasetProfileJson => JSON.parse(JSON.stringify(good.toJSON()));
const column = (json: DatasetProfileJson, name: string) => json.columns.find((c) => c.name === name)! as unknown as Record<string, any>;

describe('profiles read from JSON are checked strictly', () => {
  it('accepts what it writes: whole, merged, and handed between threads (Float64Arrays)', () => {
    expect(() => DatasetProfile.fromJSON(document())).not.toThrow();
    const merged = DatasetProfile.fromJSON(document());
    merged.merge(DatasetProfile.fromJSON(document()));
    expect(() => DatasetProfile.fromJSON(JSON.parse(JSON.stringify(merged.toJSON())))).not.toThrow();
    expect(() => DatasetProfile.fromJSON(good.toJSON(false))).not.toThrow();
    expect(() => DatasetProfile.fromJSON(profileOf({ x: texts((i) => String(i / 3)) }, 10).toJSON())).not.toThrow(); // sketch only
  });

  const corruptions: [string, (json: DatasetProfileJson) => void, RegExp][] = [
    ['values as strings (the Wasserstein loop that never ended)', (j) => (column(j, 'x').distribution.values = column(j, 'x').distribution.values.map(String)), /field columns\[0\] \(column "x"\)\.distribution\.values\[0\]: expected a finite number, found "0"/],
    ['values out of order', (j) => column(j, 'x').distribution.values.reverse(), /distribution\.values\[3\]: expected a number at or above the one before \(142\.714\), found 142\.571/],
    ['a NaN written as null', (j) => (column(j, 'x').distribution.values[5] = null), /distribution\.values\[5\]: expected a finite number, found null/],
    ['fewer counts than values', (j) => column(j, 'k').distribution.counts.pop(), /column "k"\)\.distribution\.counts: 16 counts for 17 values/],
    ['a negative count', (j) => (column(j, 'k').distribution.counts[2] = -1), /distribution\.counts\[2\]: expected an integer ≥ 1, found -1/],
    ['a fractional count', (j) => (column(j, 'k').distribution.counts[2] = 1.5), /distribution\.counts\[2\]: expected an integer ≥ 1, found 1\.5/],
    ['values that do not add up to n', (j) => column(j, 'k').distribution.counts[0]++, /distribution\.values: 3001 values where numeric\.n is 3000/],
    ['a sketch that weighs more than n', (j) => column(j, 'x').distribution.sketch.levels[0].push(1), /distribution\.sketch: its items weigh 3001/],
    ['a sketch with a huge k', (j) => (column(j, 'x').distribution.sketch.k = 1e9), /distribution\.sketch\.k: 1000000000 is over the largest k, 65535/],
    ['an infinite mean', (j) => (column(j, 'x').numeric.mean = 'Infinity'), /numeric\.mean: expected a finite number, found "Infinity"/],
    ['a negative sum of squares', (j) => (column(j, 'x').numeric.m2 = -1), /numeric\.m2: expected a number ≥ 0, found -1/],
    ['kinds that do not add up', (j) => (column(j, 'city').kinds.string = 7), /column "city"\)\.kinds: the kinds add up to 7, not the count 3000/],
    ['an unknown kind', (j) => (column(j, 'city').kinds.complex = 0), /kinds: expected keys among null, boolean/],
    ['nulls that disagree with the kinds', (j) => (column(j, 'gap').nulls = 1), /column "gap"\)\.nulls: 1 where kinds\.null is 600/],
    ['a column longer than the profile', (j) => (j.rows = 10), /count: 3000 values where the profile has 10 rows/],
    ['a frequent item that is not a pair', (j) => (column(j, 'city').frequent.items[0] = ['A']), /frequent\.items\[0\]: expected a \[value, count\] pair/],
    ['a frequent item twice', (j) => column(j, 'city').frequent.items.push(['A', 1]), /frequent\.items\[3\]: "A" appears twice/],
    ['a distinct-count sketch of the wrong size', (j) => (column(j, 'city').distinct.hll = 'AAAA'), /distinct\.hll: expected base64 of 4096 registers/],
    ['a date that is not one', (j) => (column(j, 'when').temporal.min = 'yesterday'), /temporal\.min: expected an ISO date, found "yesterday"/],
    ['a column twice', (j) => j.columns.push(j.columns[0]!), /columns\[5\]\.name: column "x" appears twice/],
    ['no columns array', (j) => ((j as any).columns = {}), /field columns: expected an array, found an object/],
    ['another kind of document', (j) => ((j as any).kind = 'mlops-actions/drift-report'), /not an mlops-actions\/profile version 1 document \(kind "mlops-actions\/drift-report"/],
  ];
  for (const [name, corrupt, message] of corruptions) {
    it(`refuses ${name}, naming the field`, () => {
      const json = document();
      corrupt(json);
      expect(() => DatasetProfile.fromJSON(json)).toThrow(message);
      expect(() => DatasetProfile.fromJSON(json, 'reference/profile.json')).toThrow(/^"reference\/profile\.json" is not a valid profile: /);
    });
  }

  it('reads profiles written before meanError (0), and they still compare', () => {
    const json = document();
    delete column(json, 'x').numeric.meanError;
    const old = DatasetProfile.fromJSON(json);
    expect(old.columns.get('x')!.moments.meanError).toBe(0);
    const drift = compareProfiles(old, good, { method: 'auto', columnMethods: new Map(), columnThresholds: new Map(), exclude: [], categorical: [] }, 0.5);
    expect(drift.driftedColumns).toEqual([]);
  });
});
