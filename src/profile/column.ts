// One column's mergeable profile: counts by kind, moments, text lengths, distinct estimate,
// frequent values, and the numeric distribution (exact values while they fit, a KLL sketch always).
import { codeAt, isPlainInteger, isPlainNumber, Kind, KIND_NAMES, NO_CODE_YET, textAt, typeOfKinds, type ClassifiedColumn, type CodedBatch, type KindName } from '../data/values.js';
import { MAX_ENTRIES } from '../data/interner.js';
import { countBelow, exactQuantile, ExactValues, forEachDistinct, type SortedSample } from './exact.js';
import { FrequentItems } from './frequent.js';
import { hashNumber, hashString, HyperLogLog } from './hll.js';
import { KllSketch, level0Width, type KllJson } from './kll.js';
import { addValue, emptyMoments, mergeMoments, momentsOfCounts, variance, type Moments } from './moments.js';

export interface ProfileOptions {
  /**
   * Numeric values kept exactly per column; beyond it only the sketch remains. Integers within a span
   * of at most this many (and 65,536) are counted per value instead, exact at any number of rows.
   */
  exactLimit: number;
  /** Distinct values counted exactly before frequent items turn approximate. */
  frequentCapacity: number;
  /** KLL accuracy parameter (rank error about 1.65/k). */
  kllK: number;
}

export const DEFAULT_PROFILE_OPTIONS: ProfileOptions = { exactLimit: 10_000, frequentCapacity: 1000, kllK: 200 };
const BINS = 10;

export interface ColumnProfileJson {
  name: string;
  type: KindName;
  count: number;
  nulls: number;
  kinds: Partial<Record<KindName, number>>;
  /** meanError (see Moments) is absent from profiles written before it: 0. */
  numeric?: Omit<Moments, 'meanError'> & { meanError?: number; variance: number; std: number };
  temporal?: { min: string; max: string };
  text?: { minLength: number; maxLength: number };
  distinct: { estimate: number; exact: boolean; hll: string };
  frequent?: { exact: boolean; error: number; items: [string, number][] };
  /**
   * The exact values in ascending order; with counts, distinct values and how often each occurs.
   * Float64Arrays between threads (moved as blocks), arrays in files.
   */
  distribution?: { exact: boolean; values?: number[] | Float64Array; counts?: number[] | Float64Array; sketch: KllJson; quantiles: Record<string, number> };
  /** Reference bin edges, frozen at this data's deciles, with the counts per bin. */
  bins?: { edges: number[]; counts: number[] };
  /** The column holds personal data: what was dropped from its profile (validate-data's pii check). */
  pii?: { kind: string; dropped: string[] };
}

export class ColumnProfile {
  count = 0;
  nulls = 0;
  readonly kindCounts = new Array<number>(KIND_NAMES.length).fill(0);
  temporalMin = Infinity;
  temporalMax = -Infinity;
  minLength = Infinity;
  maxLength = -Infinity;
  /** Exact numeric values, while they fit options.exactLimit (see there). */
  values: ExactValues | undefined;
  /**
   * While the numeric values are integers counted per value (see ExactValues) and written as
   * String(x), they are only counted: the moments, sketch, distinct estimate and frequent values are
   * derived from the counts when first read (settle), which saves the work per value.
   */
  private pending = true;
  /**
   * While a column holds only numbers and its exact values are listed, its distinct estimate and frequent
   * values are made from the values when read, not kept beside them: a wide table's short columns hold
   * their values once. _frequent then holds only the texts the values cannot tell ("1.0", not String(1)).
   */
  private derived = false;
  private _moments = emptyMoments();
  private _hll = new HyperLogLog();
  private _frequent: FrequentItems | undefined;
  /**
   * The sketch; undefined while it is made from the exact values when read (see kll): until its level 0
   * fills, a sketch is the values in the order they came, which the values then keep (keepOrder), so a
   * wide table's short columns hold their values once, not twice. Undefined also while nothing is sketched.
   */
  private _kll: KllSketch | undefined;

