import { describe, expect, it } from 'vitest';
import { thousands } from '../../src/report/index.js';

describe('thousands', () => {
  it("writes counts as toLocaleString('en-US') does", () => {
    const values = [0, 7, -7, 999, 1000, -1000, 12345, 999999, 1000000, -1234567, 3000000, 2 ** 31, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5, 1234.5678, 1e21, NaN, Infinity];
    for (let k = 0; k < 200; k++) values.push(Math.floor(10 ** (k / 12)) * (k % 2 ? -1 : 1));
    for (const n of values) expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });
});
