// The compatibility rule for one column constraint, from the model's point of view (Avro's forward
// compatibility): the change is breaking when some value the new schema accepts is rejected by the old
// constraint. Decided on the sets of accepted texts (values.ts), in this order:
//   1. the new column accepts a finite set we can list (allowed values, booleans): every one is tried;
//   2. a new constraint implies the old one (a tighter bound, a narrower type, a pattern whose language
//      lies within the old pattern's, decided on automata): compatible;
//   3. a witness, a text the new schema accepts and the old constraint rejects, is looked for among values
//      next to every bound and length, typical values of every kind and the automata's shortest words:
//      breaking, and the witness says why;
//   4. neither proven: judged breaking, conservatively, and the reason says so.
import type { KindCode } from '../../data/values.js';
import { ACCEPTED_KINDS, boundValue, COMPARABLE } from '../checks.js';
import type { ColumnSchema } from '../schema.js';
import { textContainment } from './text-language.js';
import { candidateTexts, finiteTexts, type ValueSet } from './values.js';

export interface Verdict {
  breaking: boolean;
  reason: string;
  /** Neither contained nor shown otherwise by a witness: judged breaking to be safe. */
  conservative?: boolean;
}


const show = (text: string) => (text === '' ? 'an empty cell' : JSON.stringify(text));

/** Rows may fail a check with mostly < 1: only the others bound every value. */
const hard = <T>(spec: { value: T; mostly: number } | undefined): T | undefined => (spec?.mostly === 1 ? spec.value : undefined);

/** Whether the new bound is at least as tight as the old one (min: not lower; max: not higher). */
function tighter(after: ColumnSchema, before: ColumnSchema, side: 'min' | 'max'): boolean {
  const a = hard(after[side]);
  const b = before[side]?.value;
  if (a === undefined || b === undefined) return false;
  const [x, y] = [boundValue(a), boundValue(b)];
  const strictA = side === 'min' ? after.strictMin : after.strictMax;
  const strictB = side === 'min' ? before.strictMin : before.strictMax;
  if (x === y) return strictA || !strictB;
  return side === 'min' ? x > y : x < y;
}

/** The value kinds the new column can hold: those its type accepts (the validator's own table), only ordered ones if it has bounds. */
function kindsOf(column: ColumnSchema): KindCode[] {
  const kinds = ACCEPTED_KINDS[hard(column.type) ?? 'string'];
  return hard(column.min) !== undefined || hard(column.max) !== undefined ? kinds.filter((k) => COMPARABLE[k] === 1) : kinds;
}

/** A closed set of categories: a categorical column, or one whose values are listed. */
const closed = (column: ColumnSchema) => hard(column.type) === 'categorical' || hard(column.allowed) !== undefined;

/**
 * Step 2: true when a new constraint implies the old one; otherwise a verdict of its own, or the words
 * (shortest first) that the new text constraints accept and the old one rejects, to try as witnesses.
 */
function implied(key: string, after: ValueSet, before: ColumnSchema): boolean | Verdict | string[] {
  const a = after.column;
  switch (key) {
    case 'type': {
      if (before.type?.value === 'categorical' && !closed(a)) {
        return { breaking: true, reason: 'the old categorical column had a closed set of categories (the ones the model was trained on); the new one accepts any value' };
      }
      const old = ACCEPTED_KINDS[before.type!.value];
      return kindsOf(a).every((k) => old.includes(k));
    }
    case 'min':
    case 'max':
      return tighter(a, before, key);
    case 'nullable':
      return !after.acceptsNulls;
    case 'pattern':
    case 'min-length':
    case 'max-length': {
      if (key === 'pattern' && hard(a.pattern) === before.pattern!.value) return true;
      const old = key === 'pattern' ? { pattern: before.pattern!.value } : key === 'min-length' ? { minLength: before.minLength!.value } : { maxLength: before.maxLength!.value };
      const decided = textContainment({ pattern: hard(a.pattern), minLength: hard(a.minLength), maxLength: hard(a.maxLength) }, old);
      return decided === undefined ? false : decided.words.length === 0 || decided.words;
    }
    default:
      return false;
  }
}

/** Types our checks do not verify (Frictionless time, object…), compared by name: any text holds each of them. */
function typeNames(after: ColumnSchema, before: ColumnSchema): Verdict {
  const a = after.declaredType ?? after.type?.value ?? 'any';
  const b = before.declaredType ?? before.type?.value ?? 'any';
  const anyText = (t: string) => t === 'any' || t === 'string';
  if (a === b || anyText(b)) return { breaking: false, reason: `every ${a} value is a ${b} value` };
  return { breaking: true, reason: `a ${a} value is not a ${b} value` };
}

/**
 * Judges the old column's constraint `key` (type, nullable, min, max, allowed, pattern, min-length,
 * max-length) against every value the new column accepts. `after` holds the new column's hard checks,
 * `before` the old column's checks; each side reads nulls with its own missing values.
 */
export function judgeValues(key: string, after: ValueSet, before: ValueSet): Verdict {
  // Texts that are null on one side only are the missing values' change, judged on its own (judgeMissing).
  const apart = (t: string) => after.isNull(t) !== before.isNull(t);
  const witnessIn = (texts: Iterable<string>) => [...texts].find((t) => !apart(t) && after.accepts(t) && !before.accepts(t, key));
  const contained: Verdict = { breaking: false, reason: 'every value the new schema accepts is accepted by the old one' };
  const breaking = (witness: string): Verdict => ({ breaking: true, reason: `the new schema accepts ${show(witness)}, which the old ${key} rejects` });
  if (key === 'type' && (after.column.declaredType !== undefined || before.column.declaredType !== undefined)) return typeNames(after.column, before.column);
  const finite = finiteTexts(after);
  if (finite) {
    const witness = witnessIn(finite);
    return witness === undefined ? contained : breaking(witness);
  }
  const implication = implied(key, after, before.column);
  if (implication === true) return contained;
  if (typeof implication === 'object' && !Array.isArray(implication)) return implication;
  const words = Array.isArray(implication) ? implication : [];
  const witness = witnessIn([...words, ...candidateTexts([after.column, before.column], [...after.missing, ...before.missing])]);
  if (witness !== undefined) return breaking(witness);
  const patterns = key === 'pattern' || after.column.pattern || before.column.pattern;
  return {
    breaking: true,
    conservative: true,
    reason: `judged conservatively: containment could not be proven, and no value was found that the new schema accepts and the old ${key} rejects${patterns ? ' (patterns are compared exactly as automata, but not combined with types and bounds)' : ''}`,
  };
}

/**
 * The missing values' change for one column: a text that is null on one side only must be accepted by
 * the old column as the new one reads it (a null where the old one reads a value, or the reverse).
 */
export function judgeMissing(after: ValueSet, before: ValueSet): Verdict | undefined {
  const apart = [...new Set([...after.missing, ...before.missing])].filter((t) => after.isNull(t) !== before.isNull(t));
  const witness = apart.find((t) => after.accepts(t) && !before.accepts(t));
  if (witness === undefined) return undefined;
  const how = (set: ValueSet) => (set.isNull(witness) ? 'a null' : 'a value');
  return { breaking: true, reason: `${show(witness)} is ${how(after)} the new schema accepts, and as ${how(before)} the old one rejects it` };
}