  constructor(
    readonly name: string,
    readonly options: ProfileOptions = DEFAULT_PROFILE_OPTIONS,
  ) {
    this._frequent = new FrequentItems(options.frequentCapacity);
    this.values = new ExactValues(options.exactLimit);
  }

  get moments(): Moments {
    this.settle();
    return this._moments;
  }

  get hll(): HyperLogLog {
    this.settle();
    return this.derived ? this.derivedHll() : this._hll;
  }

  /**
   * Value counts. Categories of a numeric column are its values: "1" and "1.0" (as pandas writes a column
   * with an empty cell) are one (made when read if the texts differ: read it once).
   */
  get frequent(): FrequentItems | undefined {
    this.settle();
    const numeric = this.type === 'integer' || this.type === 'number';
    const frequent = this.derived ? this.derivedFrequent(numeric) : this._frequent;
    return numeric ? frequent?.byValue() : frequent;
  }

  /** The sketch; made from the values that keep their order each time it is read (a column's is read once, to write it). */
  get kll(): KllSketch {
    this.settle();
    return this._kll ?? this.sketchOfValues();
  }

  /** A sketch of the values kept in the order they came, as if each had been added to it (nothing else is sketched then). */
  private sketchOfValues(): KllSketch {
    const sketch = new KllSketch(this.options.kllK);
    if (this.values?.keepOrder) for (const chunk of this.values.arrivals()) for (let i = 0; i < chunk.length; i++) sketch.update(chunk[i]!);
    return sketch;
  }

  /** The sketch, kept from here on: values are added to it one by one, and the values need no order. */
  private sketch(): KllSketch {
    if (!this._kll) {
      this._kll = this.sketchOfValues();
      if (this.values) this.values.keepOrder = false;
    }
    return this._kll;
  }

  /** The distinct registers of the values (derived mode). */
  private derivedHll(): HyperLogLog {
    const hll = new HyperLogLog();
    forEachDistinct(this.values!.sample(), (x) => hll.add(hashNumber(x)));
    return hll;
  }

  /**
   * The frequent values (derived mode): the texts kept, and the values written String(x) counted from the
   * values. `byValue`: by value at once, as a numeric column's are read ("1.0" counted as 1).
   */
  private derivedFrequent(byValue: boolean): FrequentItems | undefined {
    if (!this._frequent) return undefined;
    const written = this._frequent.numbersOfTexts(); // how often each value was written otherwise than String(x)
    const sample = this.values!.sample();
    let plain = 0; // values written String(x) at least once: each is a text of its own
    forEachDistinct(sample, (x, count) => (plain += count > (written.get(x) ?? 0) ? 1 : 0));
    if (plain + this._frequent.size > this._frequent.capacity) return undefined; // past the exact capacity, as when counted one by one
    const frequent = byValue ? new FrequentItems(this._frequent.capacity, plain + written.size) : this._frequent.copy();
    forEachDistinct(sample, (x, count) => {
      const n = byValue ? count : count - (written.get(x) ?? 0);
      if (n > 0) frequent.addNumber(x, n);
    });
    return frequent;
  }

  /** Ends the derived mode: from here on the distinct registers and frequent values are kept. `column`: a batch being added, whose tallied texts count. */
  private undrive(column?: ClassifiedColumn): void {
    if (!this.derived) return;
    if (column) this.flushTally(column);
    this._hll = this.derivedHll();
    this._frequent = this.derivedFrequent(false);
    this.derived = false;
  }

  /** Whether the column has held only numbers (and nulls), this batch's `kinds` included. */
  private numbersOnly(kinds: Uint8Array, length: number): boolean {
    const counts = this.kindCounts;
    if (counts[Kind.string]! + counts[Kind.boolean]! + counts[Kind.date]! + counts[Kind.datetime]! > 0) return false;
    for (let i = 0; i < length; i++) if (kinds[i] !== Kind.null && kinds[i] !== Kind.integer && kinds[i] !== Kind.number) return false;
    return true;
  }

