// Personal data detectors: each value is matched by shape, then validated (checksums, lengths per
// country, issuer prefixes, address rules), so that order numbers, dates, versions and amounts are not
// taken for personal data. Values are only ever shown masked (maskPii, redactText).
import { isIPv4, isIPv6 } from 'node:net';
import { isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PiiKind = 'email' | 'phone' | 'card' | 'iban' | 'ssn' | 'ipv4' | 'ipv6';
export const PII_KINDS: readonly PiiKind[] = ['email', 'phone', 'card', 'iban', 'ssn', 'ipv4', 'ipv6'];
export const PII_NAMES: Record<PiiKind, string> = {
  email: 'e-mail addresses',
  phone: 'phone numbers',
  card: 'payment card numbers',
  iban: 'IBANs',
  ssn: 'US social security numbers',
  ipv4: 'IPv4 addresses',
  ipv6: 'IPv6 addresses',
};

const BULLET = '•';
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** The kind of personal data the whole value is (surrounding spaces aside), or undefined. */
export function detectPii(value: string): PiiKind | undefined {
  const text = value.length > 0 && (value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32) ? value.trim() : value;
  const n = text.length;
  if (n < 3 || n > 254) return undefined;
  // Every kind has a digit, an '@' or a ':' in it: most text has none, and is passed over in one loop.
  let hint = false;
  for (let i = 0; i < n && !hint; i++) {
    const c = text.charCodeAt(i);
    hint = (c >= 48 && c <= 58) || c === 64;
  }
  if (!hint) return undefined;
  const c0 = text.charCodeAt(0);
  if (text.includes('@')) return isEmail(text) ? 'email' : undefined;
  if (c0 === 43) return isInternationalPhone(text) ? 'phone' : undefined; // '+'
  if (text.includes(':')) return isIPv6(text) ? 'ipv6' : undefined;
  if (isLetter(c0)) return n >= 15 && isIban(text) ? 'iban' : undefined;
  if (n < 7 || !(isDigit(c0) || c0 === 40)) return undefined; // '('
  if (isIPv4(text)) return 'ipv4';
  if (n === 11 && isSsn(text)) return 'ssn';
  if (isCard(text)) return 'card';
  return isNationalPhone(text) ? 'phone' : undefined;
}

// ---- e-mail: RFC 5321 sizes, a dot-atom local part, a domain of LDH labels with an alphabetic TLD ----

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+)*$/;
const LABEL = /^(?!-)[A-Za-z0-9\u0080-\uffff-]{1,63}(?<!-)$/;
const TLD = /^(?:[A-Za-z\u0080-\uffff]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

export function isEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at < 1 || at > 64 || text.length - at - 1 < 4) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  return labels.length >= 2 && LOCAL.test(local) && labels.every((l) => LABEL.test(l)) && TLD.test(labels[labels.length - 1]!);
}

// ---- phone numbers: libphonenumber's metadata (lengths and leading digits per country calling code) ----

/** E.164 as written: '+', the country code and the number, with optional spaces, dots, dashes, parentheses. */
const INTERNATIONAL = /^\+\d+(?: ?\(\d+\) ?\d+|[ .-]\d+)*$/;
/** North American numbers: (415) 555-2671, 415-555-2671, 415.555.2671, 1 415 555 2671. */
const NANP = /^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
/** Numbers with a trunk prefix 0, grouped: 020 7946 0958, 030-901820, (030) 901820, 06 12 34 56 78. */
const TRUNK = /^(?:0\d{1,4}|\(0\d{1,4}\))(?:[ -]\d{2,8}){1,4}$/;
/** Countries whose national format starts with the trunk prefix 0 and that we try, in order. */
const TRUNK_COUNTRIES: CountryCode[] = ['GB', 'DE', 'FR', 'NL', 'IT', 'ES', 'AU', 'IN'];

function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) count++;
  return count;
}

export function isInternationalPhone(text: string): boolean {
  const digits = digitCount(text);
  return digits >= 7 && digits <= 15 && INTERNATIONAL.test(text) && parsePhoneNumberFromString(text)?.isValid() === true;
}

export function isNationalPhone(text: string): boolean {
  if (NANP.test(text)) return parsePhoneNumberFromString(text, 'US')?.isValid() === true;
  if (!TRUNK.test(text)) return false;
  const digits = digitCount(text);
  return digits >= 9 && digits <= 12 && TRUNK_COUNTRIES.some((country) => parsePhoneNumberFromString(text, country)?.isValid() === true);
}

// ---- payment cards: 13-19 digits in groups, a known issuer prefix for that length, Luhn's checksum ----

/** Issuer identification ranges: [first prefix, last prefix, shortest, longest]. */
const ISSUERS: [string, string, number, number][] = [
  ['4', '4', 13, 19], // Visa (13, 16, 19)
  ['51', '55', 16, 16], // Mastercard
  ['2221', '2720', 16, 16], // Mastercard 2-series
  ['34', '34', 15, 15], // American Express
  ['37', '37', 15, 15],
  ['6011', '6011', 16, 19], // Discover
  ['644', '649', 16, 19],
  ['65', '65', 16, 19],
  ['300', '305', 14, 19], // Diners Club
  ['36', '36', 14, 19],
  ['38', '39', 16, 19],
  ['3528', '3589', 16, 19], // JCB
  ['62', '62', 16, 19], // UnionPay (and Discover's 622126-622925)
  ['2200', '2204', 16, 19], // Mir
  ['5018', '5018', 13, 19], // Maestro
  ['5020', '5020', 13, 19],
  ['5038', '5038', 13, 19],
  ['5893', '5893', 13, 19],
  ['6304', '6304', 13, 19],
  ['6759', '6759', 13, 19],
  ['6761', '6763', 13, 19],
  ['60', '60', 16, 16], // RuPay
  ['81', '82', 16, 16],
];

