import { describe, expect, it } from 'vitest';
import { classifyColumn, Kind } from '../../src/data/values.js';
import { ColumnProfile, DatasetProfile, FrequentItems, HyperLogLog, hashNumber, hashString, KllSketch, mergeMoments, emptyMoments, addValue } from '../../src/profile/index.js';

const MISSING = new Set(['']);

function profileOf(columns: Record<string, string[]>): DatasetProfile {
  const profile = new DatasetProfile({ exactLimit: 1000, frequentCapacity: 50, kllK: 200 });
  const length = Object.values(columns)[0]!.length;
  profile.addBatch(new Map(Object.entries(columns).map(([name, values]) => [name, classifyColumn(values, length, MISSING, true)])), length);
  return profile;
}

describe('value classification and type inference', () => {
  it('keeps zip codes with leading zeros as strings and recognises ISO dates and datetimes', () => {
    const c = classifyColumn(['02134', '0', '-7', '3.5e2', '2024-02-29', '2024-02-29T10:00:00Z', '2024-13-01', 'TRUE', '', 'x'], 10, MISSING, true);
    expect(Array.from(c.kinds)).toEqual([Kind.string, Kind.integer, Kind.integer, Kind.number, Kind.date, Kind.datetime, Kind.string, Kind.boolean, Kind.null, Kind.string]);
    expect(c.numbers[3]).toBe(350);
    const p = profileOf({ zip: ['02134', '10001', '90210'], when: ['2024-01-01', '2024-01-02T03:04:05Z', ''], n: ['1', '2.5', '3'] });
    expect(p.columns.get('zip')!.type).toBe('string');
    expect(p.columns.get('when')!.type).toBe('datetime');
    expect(p.columns.get('n')!.type).toBe('number');
  });
});

describe('integers summarised from their counts', () => {
  /** A column's profile from batches of texts, with a small frequent-items capacity. */
  function columnOf(batches: string[][], exactLimit = 1_000_000) {
    const profile = new DatasetProfile({ exactLimit, frequentCapacity: 50, kllK: 200 });
    for (const texts of batches) profile.addBatch(new Map([['v', classifyColumn(texts, texts.length, MISSING, true)]]), texts.length);
    return profile.columns.get('v')!;
  }

  /** What a value-by-value profile holds, computed directly from the values. */
  function expectSummariesOf(column: ReturnType<typeof columnOf>, texts: string[]) {
    const xs = texts.map(Number);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(column.moments.n).toBe(xs.length);
    const m2 = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
    expect(Math.abs(column.moments.mean - mean)).toBeLessThan(1e-12 * Math.max(1, Math.abs(mean)));
    expect(Math.abs(column.moments.m2 - m2)).toBeLessThan(1e-12 * m2);
    expect([column.moments.min, column.moments.max]).toEqual([Math.min(...xs), Math.max(...xs)]);
    const hll = new HyperLogLog();
    xs.forEach((x) => hll.add(hashNumber(x)));
    expect(column.hll.registers).toEqual(hll.registers);
    const counts = new Map<string, number>();
    texts.forEach((t) => counts.set(String(Number(t)), (counts.get(String(Number(t))) ?? 0) + 1)); // a numeric column's categories are its values
    if (counts.size <= 50) expect(new Map(column.frequent!.counts)).toEqual(counts);
    else expect(column.frequent).toBeUndefined();
    expect(column.kll.n).toBe(xs.length);
    expect(column.kll.weighted().weights.reduce((a, b) => a + b, 0)).toBe(xs.length); // compaction keeps the weight
    const sorted = [...xs].sort((a, b) => a - b);
    for (const q of [0.1, 0.5, 0.9]) {
      // The q-quantile v has at most q of the values below it and at least q at or below it (±2%).
      const v = column.kll.quantile(q);
      expect(sorted.filter((x) => x < v).length / xs.length).toBeLessThan(q + 0.02);
      expect(sorted.filter((x) => x <= v).length / xs.length).toBeGreaterThan(q - 0.02);
    }
  }

  const ints = (n: number, span: number, seed: number) => Array.from({ length: n }, (_, i) => String(((i * 7919 + seed) % span) - (span >> 2)));

  it('gives the summaries a value-by-value pass gives: moments, distinct registers, frequent values, sketch', () => {
    const few = ints(20_000, 40, 1);
    expectSummariesOf(columnOf([few.slice(0, 9000), few.slice(9000)]), few);
    const many = ints(50_000, 3000, 2);
    expectSummariesOf(columnOf([many]), many);
  });

  it('switches to value by value at a value that cannot be counted, or past the budget', () => {
    for (const odd of ['+7', '-0', '2.5', '7.0', '1e3', '99999999']) {
      const texts = [...ints(5000, 40, 3), odd, ...ints(5000, 40, 4)];
      const column = columnOf([texts.slice(0, 3000), texts.slice(3000)]);
      expectSummariesOf(column, texts);
      expect(column.exactSample()!.n).toBe(texts.length);
    }
    // A budget of 50 values, and 100 integers to count: listed, then over the budget, then sketched.
    const texts = ints(30_000, 100, 5);
    const column = columnOf([texts.slice(0, 10_000), texts.slice(10_000)], 50);
    expect(column.values).toBeUndefined();
    expectSummariesOf(column, texts);
    // A budget of 12,000 values: 30,000 values, but 100 integers, stay counted, exactly.
    const counted = columnOf([texts.slice(0, 10_000), texts.slice(10_000)], 12_000);
    expect(counted.exactSample()!.n).toBe(30_000);
    expectSummariesOf(counted, texts);
  });

  it('merges counted and value-by-value profiles into the summaries of the whole', () => {
    const [a, b] = [ints(8000, 60, 6), ['+1', ...ints(8000, 60, 7)]];
    const merged = columnOf([a]);
    merged.merge(columnOf([b]));
    expectSummariesOf(merged, [...a, ...b]);
  });
});