  /** Folds the counted values into the summaries; values after this are summarised one by one. */
  private settle(): void {
    if (!this.pending) return;
    this.pending = false;
    const sample = this.values?.sample();
    if (!sample?.counts || sample.n === 0) return;
    const { values, counts } = sample;
    this._moments = mergeMoments(this._moments, momentsOfCounts(values, counts));
    this.sketch().addCounts(values, counts);
    for (let i = 0; i < values.length; i++) {
      this._hll.add(hashNumber(values[i]!));
      this.addFrequentNumber(values[i]!, counts[i]!); // counted values are written String(x)
    }
  }

  get type(): KindName {
    let mask = 0;
    this.kindCounts.forEach((c, kind) => (mask |= c > 0 ? 1 << kind : 0));
    return typeOfKinds(mask);
  }

  /** Adds rows that lack this column entirely (a JSON key that appears later). */
  addMissing(rows: number): void {
    this.count += rows;
    this.nulls += rows;
    this.kindCounts[Kind.null]! += rows;
  }

  add(column: ClassifiedColumn, length: number): void {
    if (column.coded && this.addCoded(column.coded, length)) return;
    const { kinds, numbers } = column;
    // While only numbers come, the order values are counted in cannot matter: a number written String(x)
    // is counted by value, without its text. Else texts are counted as they always were.
    const numbersOnly = this.numbersOnly(kinds, length);
    if (!numbersOnly) this.undrive();
    const counts = this.kindCounts;
    this.count += length;
    // A batch of one kind (a typed column's mostly is) goes first through that kind's own loop, which
    // stops at a value it does not handle; the loop below does the rest.
    const start = this.addUniform(column, length);
    if (start > 0) counts[kinds[0]!]! += start;
    let previous = NaN;
    for (let i = start; i < length; i++) {
      const kind = kinds[i]!;
      counts[kind]!++;
      if (kind === Kind.null) {
        this.nulls++;
        continue;
      }
      if (kind === Kind.integer || kind === Kind.number) {
        const x = numbers[i]!;
        if (!Number.isFinite(x)) continue;
        if (this.pending) {
          if (kind === Kind.integer && isPlainInteger(column, i) && this.values!.count(x)) continue;
          this.settle(); // x cannot be counted, or its text is not String(x): from here on, value by value
          this.derived = numbersOnly && this.values?.length === 0;
          // A first value that is listed, not counted (only integers are): the sketch is made from the values, in order.
          if (this.values?.length === 0 && !this._kll && !Number.isInteger(x)) this.values.keepOrder = true;
        }
        addValue(this._moments, x);
        const values = this.values;
        if (!(values?.keepOrder && values.length < level0Width(this.options.kllK) - 1 && values.push(x))) {
          this.sketch().update(x); // from the values kept in order, if they were the sketch's
          if (values && !values.push(x)) {
            this.undrive(column); // over the budget: the sketch remains, and the summaries the values made
            this.values = undefined;
          }
        }
        if (this.derived) {
          if (this._frequent && !isPlainNumber(column, i) && !this.tally(column, i, kind)) this.addFrequentNumber(textAt(column, i)!, 1);
          continue;
        }
        if (x !== previous) this._hll.add(hashNumber(x)); // adding a value again changes nothing
        previous = x;
        // A numeric column with many values has no useful "frequent" set; stop paying for it.
        if (this._frequent) {
          if (numbersOnly && isPlainNumber(column, i)) this.addFrequentNumber(x, 1);
          else if (!this.tally(column, i, kind)) this.addFrequentNumber(textAt(column, i)!, 1);
        }
        continue;
      }
      if (kind === Kind.date || kind === Kind.datetime) {
        const t = numbers[i]!;
        if (t < this.temporalMin) this.temporalMin = t;
        if (t > this.temporalMax) this.temporalMax = t;
        if (t !== previous) this._hll.add(hashNumber(t)); // time series repeat instants
        previous = t;
        // Like numbers, instants have no useful "frequent" set once there are many of them.
        if (this._frequent && !this.tally(column, i, kind)) this.addFrequentNumber(textAt(column, i)!, 1);
        continue;
      }
      if (!this.tally(column, i, kind)) this.addText(textAt(column, i)!, 1);
    }
    this.flushTally(column);
  }

