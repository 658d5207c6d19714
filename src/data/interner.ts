// A dictionary of field bytes that repeat: a column's few distinct values (codes, categories, small
// integers) are decoded once and numbered, so millions of fields make neither millions of short-lived
// strings nor millions of lookups by string (the profile counts by number). Bounded: past MAX_ENTRIES
// values are decoded every time.

export const MAX_ENTRIES = 4096;
/** Longer values are decoded every time: they are rarely repeated and would fill the pool. */
const MAX_BYTES = 64;
const SLOT_BITS = 13;
const SLOTS = 1 << SLOT_BITS; // twice MAX_ENTRIES: probes stay short

export class Interner {
  /** Open addressing: entry index + 1 per slot, 0 for an empty slot. */
  private readonly slots = new Int32Array(SLOTS);
  /** Per entry: its FNV-1a hash, or for a short value its packed bytes. */
  private readonly hashes = new Int32Array(MAX_ENTRIES);
  /** Entry i's bytes are pool[offsets[i], offsets[i + 1]). */
  private readonly offsets = new Int32Array(MAX_ENTRIES + 1);
  private pool = new Uint8Array(4096);
  private readonly strings: string[] = [];

  /** The UTF-8 text of bytes[start, end). */
  text(bytes: Buffer, start: number, end: number): string {
    const code = this.code(bytes, start, end);
    return code >= 0 ? this.strings[code]! : bytes.toString('utf8', start, end);
  }

  /** The entry of bytes[start, end), added if there is room; -1 for a long value or a full table. */
  code(bytes: Buffer, start: number, end: number): number {
    const length = end - start;
    if (length <= 4) return this.shortCode(bytes, start, end);
    if (length > MAX_BYTES) return -1;
    let h = 0x811c9dc5; // FNV-1a
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    let slot = h & (SLOTS - 1);
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === h && this.equals(entry - 1, bytes, start, length)) return entry - 1;
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (this.strings.length === MAX_ENTRIES) return -1;
    this.add(slot, h, bytes, start, end, bytes.toString('utf8', start, end));
    return this.strings.length - 1;
  }

  /**
   * Values of at most 4 bytes (codes, flags, small numbers: most repeated values) are their own key:
   * the bytes packed into an int, compared in one step, hashed by one multiplication.
   */
  private shortCode(bytes: Buffer, start: number, end: number): number {
    let key = 0;
    for (let i = start; i < end; i++) key = (key << 8) | bytes[i]!;
    key = key ^ ((end - start) << 29); // lengths apart: "\0A" is not "A"
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === key && this.offsets[entry]! - this.offsets[entry - 1]! === end - start) return entry - 1;
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (this.strings.length === MAX_ENTRIES) return -1;
    this.add(slot, key, bytes, start, end, bytes.toString('utf8', start, end));
    return this.strings.length - 1;
  }

  /** The text of an entry. */
  textOf(code: number): string {
    return this.strings[code]!;
  }

  private equals(id: number, bytes: Buffer, start: number, length: number): boolean {
    const from = this.offsets[id]!;
    if (this.offsets[id + 1]! - from !== length) return false;
    for (let i = 0; i < length; i++) if (this.pool[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(slot: number, h: number, bytes: Buffer, start: number, end: number, text: string): void {
    const id = this.strings.length;
    const from = this.offsets[id]!;
    if (from + end - start > this.pool.length) {
      const grown = new Uint8Array(Math.max(2 * this.pool.length, from + end - start));
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool.set(bytes.subarray(start, end), from);
    this.offsets[id + 1] = from + end - start;
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    this.strings.push(text);
  }
}
