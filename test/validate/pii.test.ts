// Personal-data detectors: positives in the formats people write them, and decoys of the same shape
// that a bare regular expression would flag (order numbers failing Luhn, IBAN-shaped codes with a wrong
// checksum, versions, dates, amounts). Masks, text redaction, and the scan merged across byte ranges.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/random.js';
import { Validator, type DataFile } from '../../src/validate/index.js';
import { detectPii, luhn, maskPii, redactText, type PiiKind } from '../../src/validate/pii.js';

const POSITIVES: Record<PiiKind, string[]> = {
  email: ['john.doe@example.com', 'a@b.co', 'first.last+tag@sub.example.co.uk', "o'brien@example.ie", 'jürgen@beispiel.de', '  padded@example.org '],
  phone: ['+14155552671', '+1 (415) 555-2671', '+44 20 7946 0958', '+49 30 901820', '+33 1 23 45 67 89', '(415) 555-2671', '415-555-2671', '415.555.2671', '1 415 555 2671', '020 7946 0958', '06 12 34 56 78'],
  card: ['4242424242424242', '4242 4242 4242 4242', '4242-4242-4242-4242', '378282246310005', '3782 822463 10005', '5555555555554444', '2223003122003222', '6011111111111117', '3566002020360505', '4000056655665556'],
  iban: ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'GB82 WEST 1234 5698 7654 32', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'de89370400440532013000'],
  ssn: ['123-45-6789', '078-05-1120', '665-01-0001'],
  ipv4: ['192.168.1.1', '10.0.0.1', '8.8.8.8', '255.255.255.255'],
  ipv6: ['2001:db8::1', '::1', 'fe80::1%eth0', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '::ffff:192.0.2.128'],
};

const DECOYS: Record<string, string[]> = {
  'order numbers of 13-19 digits that fail Luhn': ['4242424242424241', '1234567812345678', '4242 4242 4242 4243', '5555-5555-5555-4445', '378282246310006'],
  'Luhn-valid numbers without a known issuer prefix': ['1234567812345670', '9999999999999995'],
  'IBAN-shaped codes with a wrong checksum or length': ['DE89370400440532013001', 'DE88370400440532013000', 'GB82WEST1234569876543', 'XX89370400440532013000', 'DE89 3704 0044 0532 0130 01'],
  'SSN-shaped numbers with an impossible area, group or serial': ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000'],
  'version strings': ['1.2.3', 'v1.2.3', '2.0.0-beta.1', '10.0.19045.2965', '1.2.3.4.5', '256.1.1.1'],
  dates: ['2024-01-02', '01-02-2024', '01/02/2024', '2024.01.02', '12:30:00', '2024-01-02T10:00:00Z', '20240102'],
  amounts: ['1,234.56', '$1,234.00', '1 234,56', '-42.5', '1000000', '12345678901'],
  'phone-shaped but invalid': ['+1234', '+999 1234567', '+12345678901234567', '555-1234', '4155552671', '(011) 555-2671'],
  'not e-mail addresses': ['user@localhost', '@mention', 'a@b', 'name@domain.c', 'two@@example.com', 'a..b@example.com'],
  'other codes': ['ORD-2024-000123', '00:1A:2B:3C:4D:5E', 'LAX', 'SKU12345678901234', 'N/A', ''],
};

describe('personal-data detectors', () => {
  for (const [kind, values] of Object.entries(POSITIVES)) {
    it(`finds ${kind}`, () => {
      for (const value of values) expect(`${value}: ${detectPii(value)}`).toBe(`${value}: ${kind}`);
    });
  }
  for (const [what, values] of Object.entries(DECOYS)) {
    it(`leaves ${what} alone`, () => {
      for (const value of values) expect(`${value}: ${detectPii(value)}`).toBe(`${value}: undefined`);
    });
  }

  it("computes Luhn's checksum", () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
  });

  it('keeps false alarms rare on random 16-digit order numbers (only Luhn-valid ones with an issuer prefix match)', () => {
    const random = mulberry32(1);
    let flagged = 0;
    for (let i = 0; i < 10_000; i++) {
      const digits = Array.from({ length: 16 }, () => Math.floor(random() * 10)).join('');
      if (detectPii(digits)) flagged++;
    }
    expect(flagged / 10_000).toBeLessThan(0.05); // under the default pii-min-share
  });
});

describe('masks', () => {
  it('shows the kind, never the value', () => {
    expect(maskPii('john@example.com', 'email')).toBe('j•••@e•••.com');
    expect(maskPii('4242 4242 4242 4242', 'card')).toBe('•••• •••• •••• 4242');
    expect(maskPii('DE89370400440532013000', 'iban')).toBe('DE•• •••• •••• •••• •••• 00');
    expect(maskPii('+1 (415) 555-2671', 'phone')).toBe('+• (•••) •••-••71');
    expect(maskPii('123-45-6789', 'ssn')).toBe('•••-••-••••');
    expect(maskPii('192.168.1.1', 'ipv4')).toBe('192.•.•.•');
    expect(maskPii('2001:db8::1', 'ipv6')).toBe('2001:•••');
  });

  it('masks personal data inside free text, also when written in several words', () => {
    const text = 'Call +1 (415) 555-2671 or mail <john.doe@example.com>, card 4242 4242 4242 4242; IBAN DE89 3704 0044 0532 0130 00. Order 1234567812345678 on 2024-01-02, v1.2.3.';
    expect(redactText(text)).toBe('Call +• (•••) •••-••71 or mail <j•••@e•••.com>, card •••• •••• •••• 4242; IBAN DE•• •••• •••• •••• •••• 00. Order 1234567812345678 on 2024-01-02, v1.2.3.');
    expect(redactText('mailto:jane@example.org')).toBe('mailto:j•••@e•••.org');
  });
});

describe('the scan in the validator', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pii-'));

  /** Rows with e-mails in one column, cards in a few rows of another, and dictionary-coded repeats. */
  function data(rows: number): string {
    const lines = ['id,contact,payment,code'];
    for (let i = 1; i <= rows; i++) lines.push(`${i},user${i % 500}@example.com,${i % 50 === 0 ? '4242 4242 4242 4242' : 'n/a'},${['A', 'B', 'C'][i % 3]}`);
    return lines.join('\n') + '\n';
  }

  async function scan(file: string, rangeBytes: number) {
    const validator = new Validator(undefined, undefined, {}, rangeBytes, true);
    const source: DataFile = { path: file, display: 'd.csv', format: 'csv', gzip: false };
    await validator.validateFile(source);
    return validator.finish().pii!;
  }

  it('counts per column and kind, the first match masked and placed, the same in byte ranges as in one pass', async () => {
    const file = path.join(dir, 'd.csv');
    writeFileSync(file, data(20_000));
    const [split, whole] = await Promise.all([scan(file, 64 * 1024), scan(file, Infinity)]);
    expect(split).toEqual(whole);
    expect(whole.get('contact')).toEqual([{ kind: 'email', count: 20_000, first: { file: 'd.csv', row: 1, line: 2, value: 'u•••@e•••.com' } }]);
    expect(whole.get('payment')).toEqual([{ kind: 'card', count: 400, first: { file: 'd.csv', row: 50, line: 51, value: '•••• •••• •••• 4242' } }]);
    expect(whole.has('id')).toBe(false);
    expect(whole.has('code')).toBe(false);
  });
});
