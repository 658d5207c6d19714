// Value counts: exact while the distinct values fit `capacity`, then Misra–Gries heavy hitters
// (counts are lower bounds, off by at most n/capacity). Both forms merge.
//
// The keys are texts. A text that is how JavaScript writes a number (String(x): "1.5", "-3", not "1.50"
// nor "+3") is kept as that number, in a typed table: a numeric column of a wide table counts its values
// without a string or a Map entry per value. So are the first few other texts while they are all
// x.toFixed(d) for one d ("1.0", as pandas writes a whole float). The texts, their counts and the order
// they came in are the same either way.
import { NumberCounts } from './number-counts.js';

/** Other texts kept as numbers at most (see FrequentItems.fixed): each is looked up by a scan. */
const FIXED_MAX = 32;

export class FrequentItems {
  /** Texts that are not the String() of a number, in the order they came; undefined while `fixed` holds them. */
  private texts: Map<string, number> | undefined;
  /**
   * Until another text comes, the texts that are not String(x) but x.toFixed(decimals), for one number of
   * decimals: x and its count per pair, in the order they came (at most FIXED_MAX pairs). A plain array:
   * its numbers are stored unboxed, and a few of them cost less than a typed array's two objects.
   */
  private fixed: number[] = [];
  private decimals = 0;
  /** Texts that are String(x) of a finite x, by x. */
  private readonly numbers: NumberCounts;
  exact = true;
  /** Weight removed by Misra–Gries purges: the most any count can be under its true value. */
  error = 0;

  /** `numbers`: how many distinct numbers to make room for at once. */
  constructor(
    readonly capacity = 1000,
    numbers = 0,
  ) {
    this.numbers = new NumberCounts(numbers);
  }

  /** Gives the number table's memory back now (see growable.ts); the counts are gone after. */
  release(): void {
    this.numbers.release();
    this.texts = undefined;
    this.fixed = [];
  }

  /** A profile's items (texts with counts). */
  static of(items: Iterable<[string, number]>, capacity: number, exact: boolean, error: number): FrequentItems {
    const out = new FrequentItems(capacity);
    for (const [text, count] of items) out.add(text, count);
    out.exact = exact;
    out.error = error;
    return out;
  }

  /** Distinct texts counted. */
  get size(): number {
    return this.textCount + this.numbers.size;
  }

  /** Texts counted that are not String() of a number. */
  private get textCount(): number {
    return this.texts?.size ?? this.fixed.length / 2;
  }

  add(text: string, weight = 1): void {
    const x = numberOf(text);
    if (x !== undefined) {
      this.addNumber(x, weight);
      return;
    }
    if (!this.texts && this.addFixed(text, weight)) return;
    const texts = this.textMap();
    const count = texts.get(text);
    if (count !== undefined) {
      texts.set(text, count + weight);
      return;
    }
    texts.set(text, weight);
    this.grew();
  }

  /** Counts a text written x.toFixed(decimals) by x, if `fixed` can hold it; false (nothing changed) if not. */
  private addFixed(text: string, weight: number): boolean {
    const decimals = decimalsOf(text);
    const fixed = this.fixed;
    if (decimals === 0 || (fixed.length > 0 && decimals !== this.decimals)) return false;
    const x = Number(text);
    for (let at = 0; at < fixed.length; at += 2) {
      if (fixed[at] !== x) continue;
      fixed[at + 1]! += weight;
      return true;
    }
    if (fixed.length === 2 * FIXED_MAX) return false;
    this.fixed = fixed.concat(x, weight); // a new array of just this length: push would leave room for half as many again
    this.decimals = decimals;
    this.grew();
    return true;
  }

  /** The texts as a Map, made from `fixed` (in their order) the first time. */
  private textMap(): Map<string, number> {
    if (!this.texts) {
      this.texts = new Map(this.textEntries());
      this.fixed = [];
    }
    return this.texts;
  }

  /** The texts that are not String() of a number, with their counts, in the order they came. */
  private textEntries(): [string, number][] {
    if (this.texts) return [...this.texts];
    const out: [string, number][] = [];
    for (let at = 0; at < this.fixed.length; at += 2) out.push([this.fixed[at]!.toFixed(this.decimals), this.fixed[at + 1]!]);
    return out;
  }

