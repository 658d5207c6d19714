// A column's accepted cell texts, as the validator decides them: each text is classified with the
// schema's missing values and put through the column's own row checks (checks.ts). Schema evolution
// is judged on these sets, so it can never disagree with what validation accepts.
import { classifyColumn } from '../../data/values.js';
import { rowChecksFor, summarize, type RowCheck } from '../checks.js';
import type { ColumnSchema, Schema } from '../schema.js';

/** The schema's key for each row check, and back. */
export const CHECK_OF_KEY: Record<string, string> = {
  type: 'type', nullable: 'not-null', min: 'min', max: 'max', allowed: 'allowed', pattern: 'pattern', 'min-length': 'min-length', 'max-length': 'max-length',
};

export class ValueSet {
  readonly missing: ReadonlySet<string>;
  private readonly checks: RowCheck[];

  /** `hard`: only the checks that hold for every row (mostly 1); a share-based check admits anything now and then. */
  constructor(
    readonly column: ColumnSchema,
    schema: Pick<Schema, 'missingValues'>,
    hard = false,
  ) {
    this.missing = new Set(schema.missingValues);
    this.checks = rowChecksFor(column).filter((check) => !hard || check.spec.mostly === 1);
  }

  isNull(text: string): boolean {
    return this.missing.has(text);
  }

  /** Whether a cell with this text passes every row check, or only the one for `key`. */
  accepts(text: string, key?: string): boolean {
    const classified = classifyColumn([text], 1, this.missing, true);
    const summary = summarize(classified, 1);
    let ok = true;
    for (const check of this.checks) if (key === undefined || check.check === CHECK_OF_KEY[key]) check.scan(classified, 1, () => (ok = false), summary);
    return ok;
  }

  /** Whether the column may hold nulls: no not-null check, and no max-null-fraction of 0. */
  get acceptsNulls(): boolean {
    return !this.checks.some((check) => check.judgesNulls) && this.column.maxNullFraction?.value !== 0;
  }
}

const BOOLEAN_TEXTS = ['true', 'false'].flatMap((word) => caseVariants(word));

function caseVariants(word: string): string[] {
  if (word === '') return [''];
  const rest = caseVariants(word.slice(1));
  return [word[0]!.toLowerCase(), word[0]!.toUpperCase()].flatMap((c) => rest.map((r) => c + r));
}

/**
 * Every text the column can accept, when that is a finite set we can list: its allowed values (or the
 * spellings of true and false for a boolean column), plus its null texts. Undefined otherwise.
 */
export function finiteTexts(set: ValueSet): string[] | undefined {
  const column = set.column;
  const listed = column.allowed?.mostly === 1 ? column.allowed.value : column.type?.value === 'boolean' && column.type.mostly === 1 ? BOOLEAN_TEXTS : undefined;
  return listed && [...new Set([...listed, ...set.missing])];
}

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Texts near a bound: the bound, its neighbours as integers, decimals and (for dates) days and instants. */
function nearBound(bound: number | string): string[] {
  if (typeof bound === 'number') {
    const around = [bound, bound - 1, bound + 1, bound - 0.5, bound + 0.5, Math.floor(bound), Math.ceil(bound), Math.floor(bound) - 1, Math.ceil(bound) + 1];
    return around.map((x) => String(x));
  }
  const t = Date.parse(bound.replace(' ', 'T'));
  if (Number.isNaN(t)) return [bound];
  return [bound, isoDate(t), isoDate(t - DAY), isoDate(t + DAY), new Date(t).toISOString(), new Date(t - 1000).toISOString(), new Date(t + 1000).toISOString()];
}

const EXEMPLARS = ['0', '1', '-1', '2', '10', '100', '0.5', '-0.5', '1.5', '1e3', '1234567890123', 'true', 'false', 'TRUE', '2024-01-01', '2024-01-01T00:00:00Z', '1970-01-01', 'a', 'A', 'x', 'abc', 'zz', 'Zürich', '-', '?', 'NA', 'null'];

/**
 * Texts to try as witnesses that the new column accepts something the old one does not: typical values
 * of every kind, and values next to every bound, length and listed value either schema names.
 */
export function candidateTexts(columns: (ColumnSchema | undefined)[], extra: Iterable<string> = []): string[] {
  const texts = new Set<string>([...EXEMPLARS, ...extra]);
  for (const column of columns) {
    if (!column) continue;
    for (const bound of [column.min?.value, column.max?.value]) if (bound !== undefined) nearBound(bound).forEach((t) => texts.add(t));
    for (const length of [column.minLength?.value, column.maxLength?.value]) {
      if (length === undefined) continue;
      for (const n of [length - 1, length, length + 1]) if (n >= 1) ['a', 'Z', '7'].forEach((c) => texts.add(c.repeat(n)));
    }
    column.allowed?.value.forEach((t) => texts.add(t));
  }
  return [...texts];
}
