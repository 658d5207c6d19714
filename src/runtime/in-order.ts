// Parts of one input (byte ranges, runs of row groups, batches of files) are read on several threads but
// must be merged in order, so that results never depend on which thread finished first.

/**
 * Starts part 0 … count − 1 with `start`, at most `ahead` of them before the next one is taken, and hands
 * each result to `take` in order; a result is let go once taken, so memory holds a few parts, not the
 * input. A part's failure is thrown when its turn comes. When `take` returns false, reading stops: the
 * parts under way are waited for (the calling thread may be reading one) before this returns.
 */
export async function inOrder<T>(count: number, ahead: number, start: (i: number) => Promise<T>, take: (result: T, i: number) => Promise<boolean | void> | boolean | void): Promise<void> {
  ahead = Math.max(1, ahead);
  const started: Promise<T>[] = [];
  const launch = (i: number) => {
    const part = start(i);
    part.catch(() => {}); // reported when its turn comes
    started.push(part);
  };
  for (let i = 0; i < Math.min(ahead, count); i++) launch(i);
  for (let i = 0; i < count; i++) {
    const result = await started.shift()!;
    if ((await take(result, i)) === false) {
      await Promise.allSettled(started);
      return;
    }
    if (i + ahead < count) launch(i + ahead);
  }
}