  /** Adds the text String(x) of a finite x. */
  addNumber(x: number, weight = 1): void {
    if (this.numbers.add(x, weight)) this.grew();
  }

  copy(): FrequentItems {
    const out = new FrequentItems(this.capacity, this.numbers.size);
    if (this.texts) out.texts = new Map(this.texts);
    out.fixed = [...this.fixed];
    out.decimals = this.decimals;
    this.numbers.forEach((x, count) => out.numbers.add(x, count));
    out.exact = this.exact;
    out.error = this.error;
    return out;
  }

  /** How often each number is written as a text other than its String() ("1.0" for 1), by number. */
  numbersOfTexts(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [text, count] of this.textEntries()) {
      const x = Number(text);
      if (Number.isFinite(x)) out.set(x, (out.get(x) ?? 0) + count);
    }
    return out;
  }

  /** The counts by text (made on each call: a numeric column's texts are made from its numbers). */
  get counts(): Map<string, number> {
    const out = new Map(this.textEntries());
    this.numbers.forEach((x, count) => out.set(String(x), count));
    return out;
  }

  /** The counts of the texts that are numbers, by number (all of them for a numeric column's items by value). */
  numberCounts(): Map<number, number> {
    const out = new Map<number, number>();
    this.numbers.forEach((x, count) => out.set(x, count));
    return out;
  }

  merge(other: FrequentItems): void {
    if (other.textCount > 0) {
      const texts = this.textMap();
      for (const [key, count] of other.textEntries()) texts.set(key, (texts.get(key) ?? 0) + count);
    }
    other.numbers.forEach((x, count) => this.numbers.add(x, count));
    this.exact &&= other.exact;
    this.error += other.error;
    if (this.size > this.capacity) this.purge();
  }

  /**
   * The counts by value, where every text is a number (a numeric column's): "1.0" counts as "1". This
   * object itself when every text is already String(value). Misra–Gries undercounts add up when texts
   * join, so the error grows with the most texts given one value.
   */
  byValue(): FrequentItems {
    if (this.textCount === 0) return this;
    const out = new FrequentItems(this.capacity, this.numbers.size + this.textCount);
    this.numbers.forEach((x, count) => out.numbers.add(x, count));
    const joined = new Map<number, number>(); // how many texts became each value
    this.numbers.forEach((x) => joined.set(x, 1));
    for (const [text, count] of this.textEntries()) {
      const x = Number(text);
      const k = x === 0 ? 0 : x;
      out.numbers.add(k, count);
      joined.set(k, (joined.get(k) ?? 0) + 1);
    }
    out.exact = this.exact;
    out.error = this.error * Math.max(...joined.values());
    return out;
  }

  top(limit: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  }

  private grew(): void {
    if (this.size > (this.exact ? this.capacity : 2 * this.capacity)) this.purge();
  }

  /** Subtracts the (capacity+1)-th largest count from all (Misra–Gries) and drops what falls to zero. */
  private purge(): void {
    this.exact = false;
    const sorted = [...this.textEntries().map(([, count]) => count), ...this.numbers.values()].sort((a, b) => b - a);
    const cut = sorted[this.capacity] ?? 0;
    if (cut === 0) return;
    this.error += cut;
    for (const [key, count] of this.texts ?? []) {
      if (count <= cut) this.texts!.delete(key);
      else this.texts!.set(key, count - cut);
    }
    const fixed = this.fixed;
    this.fixed = []; // the fixed texts left, in their order
    for (let at = 0; at < fixed.length; at += 2) if (fixed[at + 1]! > cut) this.fixed.push(fixed[at]!, fixed[at + 1]! - cut);
    this.numbers.subtract(cut);
  }
}

/** d ≥ 1 when `text` is x.toFixed(d) of its number x ("1.0", "2.50", not "-0.0" nor "1e3"), else 0. */
function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  const decimals = text.length - dot - 1;
  if (dot < 0 || decimals < 1 || decimals > 100) return 0;
  const x = Number(text);
  return Number.isFinite(x) && x.toFixed(decimals) === text ? decimals : 0;
}

/** The number whose String() is `text` (a finite one), else undefined. */
function numberOf(text: string): number | undefined {
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 45)) return undefined; // String(x) starts with a digit or '-'
  const x = Number(text);
  return Number.isFinite(x) && String(x) === text ? x : undefined;
}
