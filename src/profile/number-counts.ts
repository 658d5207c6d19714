// Counts per distinct number in one Float64Array: [value, count] per slot, open addressing, a count of
// 0 for an empty slot. A few hundred distinct values take a few KB in one allocation, where a Map of
// them takes a bucket table, an entry and often a heap number per value, and garbage as it grows.
// It starts empty and grows.
import { EMPTY_F64, release } from '../data/growable.js';

const floatView = new Float64Array(1);
const wordView = new Uint32Array(floatView.buffer);

/** Slots of the first table. */
const FIRST_SLOTS = 8;

export class NumberCounts {
  /** slots[2s] is slot s's value, slots[2s + 1] its count (0: empty). */
  private slots = EMPTY_F64;
  size = 0;

  /** `expected`: how many distinct values to make room for at once (none: the table grows from empty). */
  constructor(expected = 0) {
    if (expected > 0) this.slots = new Float64Array(2 * slotsFor(expected));
  }

  /** Adds `count` (> 0) to x's count (x finite; -0 is 0); true when x is new. */
  add(x: number, count: number): boolean {
    if (x === 0) x = 0;
    if (8 * (this.size + 1) > 3 * this.slots.length) this.grow(); // over 3/4 of the slots (two numbers each): see slotsFor
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    for (let s = slotOf(x, mask); ; s = (s + 1) & mask) {
      const at = 2 * s;
      if (slots[at + 1] === 0) {
        slots[at] = x;
        slots[at + 1] = count;
        this.size++;
        return true;
      }
      if (slots[at] === x) {
        slots[at + 1]! += count;
        return false;
      }
    }
  }

  forEach(visit: (x: number, count: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 2) if (slots[at + 1]! > 0) visit(slots[at]!, slots[at + 1]!);
  }

  /** The counts, in slot order. */
  values(): number[] {
    const out: number[] = [];
    this.forEach((_x, count) => out.push(count));
    return out;
  }

  /** Takes `cut` from every count and drops the values left with none (a Misra–Gries purge). */
  subtract(cut: number): void {
    const old = this.slots;
    this.slots = EMPTY_F64;
    this.size = 0;
    for (let at = 0; at < old.length; at += 2) if (old[at + 1]! > cut) this.add(old[at]!, old[at + 1]! - cut);
    release(old);
  }

  /** Empties the table, giving its memory back now (see growable.ts). */
  release(): void {
    release(this.slots);
    this.slots = EMPTY_F64;
    this.size = 0;
  }

  /** Doubles the table (at most 3/4 full: short probes) and places every value again. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(Math.max(2 * FIRST_SLOTS, 2 * old.length));
    this.size = 0;
    for (let at = 0; at < old.length; at += 2) if (old[at + 1]! > 0) this.add(old[at]!, old[at + 1]!);
    release(old);
  }
}

/** Slots (a power of two) that hold `size` values at most 3/4 full. */
function slotsFor(size: number): number {
  let slots = FIRST_SLOTS;
  while (4 * size > 3 * slots) slots *= 2;
  return slots;
}

/** A slot for x: its two words mixed (murmur3's finaliser), masked. */
function slotOf(x: number, mask: number): number {
  floatView[0] = x;
  let h = wordView[0]! ^ Math.imul(wordView[1]!, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}