  /**
   * A coded batch (see ClassifiedColumn.coded) of one kind besides nulls, added once per distinct value
   * with its count where the order values come in cannot change the profile: integers while they are
   * counted, instants, and texts with dictionary codes (counted per code in the order the codes first
   * occur, as tally does). The profile is the one add makes value by value. False, nothing changed, for
   * the others (add takes them value by value).
   */
  private addCoded(coded: CodedBatch, length: number): boolean {
    const { values, size, counts } = coded;
    const kinds = values.kinds;
    let kind = -1;
    for (let s = 0; s < size; s++) {
      const k = kinds[s]!;
      if (k === Kind.null || k === kind) continue;
      if (kind !== -1) return false;
      kind = k;
    }
    if (kind === Kind.integer) {
      if (!this.pending || !this.countValues(coded)) return false;
    } else if (kind === Kind.date || kind === Kind.datetime) this.addInstants(coded);
    else if (kind === Kind.string || kind === Kind.boolean) {
      for (let s = 0; s < size; s++) if (kinds[s] !== Kind.null && codeAt(values, s) < 0) return false;
      this.undrive(); // as add: the column holds more than numbers
      for (let s = 0; s < size; s++) if (kinds[s] !== Kind.null) this.tallyCode(codeAt(values, s), kind, counts[s]!);
      this.flushTally(values);
    } else if (kind !== -1) return false;
    this.count += length;
    this.nulls += coded.nulls;
    this.kindCounts[Kind.null]! += coded.nulls;
    if (kind !== -1) this.kindCounts[kind]! += length - coded.nulls;
    return true;
  }

  /** Counts a coded batch's integers (see addCoded), if every one is written String(x) and can be counted; false, nothing changed, if not. */
  private countValues({ values, size, counts }: CodedBatch): boolean {
    const { kinds, numbers } = values;
    let low = Infinity;
    let high = -Infinity;
    for (let s = 0; s < size; s++) {
      if (kinds[s] === Kind.null) continue;
      if (!isPlainInteger(values, s)) return false;
      const x = numbers[s]!;
      if (x < low) low = x;
      if (x > high) high = x;
    }
    if (low <= high && !this.values!.canCount(low, high)) return false;
    for (let s = 0; s < size; s++) if (kinds[s] !== Kind.null) this.values!.count(numbers[s]!, counts[s]!);
    return true;
  }

  /** A coded batch's instants (see addCoded): range, distinct registers and, while kept, frequent values, as add does. */
  private addInstants({ values, size, counts }: CodedBatch): void {
    const { kinds, numbers } = values;
    this.undrive(); // as add: the column holds more than numbers
    let [min, max] = [this.temporalMin, this.temporalMax];
    for (let s = 0; s < size; s++) {
      if (kinds[s] === Kind.null) continue;
      const t = numbers[s]!;
      if (t < min) min = t;
      if (t > max) max = t;
      this._hll.add(hashNumber(t));
      // Frequent values as add: those without a code at once, in the order they occur; the others tallied.
      if (!this._frequent) continue;
      const code = codeAt(values, s);
      if (code >= 0) this.tallyCode(code, kinds[s]!, counts[s]!);
      else this.addFrequentNumber(textAt(values, s)!, counts[s]!);
    }
    [this.temporalMin, this.temporalMax] = [min, max];
    this.flushTally(values);
  }

