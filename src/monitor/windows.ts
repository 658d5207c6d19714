// Time windows over the current data, calendar-aligned in UTC: a window of hours starts at a multiple
// of its length after midnight, a day at midnight, a week (or any multiple of 7 days) on Monday.

export interface WindowSpec {
  /** As the input gave it, e.g. "1d". */
  text: string;
  size: number;
  /** An instant where a window starts. */
  origin: number;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
const DAY = UNIT_MS.d!;
/** 1970-01-05T00:00Z, a Monday. */
const MONDAY = 4 * DAY;
/** More windows than this would be a table no one reads and a profile per window in memory. */
export const MAX_WINDOWS = 1000;

/** "30m", "6h", "1d", "7d", "1w"; undefined when the text is not such a length or does not align with days. */
export function parseWindow(text: string): WindowSpec | undefined {
  const match = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!match) return undefined;
  const size = Number(match[1]) * UNIT_MS[match[2]!]!;
  const aligned = size > 0 && (size < DAY ? DAY % size === 0 : size % DAY === 0);
  if (!aligned) return undefined;
  return { text: text.trim(), size, origin: size % (7 * DAY) === 0 ? MONDAY : 0 };
}

/** The start of the window holding instant t (epoch milliseconds). */
export function windowStart(spec: WindowSpec, t: number): number {
  return spec.origin + Math.floor((t - spec.origin) / spec.size) * spec.size;
}