describe('mergeable profile', () => {
  it('profiles of shards merge into the profile of the whole', () => {
    const values = Array.from({ length: 600 }, (_, i) => String((i * 7919) % 1000));
    const cities = Array.from({ length: 600 }, (_, i) => ['ATL', 'BOS', 'SFO', ''][i % 4]!);
    const whole = profileOf({ v: values, city: cities });
    const a = profileOf({ v: values.slice(0, 250), city: cities.slice(0, 250) });
    const b = profileOf({ v: values.slice(250), city: cities.slice(250) });
    a.merge(b);
    const [w, m] = [whole.toJSON(), a.toJSON()];
    for (const key of ['count', 'nulls', 'type', 'kinds', 'text', 'frequent'] as const) {
      expect(m.columns.map((c) => c[key])).toEqual(w.columns.map((c) => c[key]));
    }
    const [wv, mv] = [w.columns[0]!.numeric!, m.columns[0]!.numeric!];
    expect(mv.n).toBe(wv.n);
    expect(mv.mean).toBeCloseTo(wv.mean, 10);
    expect(mv.variance).toBeCloseTo(wv.variance, 8);
    expect(m.columns[0]!.distribution!.values!.slice().sort()).toEqual(w.columns[0]!.distribution!.values!.slice().sort());
    expect(m.columns[1]!.frequent!.items).toEqual([['ATL', 150], ['BOS', 150], ['SFO', 150]]);
    expect(m.columns[1]!.nulls).toBe(150);
    // round trip through the JSON contract
    expect(DatasetProfile.fromJSON(JSON.parse(JSON.stringify(m))).toJSON().columns).toEqual(m.columns);
  });

  it('counts a column that appears late as null in the rows before', () => {
    const p = profileOf({ a: ['1', '2'] });
    p.merge(profileOf({ a: ['3'], b: ['x'] }));
    expect(p.columns.get('b')!.toJSON()).toMatchObject({ count: 3, nulls: 2 });
  });

  it('merges moments by Chan et al. exactly as one pass would', () => {
    const xs = [1, 2, 3, 4, 100, -5, 0.5];
    const all = emptyMoments();
    xs.forEach((x) => addValue(all, x));
    const left = emptyMoments();
    const right = emptyMoments();
    xs.slice(0, 3).forEach((x) => addValue(left, x));
    xs.slice(3).forEach((x) => addValue(right, x));
    const merged = mergeMoments(left, right);
    expect(merged.mean).toBeCloseTo(all.mean, 12);
    expect(merged.m2).toBeCloseTo(all.m2, 9);
  });

  it('keeps KLL quantiles within 1% rank error and HLL distinct counts within 5%', () => {
    const sketch = new KllSketch(200);
    const other = new KllSketch(200, 7);
    for (let i = 0; i < 100_000; i++) (i % 2 ? sketch : other).update((i * 48271) % 100_000);
    sketch.merge(other);
    for (const q of [0.1, 0.5, 0.9, 0.99]) expect(Math.abs(sketch.cdf(sketch.quantile(q)) - q)).toBeLessThan(0.01);
    expect(Math.abs(sketch.quantile(0.5) - 50_000)).toBeLessThan(1500);
    const hll = new HyperLogLog();
    for (let i = 0; i < 50_000; i++) hll.add(hashString(`user-${i % 20_000}`));
    expect(Math.abs(hll.estimate() - 20_000) / 20_000).toBeLessThan(0.05);
  });
});

