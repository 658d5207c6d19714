// KLL quantile sketch (Karnin, Lang & Liberty, "Optimal Quantile Approximation in Streams", FOCS 2016):
// mergeable, memory O(k log(n/k)), rank error about 1.65/k. Coin flips come from a seeded
// generator so the same data gives the same sketch.

export interface KllJson {
  k: number;
  n: number;
  levels: number[][];
  seed: number;
}

export class KllSketch {
  private levels: number[][] = [[]];
  private seed: number;
  n = 0;

  constructor(
    readonly k = 200,
    seed = 0x9e3779b9,
  ) {
    this.seed = seed >>> 0 || 1;
  }

  static fromJSON(json: KllJson): KllSketch {
    const sketch = new KllSketch(json.k, json.seed);
    sketch.levels = json.levels.map((l) => l.slice());
    sketch.n = json.n;
    return sketch;
  }

  toJSON(): KllJson {
    return { k: this.k, n: this.n, levels: this.levels.map((l) => l.slice()), seed: this.seed };
  }

  update(x: number): void {
    const level0 = this.levels[0]!;
    level0.push(x);
    this.n++;
    if (level0.length >= this.capacity(0)) this.compress();
  }

  merge(other: KllSketch): void {
    while (this.levels.length < other.levels.length) this.levels.push([]);
    other.levels.forEach((items, h) => this.levels[h]!.push(...items));
    this.n += other.n;
    this.compress();
  }

  /** Fraction of the weight at or below x (the empirical CDF). */
  cdf(x: number): number {
    let below = 0;
    let total = 0;
    this.levels.forEach((items, h) => {
      const w = 2 ** h;
      for (const v of items) {
        total += w;
        if (v <= x) below += w;
      }
    });
    return total === 0 ? NaN : below / total;
  }

  /** Items with their weights, sorted: the sketch's stand-in for the sorted sample. */
  weighted(): { values: number[]; weights: number[] } {
    const pairs: [number, number][] = [];
    this.levels.forEach((items, h) => items.forEach((v) => pairs.push([v, 2 ** h])));
    pairs.sort((a, b) => a[0] - b[0]);
    return { values: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) };
  }

  quantile(q: number): number {
    const { values, weights } = this.weighted();
    if (values.length === 0) return NaN;
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    for (let i = 0; i < values.length; i++) {
      acc += weights[i]!;
      if (acc >= q * total) return values[i]!;
    }
    return values[values.length - 1]!;
  }

  private capacity(h: number): number {
    const depth = this.levels.length - 1 - h;
    return Math.max(2, Math.ceil(this.k * (2 / 3) ** depth));
  }

  private random(): number {
    // xorshift32
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed & 1;
  }

  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const items = this.levels[h]!;
      if (items.length < this.capacity(h)) continue;
      if (h + 1 === this.levels.length) this.levels.push([]);
      items.sort((a, b) => a - b);
      // An odd item out stays at this level; the rest halve, every other one promoted.
      const keep = items.length % 2 === 1 ? [items.pop()!] : [];
      const offset = this.random();
      const next = this.levels[h + 1]!;
      for (let i = offset; i < items.length; i += 2) next.push(items[i]!);
      this.levels[h] = keep;
    }
  }
}
