// A batch of one kind goes through that kind's own loop in ColumnProfile.add (integers counted once per
// dictionary code, texts tallied by code): the profile must be the one the value-by-value loop makes of
// the same values given as texts.
import { describe, expect, it } from 'vitest';
import { Interner } from '../../src/data/interner.js';
import { classifyColumn, type ClassifiedColumn } from '../../src/data/values.js';
import { ColumnProfile, DEFAULT_PROFILE_OPTIONS } from '../../src/profile/column.js';

const MISSING = new Set(['']);

/** The values as a dictionary-coded batch (as a Parquet dictionary page gives it): bytes, codes, no texts. */
function coded(texts: string[], strings: Interner): ClassifiedColumn {
  const column = classifyColumn(texts, texts.length, MISSING, true);
  const bytes = Buffer.from(texts.join(''), 'latin1');
  const starts = new Int32Array(texts.length);
  const ends = new Int32Array(texts.length);
  const codes = new Int32Array(texts.length);
  let at = 0;
  texts.forEach((text, i) => {
    starts[i] = at;
    ends[i] = at += text.length;
    codes[i] = strings.code(bytes, starts[i]!, ends[i]!);
  });
  return { kinds: column.kinds, numbers: column.numbers, texts: new Array(texts.length).fill(undefined), source: { bytes, starts, ends, codes, strings } };
}

/** The profile of the batches as coded batches, and as texts (the value-by-value loop). */
function both(batches: string[][], exactLimit: number): [string, string] {
  const options = { ...DEFAULT_PROFILE_OPTIONS, exactLimit, frequentCapacity: 50 };
  const byCode = new ColumnProfile('v', options);
  const byValue = new ColumnProfile('v', options);
  const strings = new Interner();
  for (const texts of batches) {
    byCode.add(coded(texts, strings), texts.length);
    byValue.add(classifyColumn(texts, texts.length, MISSING, true), texts.length);
  }
  return [JSON.stringify(byCode.toJSON()), JSON.stringify(byValue.toJSON())];
}

const repeat = (values: string[], times: number) => Array.from({ length: times }, (_, i) => values[(i * 7) % values.length]!);

describe('the loops of one-kind batches', () => {
  it('counts dictionary-coded integers once per code, as value by value', () => {
    const [a, b] = both([repeat(['3', '-2', '10', '0', '7'], 500), repeat(['4', '12', '-9'], 300)], 1000);
    expect(a).toBe(b);
    expect(JSON.parse(a).distribution).toMatchObject({ exact: true, values: [-9, -2, 0, 3, 4, 7, 10, 12], counts: new Array(8).fill(100) });
  });

  it('leaves to the value-by-value loop a code written with +, and values beyond the counted span', () => {
    expect(new Set(both([repeat(['3', '+5', '10'], 400), repeat(['1', '2'], 100)], 1000))).toHaveProperty('size', 1);
    expect(new Set(both([repeat(['3', '5'], 400), repeat(['1', '5000', '2'], 300), repeat(['8'], 50)], 1000))).toHaveProperty('size', 1);
    expect(new Set(both([repeat(['3', '5'], 400), repeat(['1', '5000', '2'], 300)], 100_000))).toHaveProperty('size', 1);
  });

  it('keeps instants, once past the frequent values, as value by value', () => {
    const options = { ...DEFAULT_PROFILE_OPTIONS, frequentCapacity: 50 };
    const instants = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2024, 0, 1, 0, (i * 37) % 240)).toISOString());
    const [first, second] = [instants.slice(0, 200), instants.slice(200)];
    // In batches of one kind each, and in one batch whose null sends every value through the value-by-value loop.
    const uniform = new ColumnProfile('t', options);
    for (const texts of [first, [''], second]) uniform.add(classifyColumn(texts, texts.length, MISSING, true), texts.length);
    const mixed = new ColumnProfile('t', options);
    const all = [...first, '', ...second];
    mixed.add(classifyColumn(all, all.length, MISSING, true), all.length);
    expect(JSON.stringify(uniform.toJSON())).toBe(JSON.stringify(mixed.toJSON()));
    expect(uniform.toJSON().temporal).toEqual({ min: '2024-01-01T00:00:00.000Z', max: '2024-01-01T03:59:00.000Z' });
  });

  it('tallies dictionary-coded texts by code, as value by value', () => {
    expect(new Set(both([repeat(['SFO', 'LAX', 'JFK'], 500), repeat(['ORD', 'SFO'], 200)], 1000))).toHaveProperty('size', 1);
  });
});
