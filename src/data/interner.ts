
// A dictionary of field bytes that repeat: a column's few distinct values (codes, categories, small
// integers) are decoded once and numbered, so millions of fields make neither millions of short-lived
// strings nor millions of lookups by string (the profile counts by number). Bounded: past MAX_ENTRIES
// values are decoded every time. Its tables start empty and grow with the entries: a table of
// 10,000 columns has 10,000 of them, most holding a few values (a numeric column often none: the
// profile counts numbers by value).
import { EMPTY_I32, EMPTY_U8, grown } from './growable.js';

export const MAX_ENTRIES = 4096;
/** Longer values are decoded every time: they are rarely repeated and would fill the pool. */
const MAX_BYTES = 64;
/** Slots at most: twice MAX_ENTRIES, so probes stay short. */
const MAX_SLOT_BITS = 13;
const FIRST_SLOT_BITS = 6;

export class Interner {
  private bits = 0;
  /** Open addressing: entry index + 1 per slot, 0 for an empty slot; at most half full. */
  private slots = EMPTY_I32;
  /** Per entry: its FNV-1a hash, or for a short value its packed bytes. */
  private hashes = EMPTY_I32;
  /** Entry i's bytes are pool[offsets[i], offsets[i + 1]). */
  private offsets = EMPTY_I32;
  private pool = EMPTY_U8;
  private readonly strings: string[] = [];

  /** The UTF-8 text of bytes[start, end). */
  text(bytes: Buffer, start: number, end: number): string {
    const code = this.code(bytes, start, end);
    return code >= 0 ? this.strings[code]! : bytes.toString('utf8', start, end);
  }

  /** The entry of bytes[start, end), added if there is room; -1 for a long value or a full table. */
  code(bytes: Buffer, start: number, end: number): number {
    const length = end - start;
    if (length > MAX_BYTES) return -1;
    if (this.slots.length === 0) this.grow();
    const short = length <= 4;
    const key = short ? packed(bytes, start, end) : fnv(bytes, start, end);
    const mask = this.slots.length - 1;
    let slot = this.slotOf(key, short);
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === key && (short ? this.offsets[entry]! - this.offsets[entry - 1]! === length : this.equals(entry - 1, bytes, start, length))) return entry - 1;
      slot = (slot + 1) & mask;
    }
    if (this.strings.length === MAX_ENTRIES) return -1;
    if (2 * (this.strings.length + 1) > this.slots.length) {
      this.grow();
      return this.code(bytes, start, end);
    }
    this.add(slot, key, bytes, start, end);
    return this.strings.length - 1;
  }

  /** The text of an entry. */
  textOf(code: number): string {
    return this.strings[code]!;
  }

  /**
   * Values of at most 4 bytes (codes, flags, small numbers: most repeated values) are their own key,
   * hashed by one multiplication; longer ones by their FNV-1a hash.
   */
  private slotOf(key: number, short: boolean): number {
    return short ? Math.imul(key, 0x9e3779b1) >>> (32 - this.bits) : key & (this.slots.length - 1);
  }

  private equals(id: number, bytes: Buffer, start: number, length: number): boolean {
    const from = this.offsets[id]!;
    if (this.offsets[id + 1]! - from !== length) return false;
    for (let i = 0; i < length; i++) if (this.pool[from + i] !== bytes[start + i]) return false;
    return true;
  }

  /** Makes the first slots, or quadruples them (and the entry arrays; few steps, few arrays to collect), and places every entry again. */
  private grow(): void {
    this.bits = this.bits === 0 ? FIRST_SLOT_BITS : Math.min(MAX_SLOT_BITS, this.bits + 2);
    const capacity = 1 << (this.bits - 1);
    this.slots = new Int32Array(1 << this.bits);
    this.hashes = grown(this.hashes, capacity);
    this.offsets = grown(this.offsets, capacity + 1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let slot = this.slotOf(this.hashes[id]!, this.offsets[id + 1]! - this.offsets[id]! <= 4);
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }

  private add(slot: number, key: number, bytes: Buffer, start: number, end: number): void {
    const id = this.strings.length;
    const from = this.offsets[id]!;
    if (from + end - start > this.pool.length) this.pool = grown(this.pool, Math.max(64, 2 * this.pool.length, from + end - start));
    this.pool.set(bytes.subarray(start, end), from);
    this.offsets[id + 1] = from + end - start;
    this.hashes[id] = key;
    this.slots[slot] = id + 1;
    this.strings.push(bytes.toString('utf8', start, end));
  }
}

/** The bytes packed into an int, with the length apart ("\0A" is not "A"). */
function packed(bytes: Buffer, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = (key << 8) | bytes[i]!;
  return key ^ ((end - start) << 29);
}

function fnv(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h;
}