/** Digits alone, or in groups separated by single spaces or dashes (one kind of separator). */
const CARD = /^\d+(?:([ -])\d+(?:\1\d+)*)?$/;

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

export function isCard(text: string): boolean {
  if (text.length > 23 || !CARD.test(text)) return false;
  const digits = text.length === 16 ? text : text.replace(/[ -]/g, '');
  const n = digits.length;
  if (n < 13 || n > 19) return false;
  const issued = ISSUERS.some(([low, high, min, max]) => n >= min && n <= max && digits.slice(0, low.length) >= low && digits.slice(0, high.length) <= high);
  return issued && luhn(digits);
}

// ---- IBAN (ISO 13616): country code, check digits, the BBAN; length per country and mod 97 ----

/** Electronic (AA00…) or printed in groups of four (AA00 0000 …). */
const IBAN = /^[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?)$/;

export function isIban(text: string): boolean {
  // ibantools checks the country's length and BBAN format, and the mod-97 checksum.
  return IBAN.test(text) && isValidIBAN(text.replace(/ /g, '').toUpperCase());
}

// ---- US social security numbers AAA-GG-SSSS: area not 000, 666 or 9xx; group not 00; serial not 0000 ----

const SSN = /^(\d{3})-(\d{2})-(\d{4})$/;

export function isSsn(text: string): boolean {
  const m = SSN.exec(text);
  if (!m) return false;
  const [area, group, serial] = [m[1]!, m[2]!, m[3]!];
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

// ---- masks: enough to recognise the kind, never the value ----

/** The value masked by its kind: j•••@e•••.com, •••• •••• •••• 4242, DE•• •••• •••• •••• •••• 00. */
export function maskPii(value: string, kind: PiiKind): string {
  const text = value.trim();
  switch (kind) {
    case 'email': {
      const at = text.lastIndexOf('@');
      const domain = text.slice(at + 1);
      const dot = domain.lastIndexOf('.');
      return `${[...text][0]}${BULLET.repeat(3)}@${[...domain][0]}${BULLET.repeat(3)}${domain.slice(dot)}`;
    }
    case 'card':
      return `•••• •••• •••• ${text.replace(/\D/g, '').slice(-4)}`;
    case 'iban': {
      const e = text.replace(/ /g, '').toUpperCase();
      const masked = e.slice(0, 2) + BULLET.repeat(e.length - 4) + e.slice(-2);
      return masked.replace(/(.{4})(?=.)/g, '$1 ');
    }
    case 'phone': {
      const total = digitCount(text);
      let seen = 0;
      return text.replace(/\d/g, (d) => (++seen > total - 2 ? d : BULLET));
    }
    case 'ssn':
      return '•••-••-••••';
    case 'ipv4':
      return `${text.slice(0, text.indexOf('.'))}.•.•.•`;
    case 'ipv6':
      return `${text.slice(0, text.indexOf(':'))}:•••`;
  }
}

/** A value of a column that holds personal data: masked by its kind, or to its first character. */
export function maskValue(value: string): string {
  const kind = detectPii(value);
  if (kind) return maskPii(value, kind);
  return value === '' ? '' : `${[...value][0]}${BULLET.repeat(3)}`;
}

/** At most this many words make one candidate (a phone number or card number written in groups). */
const MAX_WORDS = 6;
const EDGE = /^[("'<[{]+|[)"'>\]},.;:!?]+$/g;

/**
 * Free text with every piece of personal data in it masked: each run of up to six words is tried,
 * longest first, as one value (punctuation around it aside). For examples and messages that are shown.
 */
export function redactText(text: string): string {
  const parts = text.split(/(\s+)/); // words at even indices, spaces between
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    let matched = false;
    for (let words = Math.min(MAX_WORDS, Math.ceil((parts.length - i) / 2)); words >= 1 && !matched; words--) {
      const candidate = parts.slice(i, i + 2 * words - 1).join('');
      const core = candidate.replace(EDGE, '');
      const kind = core.length >= 3 ? detectPii(core) ?? detectPii(candidate) : undefined;
      if (!kind) continue;
      const value = detectPii(core) ? core : candidate;
      out.push(candidate.replace(value, () => maskPii(value, kind)));
      if (i + 2 * words - 1 < parts.length) out.push(parts[i + 2 * words - 1]!);
      i += 2 * (words - 1);
      matched = true;
    }
    if (!matched) {
      out.push(redactWord(parts[i]!));
      if (i + 1 < parts.length) out.push(parts[i + 1]!);
    }
  }
  return out.join('');
}

/** E-mail addresses inside a word (mailto:a@b.com, <a@b.com>, key=a@b.com). */
function redactWord(word: string): string {
  if (!word.includes('@')) return word;
  return word.replace(/[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+@[A-Za-z0-9.\u0080-\uffff-]+/g, (m) => {
    const candidate = m.replace(/[.-]+$/, '');
    return isEmail(candidate) ? m.replace(candidate, () => maskPii(candidate, 'email')) : m;
  });
}
