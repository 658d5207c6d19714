// A batch's summary (which lets row checks and the PII scan skip a batch) against a plain loop over its
// values, for batches of one kind (the fast path) and of several; and the PII scan still finding a card
// number among integers that the summary of a small-integer batch lets it skip.
import { describe, expect, it } from 'vitest';
import { Kind, type ClassifiedColumn } from '../../src/data/values.js';
import { summarize } from '../../src/validate/checks.js';
import { PiiScanner } from '../../src/validate/pii-scan.js';

function column(kinds: number[], numbers: number[], texts: (string | null)[] = []): ClassifiedColumn {
  return { kinds: Uint8Array.from(kinds), numbers: Float64Array.from(numbers), texts: kinds.map((k, i) => (k === Kind.null ? null : (texts[i] ?? String(numbers[i])))) };
}

/** The definition: nulls, the kinds present, and min/max over numbers and instants (NaN if one is NaN). */
function reference({ kinds, numbers }: ClassifiedColumn, length: number) {
  const comparable: number[] = [];
  let mask = 0;
  let nulls = 0;
  for (let i = 0; i < length; i++) {
    mask |= 1 << kinds[i]!;
    if (kinds[i] === Kind.null) nulls++;
    if ([Kind.integer, Kind.number, Kind.date, Kind.datetime].includes(kinds[i] as 2)) comparable.push(numbers[i]!);
  }
  const nan = comparable.some(Number.isNaN);
  return { nulls, kinds: mask, min: nan ? NaN : Math.min(Infinity, ...comparable), max: nan ? NaN : Math.max(-Infinity, ...comparable) };
}

/** A tiny deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('summarize', () => {
  it('agrees with a plain loop for batches of one kind and of several, with NaN, and when empty', () => {
    const next = random(7);
    for (let trial = 0; trial < 400; trial++) {
      const length = Math.floor(next() * 40);
      const kindsUsed = trial % 2 === 0 ? [Math.floor(next() * 7)] : [Math.floor(next() * 7), Math.floor(next() * 7)];
      const kinds = Array.from({ length }, () => kindsUsed[Math.floor(next() * kindsUsed.length)]!);
      const numbers = kinds.map(() => (next() < 0.03 ? NaN : Math.round((next() - 0.5) * 1e4)));
      const c = column(kinds, numbers);
      // The arrays may be longer than the batch: what lies past it is not looked at.
      const padded = column([...kinds, Kind.integer], [...numbers, 1e9]);
      expect(summarize(c, length), JSON.stringify({ kinds, numbers })).toEqual(reference(c, length));
      expect(summarize(padded, length)).toEqual(reference(c, length));
    }
  });
});

describe('PII scan by batch summary', () => {
  const place = (i: number, value: string) => ({ file: 'f', row: i, value });
  const scan = (c: ClassifiedColumn) => {
    const scanner = new PiiScanner();
    scanner.add(new Map([['x', c]]), c.kinds.length, place, new Map([['x', summarize(c, c.kinds.length)]]));
    return scanner.findings().get('x') ?? [];
  };

  it('skips a batch of small integers and still finds a card number written as an integer', () => {
    expect(scan(column([Kind.integer, Kind.integer], [12, 999_999]))).toEqual([]);
    const found = scan(column([Kind.integer, Kind.null, Kind.integer], [12, NaN, 4111111111111111]));
    expect(found.map(({ kind, count }) => [kind, count])).toEqual([['card', 1]]);
  });

  it('scans text whatever the numbers', () => {
    const found = scan(column([Kind.string, Kind.integer], [NaN, 3], ['someone@example.com']));
    expect(found.map(({ kind, count }) => [kind, count])).toEqual([['email', 1]]);
  });
});
