// JSON.stringify(value, null, indent), made piece by piece: a report of 10,000 columns is written a
// column at a time instead of as one string of tens of MB (two bytes a character once a formula's "–" is
// in it) beside its UTF-8 copy.

/** Containers this deep and deeper are stringified whole: a report's columns are its second level. */
const OPENED = 2;

/** The text of JSON.stringify(value, null, indent), in pieces: the outer arrays and plain objects item by item. */
export function* jsonPieces(value: unknown, indent = 2, depth = 0): Generator<string> {
  const outer = indent > 0 ? `\n${' '.repeat(indent * depth)}` : ''; // a line break and the indentation before a closing bracket
  const inner = indent > 0 ? `${outer}${' '.repeat(indent)}` : '';
  if (depth < OPENED && Array.isArray(value) && value.length > 0) {
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}${inner}`;
      yield* listed(value[i]) ? jsonPieces(value[i], indent, depth + 1) : ['null']; // as JSON.stringify writes undefined in an array
    }
    yield `${outer}]`;
  } else if (depth < OPENED && isPlainObject(value) && Object.values(value).some(listed)) {
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (!listed(item)) continue;
      yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}`;
      yield* jsonPieces(item, indent, depth + 1);
      first = false;
    }
    yield `${outer}}`;
  } else yield JSON.stringify(value, null, indent).replace(/\n/g, outer); // no raw newline is inside a JSON string
}

/** What JSON.stringify writes in an object (it leaves the others out). */
const listed = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** An object JSON.stringify writes key by key: no toJSON, not a boxed primitive. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
