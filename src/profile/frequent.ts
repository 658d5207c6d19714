// Value counts: exact while the distinct values fit `capacity`, then Misra–Gries heavy hitters
// (counts are lower bounds, off by at most n/capacity). Both forms merge.

export class FrequentItems {
  counts = new Map<string, number>();
  exact = true;
  /** Weight removed by Misra–Gries purges: the most any count can be under its true value. */
  error = 0;

  constructor(readonly capacity = 1000) {}

  add(key: string, weight = 1): void {
    const count = this.counts.get(key);
    if (count !== undefined) {
      this.counts.set(key, count + weight);
      return;
    }
    this.counts.set(key, weight);
    if (this.counts.size > (this.exact ? this.capacity : 2 * this.capacity)) this.purge();
  }

  merge(other: FrequentItems): void {
    for (const [key, count] of other.counts) this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    this.exact &&= other.exact;
    this.error += other.error;
    if (this.counts.size > this.capacity) this.purge();
  }

  /**
   * The same counts under other keys (keys given the same one add up); this object itself when no key
   * changes. Misra–Gries undercounts add up too, so the error grows with the most keys given one.
   */
  rekeyed(key: (text: string) => string): FrequentItems {
    if ([...this.counts.keys()].every((text) => key(text) === text)) return this;
    const out = new FrequentItems(this.capacity);
    const texts = new Map<string, number>(); // how many keys became each new one
    for (const [text, count] of this.counts) {
      const k = key(text);
      out.counts.set(k, (out.counts.get(k) ?? 0) + count);
      texts.set(k, (texts.get(k) ?? 0) + 1);
    }
    out.exact = this.exact;
    out.error = this.error * Math.max(...texts.values());
    return out;
  }

  top(limit: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  }

  /** Subtracts the (capacity+1)-th largest count from all (Misra–Gries) and drops what falls to zero. */
  private purge(): void {
    this.exact = false;
    const sorted = [...this.counts.values()].sort((a, b) => b - a);
    const cut = sorted[this.capacity] ?? 0;
    if (cut === 0) return;
    this.error += cut;
    for (const [key, count] of this.counts) {
      if (count <= cut) this.counts.delete(key);
      else this.counts.set(key, count - cut);
    }
  }
}