describe('KLL sketch', () => {
  it('is within 1% rank error on small integers, wide integers and floats (each sort of level 0)', () => {
    const kinds: Record<string, (i: number) => number> = {
      'small integers': (i) => ((i * 7919) % 101) - 50,
      'wide integers': (i) => ((i * 48271) % 1_000_003) - 500_000,
      floats: (i) => Math.sin(i) * 1e3,
    };
    for (const [name, value] of Object.entries(kinds)) {
      const sketch = new KllSketch(200);
      const data = Float64Array.from({ length: 200_000 }, (_, i) => value(i));
      data.forEach((x) => sketch.update(x));
      const { weights } = sketch.weighted();
      expect(weights.reduce((a, b) => a + b, 0), name).toBe(data.length);
      data.sort();
      for (const q of [0.01, 0.25, 0.5, 0.75, 0.99]) {
        const x = sketch.quantile(q);
        // the true rank of x is an interval when x repeats
        const below = data.findIndex((v) => v >= x) / data.length;
        const upTo = (data.findLastIndex((v) => v <= x) + 1) / data.length;
        expect(q, `${name} q${q}`).toBeGreaterThanOrEqual(below - 0.01);
        expect(q, `${name} q${q}`).toBeLessThanOrEqual(upTo + 0.01);
      }
    }
  });

  describe('made from the exact values when read, while they are its level 0', () => {
    const floats = (n: number, seed: number) => Array.from({ length: n }, (_, i) => (Math.sin(i * 12.9898 + seed) * 43.7).toFixed(2));
    /** A column's profile from shards (each a list of batches of texts), merged in order; `read` runs after each batch. */
    function columnOf(shards: string[][][], exactLimit = 10_000, read: (c: ColumnProfile) => void = () => {}) {
      const options = { exactLimit, frequentCapacity: 1000, kllK: 200 };
      const whole = new DatasetProfile(options);
      for (const batches of shards) {
        const shard = new DatasetProfile(options);
        for (const texts of batches) {
          shard.addBatch(new Map([['v', classifyColumn(texts, texts.length, MISSING, true)]]), texts.length);
          read(shard.columns.get('v')!);
        }
        whole.merge(shard);
      }
      return whole.columns.get('v')!;
    }
    /** The sketch of the values added one by one, in order; of shards, their sketches merged. */
    const sketchOf = (shards: readonly (readonly (readonly string[])[])[]) =>
      shards.reduce((whole, batches) => {
        const sketch = new KllSketch(200);
        batches.flat().forEach((t) => sketch.update(Number(t)));
        whole.merge(sketch);
        return whole;
      }, new KllSketch(200));

    it('is the sketch of the values added one by one: before and past level 0, past the exact budget, after reads, merged', () => {
      const [a, b] = [floats(5000, 1), floats(100, 2)];
      for (const [name, shards, exactLimit] of [
        ['100 values', [[floats(100, 1)]], 10_000],
        ['in batches, across level 0 (4,096)', [[floats(3000, 1), floats(3000, 2)]], 10_000],
        ['past the exact budget', [[floats(300, 1)]], 50],
        ['a first value counted ("1.0"), then listed', [[['1.0', ...floats(99, 3)]]], 10_000],
        ['shards joined in order', [[floats(100, 1)], [floats(150, 2)]], 10_000],
        ['shards joined across level 0', [[floats(1000, 1)], [floats(3500, 2)]], 10_000],
        ['shards joined past the exact budget', [[floats(1000, 1)], [floats(3500, 2)]], 2000],
        ['a sketch past level 0, then one made from values', [[a], [b]], 10_000],
        ['a sketch made from values, then one past level 0', [[b], [a]], 10_000],
      ] as const) {
        const expected = sketchOf(shards).toJSON();
        expect(columnOf(shards.map((s) => s.map((batch) => [...batch])), exactLimit).toJSON().distribution!.sketch, name).toEqual(expected);
        // Reading the sample, the quantiles and the sketch between batches changes nothing.
        const read = columnOf(shards.map((s) => s.map((batch) => [...batch])), exactLimit, (c) => c.toJSON());
        expect(read.kll.toJSON(), `${name}, read between batches`).toEqual(expected);
        const texts = shards.flat(2);
        if (texts.length <= exactLimit) expect(read.quantile(0.5), name).toBe(exactMedian(texts));
      }
    });
  });
});