  /**
   * The values of a batch of one kind that its own loop handles, as the loop in add would (their kinds
   * not counted): integers while they are counted, texts with dictionary codes. Returns how many.
   */
  private addUniform(column: ClassifiedColumn, length: number): number {
    const { kinds, numbers, source } = column;
    const kind = kinds[0]!;
    for (let i = 1; i < length; i++) if (kinds[i] !== kind) return 0;
    if (kind === Kind.integer && this.pending) {
      if (source && this.countByCode(column, length)) return length;
      // As add: a value not written String(x), or one not counted, is left to add.
      const values = this.values!;
      for (let i = 0; i < length; i++) if (!isPlainInteger(column, i) || !values.count(numbers[i]!)) return i;
      return length;
    }
    if ((kind === Kind.date || kind === Kind.datetime) && !this._frequent) {
      // As add does for an instant once the column keeps no frequent values.
      let [min, max, previous] = [this.temporalMin, this.temporalMax, NaN];
      for (let i = 0; i < length; i++) {
        const t = numbers[i]!;
        if (t < min) min = t;
        if (t > max) max = t;
        if (t !== previous) this._hll.add(hashNumber(t));
        previous = t;
      }
      [this.temporalMin, this.temporalMax] = [min, max];
      return length;
    }
    if ((kind === Kind.string || kind === Kind.boolean) && source) {
      // As tally, and addText for a value without a code.
      const codes = source.codes;
      for (let i = 0; i < length; i++) {
        const code = codes[i] !== NO_CODE_YET ? codes[i]! : codeAt(column, i);
        if (code < 0) this.addText(textAt(column, i)!, 1);
        else if (tallyCounts[code]!++ === 0) {
          tallied.push(code);
          tallyKinds[code] = kind;
        }
      }
      return length;
    }
    return 0;
  }

  /**
   * Counts a batch of integers once per dictionary code, when every value has a known code and all of
   * them can be counted (then the order they are counted in cannot matter); false, nothing changed, if not.
   */
  private countByCode(column: ClassifiedColumn, length: number): boolean {
    const { numbers, texts } = column;
    const codes = column.source!.codes;
    let all = true;
    for (let i = 0; i < length && all; i++) {
      const code = codes[i]!;
      if (code < 0 || texts[i] !== undefined) all = false;
      else if (tallyCounts[code]!++ === 0) {
        tallied.push(code);
        tallyFirst[code] = i;
      }
    }
    // A code's values share their bytes: one of them tells whether they are plain integers (see isPlainInteger).
    let low = Infinity;
    let high = -Infinity;
    for (const code of tallied) {
      const i = tallyFirst[code]!;
      const x = numbers[i]!;
      if (!isPlainInteger(column, i)) all = false;
      if (x < low) low = x;
      if (x > high) high = x;
    }
    all &&= this.values!.canCount(low, high);
    for (const code of tallied) {
      if (all) this.values!.count(numbers[tallyFirst[code]!]!, tallyCounts[code]!);
      tallyCounts[code] = 0;
    }
    tallied.length = 0;
    return all;
  }

  private addText(text: string, count: number): void {
    if (text.length < this.minLength) this.minLength = text.length;
    if (text.length > this.maxLength) this.maxLength = text.length;
    this._hll.add(hashString(text));
    this._frequent?.add(text, count);
  }

  /** A number (by its text, or x whose text is String(x)) or an instant: past the exact capacity, no frequent values are kept. */
  private addFrequentNumber(value: string | number, count: number): void {
    if (!this._frequent) return;
    if (typeof value === 'number') this._frequent.addNumber(value, count);
    else this._frequent.add(value, count);
    if (!this._frequent.exact) this._frequent = undefined;
  }

  /**
   * Values read from bytes have a dictionary code (data/interner.ts) when they repeat: they are counted
   * by code here and profiled as text once per distinct value and batch, in flushTally.
   */
  private tally(column: ClassifiedColumn, i: number, kind: number): boolean {
    const code = codeAt(column, i);
    if (code < 0) return false;
    this.tallyCode(code, kind, 1);
    return true;
  }

  private tallyCode(code: number, kind: number, count: number): void {
    if (tallyCounts[code] === 0) {
      tallied.push(code);
      tallyKinds[code] = kind;
    }
    tallyCounts[code]! += count;
  }

