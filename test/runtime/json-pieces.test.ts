import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/runtime/index.js';
import { jsonPieces } from '../../src/runtime/json-pieces.js';

const values: unknown[] = [
  { columns: [{ column: 'a', histogram: { labels: ['0–1'], reference: [0.5] }, reason: undefined }, { column: 'b', nested: [[], {}, [1, [2]]] }], compared: 2, skipped: undefined, f: () => 1 },
  [1, undefined, () => 1, Symbol('s'), null, 'x\ny', { created: new Date(0) }],
  { empty: [], none: {}, onlyUndefined: { a: undefined }, date: new Date(0), boxed: Object(3), text: 'Φ "quoted"' },
  { '__proto__ key': Object.create(null), [`constructor`]: 1 },
  [],
  {},
  'text',
  42,
  null,
];

describe('jsonPieces: JSON.stringify in pieces', () => {
  it.each([0, 2, 4])('writes what JSON.stringify writes (indent %i)', (indent) => {
    for (const value of values) expect([...jsonPieces(value, indent)].join('')).toBe(JSON.stringify(value, null, indent));
  });

  it('makes one piece per item of the outer levels, so no piece holds the whole', () => {
    const report = { columns: Array.from({ length: 1000 }, (_, i) => ({ column: `f${i}`, statistic: i / 7 })) };
    const pieces = [...jsonPieces(report)];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
  });

  it('is written to a file by writeOutputFile, in writes of many pieces', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'json-pieces-'));
    const report = { columns: Array.from({ length: 20_000 }, (_, i) => ({ column: `f${i}`, formula: 'Kolmogorov–Smirnov' })) };
    const file = writeOutputFile(workspace, 'out/report.json', jsonPieces(report), 'report-path');
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(report, null, 2));
  });
});
