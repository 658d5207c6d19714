// HyperLogLog distinct-count estimate (Flajolet et al. 2007) with 2^12 registers (~1.6% error),
// linear counting for small cardinalities; mergeable by register maximum.

import { EMPTY_U16, EMPTY_U8, release } from '../data/growable.js';
import { fmix32 } from '../stats/random.js';

const P = 12;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);
const floatView = new Float64Array(1);
const wordView = new Uint32Array(floatView.buffer);

// The hashes are the 32 bits as a signed integer (fmix32's, | 0): a small integer to V8 wherever it
// goes, where half of the unsigned ones are a heap number each time a call that is not inlined passes
// or returns one (8 bytes a value profiled, and garbage collections that grow the main thread's heap).

export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h) | 0;
}

export function hashNumber(x: number): number {
  floatView[0] = x === 0 ? 0 : x; // -0 and 0 are one value
  return fmix32(wordView[0]! ^ fmix32(wordView[1]! + 0x9e3779b9)) | 0;
}

/** Slots of the sparse table at most (half of them used); past it, the dense 4 KB array is cheaper. */
const SPARSE_SLOTS = 256;

/**
 * The registers start sparse: a small hash table of the non-zero ones, so that a column with few
 * distinct values (most columns of a wide table) holds bytes, not 4 KB. The dense array replaces it
 * once it would hold more than SPARSE_SLOTS / 2 registers; both give the same estimate and the same bytes.
 */
export class HyperLogLog {
  private dense: Uint8Array | undefined;
  /** Open addressing: register index + 1 per slot (0: empty), and its rank. */
  private keys = EMPTY_U16;
  private ranks = EMPTY_U8;
  private used = 0;

  constructor(registers?: Uint8Array) {
    this.dense = registers;
  }

  /** The dense registers (the sparse table becomes them). */
  get registers(): Uint8Array {
    if (!this.dense) {
      const dense = new Uint8Array(M);
      this.forEachRegister((index, rank) => (dense[index] = rank));
      this.dense = dense;
      this.keys = EMPTY_U16;
      this.ranks = EMPTY_U8;
    }
    return this.dense;
  }

  static fromBase64(text: string): HyperLogLog {
    return new HyperLogLog(new Uint8Array(Buffer.from(text, 'base64')));
  }

  /** The dense registers in base64 (the profile's form); a sparse table stays sparse. */
  toBase64(): string {
    if (this.dense) return Buffer.from(this.dense).toString('base64');
    const dense = Buffer.alloc(M);
    this.forEachRegister((index, rank) => (dense[index] = rank));
    return dense.toString('base64');
  }

  add(hash: number): void {
    const index = hash >>> (32 - P);
    const rest = (hash << P) | (1 << (P - 1)); // guard bit bounds the rank
    this.raise(index, Math.clz32(rest) + 1);
  }

  merge(other: HyperLogLog): void {
    if (other.dense) {
      const registers = this.registers;
      for (let i = 0; i < M; i++) if (other.dense[i]! > registers[i]!) registers[i] = other.dense[i]!;
    } else other.forEachRegister((index, rank) => this.raise(index, rank));
  }

  estimate(): number {
    let sum = 0;
    let zeros = 0;
    if (this.dense) {
      for (let i = 0; i < M; i++) {
        sum += 2 ** -this.dense[i]!;
        if (this.dense[i] === 0) zeros++;
      }
    } else {
      zeros = M - this.used;
      sum = zeros;
      this.forEachRegister((_index, rank) => (sum += 2 ** -rank));
    }
    const raw = (ALPHA * M * M) / sum;
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }

  /** Empties the registers, giving their memory back now (see growable.ts). */
  release(): void {
    for (const array of [this.dense, this.keys, this.ranks]) if (array) release(array);
    this.dense = undefined;
    this.keys = EMPTY_U16;
    this.ranks = EMPTY_U8;
    this.used = 0;
  }

  /** Sets register `index` to `rank` if that is higher. */
  private raise(index: number, rank: number): void {
    const dense = this.dense;
    if (dense) {
      if (rank > dense[index]!) dense[index] = rank;
      return;
    }
    if (this.keys.length === 0) this.growSparse();
    const mask = this.keys.length - 1;
    let slot = index & mask;
    for (let key = this.keys[slot]!; key !== 0; key = this.keys[slot]!) {
      if (key === index + 1) {
        if (rank > this.ranks[slot]!) this.ranks[slot] = rank;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (2 * (this.used + 1) > this.keys.length) {
      this.growSparse();
      this.raise(index, rank);
      return;
    }
    this.keys[slot] = index + 1;
    this.ranks[slot] = rank;
    this.used++;
  }

  /** Grows the sparse table fourfold, or turns it dense past SPARSE_SLOTS. */
  private growSparse(): void {
    const [keys, ranks] = [this.keys, this.ranks];
    if (keys.length >= SPARSE_SLOTS) {
      this.dense = this.registers;
      return;
    }
    this.keys = new Uint16Array(Math.max(16, 4 * keys.length));
    this.ranks = new Uint8Array(this.keys.length);
    this.used = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== 0) this.raise(keys[slot]! - 1, ranks[slot]!);
  }

  private forEachRegister(visit: (index: number, rank: number) => void): void {
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== 0) visit(this.keys[slot]! - 1, this.ranks[slot]!);
  }
}