  private flushTally(column: ClassifiedColumn): void {
    for (const code of tallied) {
      const text = column.source!.strings.textOf(code);
      const count = tallyCounts[code]!;
      tallyCounts[code] = 0;
      if (tallyKinds[code] === Kind.string || tallyKinds[code] === Kind.boolean) this.addText(text, count);
      else this.addFrequentNumber(text, count);
    }
    tallied.length = 0;
  }

  merge(other: ColumnProfile): void {
    this.settle();
    other.settle();
    this.undrive();
    other.undrive();
    this.count += other.count;
    this.nulls += other.nulls;
    other.kindCounts.forEach((c, k) => (this.kindCounts[k]! += c));
    this._moments = mergeMoments(this._moments, other._moments);
    this.temporalMin = Math.min(this.temporalMin, other.temporalMin);
    this.temporalMax = Math.max(this.temporalMax, other.temporalMax);
    this.minLength = Math.min(this.minLength, other.minLength);
    this.maxLength = Math.max(this.maxLength, other.maxLength);
    this._hll.merge(other._hll);
    if (this._frequent && other._frequent) this._frequent.merge(other._frequent);
    else if (this._moments.n > 0 || other._frequent === undefined) this._frequent = undefined;
    // While both sketches are their values in order, the values joined (this side's, then the other's) are the merged sketch's.
    const inOrder = !this._kll && !other._kll;
    if (!inOrder) this.sketch().merge(other.kll);
    if (!(this.values && other.values && this.values.absorb(other.values))) {
      if (inOrder) this.sketch().merge(other.kll); // from this side's values, as they were
      this.values = undefined;
    } else if (inOrder && this.values.length >= level0Width(this.options.kllK)) this.sketch();
  }

  /**
   * Gives the arrays of a profile merged into another back now, not at a full garbage collection (see
   * growable.ts): merge copies them all (only listed values are shared, and left). It is empty after.
   */
  release(): void {
    this._hll.release();
    this._frequent?.release();
    this._kll?.release();
    this.values?.release();
  }

  /** `frequent`, `hll`: the column's, when the caller has read them. */
  distinct(frequent = this.frequent, hll?: HyperLogLog): { estimate: number; exact: boolean } {
    if (frequent?.exact) return { estimate: frequent.size, exact: true };
    return { estimate: (hll ?? this.hll).estimate(), exact: false };
  }

  quantile(q: number): number {
    const sample = this.exactSample();
    return sample ? exactQuantile(sample, q) : this.kll.quantile(q);
  }

  /** The exact values in order, computed once until more values arrive. */
  exactSample(): SortedSample | undefined {
    return this.values?.sample();
  }

  toJSON(summaries = true): ColumnProfileJson {
    const [frequent, hll] = [this.frequent, this.hll]; // read once: in derived mode each read derives them
    const kinds: Partial<Record<KindName, number>> = {};
    this.kindCounts.forEach((c, k) => c > 0 && (kinds[KIND_NAMES[k]!] = c));
    const out: ColumnProfileJson = {
      name: this.name,
      type: this.type,
      count: this.count,
      nulls: this.nulls,
      kinds,
      distinct: { ...this.distinct(frequent, hll), hll: hll.toBase64() },
    };
    if (this.moments.n > 0) {
      const v = variance(this.moments, 1);
      out.numeric = { ...this.moments, variance: v, std: Math.sqrt(v) };
      const qs = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
      const sample = this.exactSample();
      const written = (array: Float64Array) => (summaries ? Array.from(array) : array);
      out.distribution = {
        exact: sample !== undefined,
        ...(sample ? { values: written(sample.values) } : {}),
        ...(sample?.counts ? { counts: written(sample.counts) } : {}),
        sketch: this.kll.toJSON(),
        quantiles: summaries ? Object.fromEntries(qs.map((q) => [`p${Math.round(q * 100)}`, this.quantile(q)])) : {},
      };
      if (summaries) out.bins = this.referenceBins();
    }
    if (Number.isFinite(this.temporalMin)) out.temporal = { min: new Date(this.temporalMin).toISOString(), max: new Date(this.temporalMax).toISOString() };
    if (Number.isFinite(this.minLength)) out.text = { minLength: this.minLength, maxLength: this.maxLength };
    if (frequent) out.frequent = { exact: frequent.exact, error: frequent.error, items: frequent.top(this.options.frequentCapacity) };
    return out;
  }

