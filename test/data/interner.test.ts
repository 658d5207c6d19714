import { describe, expect, it } from 'vitest';
import { Interner } from '../../src/data/interner.js';

describe('Interner', () => {
  it('gives equal bytes one code and different bytes different codes, short or long, NUL bytes included', () => {
    const interner = new Interner();
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16;
    // A small alphabet, NUL and a UTF-8 lead byte included, so that short values collide often if packed wrong.
    const alphabet = [0x00, 0x41, 0x42, 0xe0, 0x30];
    const values = Array.from({ length: 3000 }, () => Buffer.from(Array.from({ length: next() % 7 }, () => alphabet[next() % alphabet.length]!)));
    const byText = new Map<string, number>();
    for (const value of values) {
      const padded = Buffer.concat([Buffer.from('xx'), value, Buffer.from('yy')]); // read in place, not from 0
      const code = interner.code(padded, 2, 2 + value.length);
      const key = value.toString('hex');
      expect(code).toBeGreaterThanOrEqual(0);
      if (byText.has(key)) expect(code, key).toBe(byText.get(key));
      else {
        expect([...byText.values()]).not.toContain(code);
        byText.set(key, code);
      }
      expect(interner.textOf(code)).toBe(value.toString('utf8'));
    }
    expect(byText.size).toBeGreaterThan(1000);
  });

  it('stops adding at its capacity and past 64 bytes, and still gives the text', () => {
    const interner = new Interner();
    for (let i = 0; i < 5000; i++) interner.code(Buffer.from(`v${i}`), 0, `v${i}`.length);
    expect(interner.code(Buffer.from('v4999'), 0, 5)).toBe(-1);
    expect(interner.code(Buffer.from('v1'), 0, 2)).toBeGreaterThanOrEqual(0);
    const long = Buffer.from('z'.repeat(65));
    expect(new Interner().code(long, 0, 65)).toBe(-1);
    expect(interner.text(long, 0, 65)).toBe('z'.repeat(65));
  });
});