describe('frequent items', () => {
  /** The texts counted, in the order they came, with Misra–Gries purges past `capacity` (the model: one Map). */
  function modelOf(texts: readonly string[], capacity: number): Map<string, number> {
    const counts = new Map<string, number>();
    let exact = true;
    for (const text of texts) {
      counts.set(text, (counts.get(text) ?? 0) + 1);
      if (counts.size <= (exact ? capacity : 2 * capacity)) continue;
      exact = false;
      const cut = [...counts.values()].sort((a, b) => b - a)[capacity] ?? 0;
      for (const [key, count] of counts) {
        if (count <= cut) counts.delete(key);
        else counts.set(key, count - cut);
      }
    }
    return counts;
  }
  const others = (counts: Map<string, number>) => [...counts].filter(([text]) => String(Number(text)) !== text); // the texts not kept by number
  const byNumber = (counts: Iterable<[number, number]>) => [...counts].sort((a, b) => a[0] - b[0]);
  const whole = (n: number) => Array.from({ length: n }, (_, i) => `${(i * 7) % n}.0`);

  it('keeps texts written x.toFixed(d) by number, in the order they came, as it keeps other texts', () => {
    for (const [name, texts, capacity] of [
      ['whole floats', ['1.0', '2.0', '1.0', '0.0', '3.0', '2.0'], 100],
      ['then other decimals', ['1.0', '2.0', '2.50', '1.0', '3.0'], 100],
      ['then a word', ['1.0', 'x', '2.0', '1.0'], 100],
      ['texts that are not x.toFixed(d)', ['1.0', '-0.0', '+1.0', '01.0', '1e3', '1.', '.5', '1.0'], 100],
      ['more than are kept by number', whole(40), 100],
      ['purged', [...whole(30), ...whole(5), ...whole(5)], 10],
    ] as const) {
      const frequent = new FrequentItems(capacity);
      texts.forEach((t) => frequent.add(t));
      const model = modelOf(texts, capacity);
      expect(others(frequent.counts), name).toEqual(others(model));
      expect(others(frequent.copy().counts), `${name}: a copy`).toEqual(others(model));
      if (!texts.every((t) => Number.isFinite(Number(t)))) continue;
      const values = new Map<number, number>(); // by value, as a numeric column's are read
      for (const [text, count] of model) values.set(Number(text) + 0, (values.get(Number(text) + 0) ?? 0) + count);
      expect(byNumber(frequent.byValue().numberCounts()), name).toEqual(byNumber(values));
    }
  });

  it("merges them as a Map would: this side's texts, then the other's new ones", () => {
    const [a, b] = [['3.0', '1.0', '2.0'], ['2.0', '4.0', 'y', '0.0']];
    const [left, right] = [new FrequentItems(100), new FrequentItems(100)];
    a.forEach((t) => left.add(t));
    b.forEach((t) => right.add(t));
    left.merge(right);
    const model = modelOf(a, 100);
    for (const [text, count] of modelOf(b, 100)) model.set(text, (model.get(text) ?? 0) + count);
    expect([...left.counts]).toEqual([...model]);
  });
});
describe('ISO 8601 parsing by position', () => {
  it('agrees with Date.parse on valid dates and datetimes, and refuses impossible days', async () => {
    const { parseIsoTime } = await import('../../src/data/values.js');
    const valid = ['2024-02-29', '1999-12-31', '2024-02-29T23:59:59Z', '2024-01-01 00:00', '2024-06-30T12:34:56.789+02:00', '2024-06-30T12:34:56-0530', '1969-07-20T20:17:40Z'];
    for (const text of valid) expect(`${text}: ${parseIsoTime(text)}`).toBe(`${text}: ${Date.parse(text.replace(' ', 'T') + (text.length === 16 ? 'Z' : ''))}`);
    for (const text of ['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-01T24:00', '2024-01-01T10:00:00X', '2024/01/01', '2024-01-01T10']) {
      expect(`${text}: ${parseIsoTime(text)}`).toBe(`${text}: NaN`);
    }
  });
});

/** numpy's default (linear) quantile of texts' numbers, at 0.5. */
function exactMedian(texts: readonly string[]): number {
  const xs = texts.map(Number).sort((a, b) => a - b);
  const h = (xs.length - 1) * 0.5;
  return xs[Math.floor(h)]! + (h - Math.floor(h)) * (xs[Math.ceil(h)]! - xs[Math.floor(h)]!);
}