  static fromJSON(json: ColumnProfileJson, options: ProfileOptions = DEFAULT_PROFILE_OPTIONS): ColumnProfile {
    const p = new ColumnProfile(json.name, options);
    p.pending = false; // the summaries are read, not derived
    p.count = json.count;
    p.nulls = json.nulls;
    for (const [name, c] of Object.entries(json.kinds)) p.kindCounts[KIND_NAMES.indexOf(name as KindName)] = c!;
    if (json.numeric) {
      const { n, mean, meanError = 0, m2, min, max } = json.numeric;
      p._moments = { n, mean, meanError, m2, min, max };
    }
    if (json.temporal) {
      p.temporalMin = Date.parse(json.temporal.min);
      p.temporalMax = Date.parse(json.temporal.max);
    }
    if (json.text) {
      p.minLength = json.text.minLength;
      p.maxLength = json.text.maxLength;
    }
    p._hll = HyperLogLog.fromBase64(json.distinct.hll);
    if (json.frequent) {
      p._frequent = FrequentItems.of(json.frequent.items, options.frequentCapacity, json.frequent.exact, json.frequent.error);
    } else p._frequent = undefined;
    p.values = json.distribution ? json.distribution.values && ExactValues.of(json.distribution.values, json.distribution.counts, options.exactLimit) : new ExactValues(options.exactLimit);
    if (json.distribution) p._kll = KllSketch.fromJSON(json.distribution.sketch);
    return p;
  }

  /** Decile edges of this (reference) data, frozen so that a later sample is binned the same way. */
  referenceBins(): { edges: number[]; counts: number[] } {
    const edges = [this.moments.min];
    for (let b = 1; b < BINS; b++) {
      const q = this.quantile(b / BINS);
      if (q > edges[edges.length - 1]!) edges.push(q);
    }
    if (this.moments.max > edges[edges.length - 1]! || edges.length === 1) edges.push(this.moments.max);
    return { edges, counts: this.binCounts(edges) };
  }

  /** Counts per bin [e0,e1), [e1,e2) … [e_{n-1}, e_n]; values outside fall into the outer bins. */
  binCounts(edges: number[]): number[] {
    const counts = new Array<number>(edges.length - 1).fill(0);
    const sample = this.exactSample();
    if (sample) {
      // Bin i ends where values reach edges[i+1]: one binary search per inner edge.
      let start = 0;
      for (let b = 0; b < counts.length - 1; b++) {
        const end = countBelow(sample, edges[b + 1]!);
        counts[b] = end - start;
        start = end;
      }
      counts[counts.length - 1] = sample.n - start;
      return counts;
    }
    const { values, weights } = this.kll.weighted();
    const scale = this.moments.n / weights.reduce((a, b) => a + b, 0);
    values.forEach((x, i) => (counts[binOf(edges, x)]! += weights[i]! * scale));
    return counts.map((c) => Math.round(c));
  }
}

/**
 * The tally of one column's batch by dictionary code (see ColumnProfile.tally): one for every column,
 * since a column's batch is added, and the tally emptied, before the next column's.
 */
const tallyCounts = new Int32Array(MAX_ENTRIES);
const tallyKinds = new Uint8Array(MAX_ENTRIES);
/** The first value of each code tallied (see countByCode). */
const tallyFirst = new Int32Array(MAX_ENTRIES);
const tallied: number[] = [];


export function binOf(edges: number[], x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x >= edges[mid]!) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
