export const id = 647;
export const ids = [647];
export const modules = {

/***/ 37647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareSchemas: () => (/* reexport */ compareSchemas),
  schemaLocator: () => (/* reexport */ schemaLocator)
});

// EXTERNAL MODULE: ./src/validate/checks.ts
var checks = __webpack_require__(75977);
// EXTERNAL MODULE: ./node_modules/refa/index.js
var refa = __webpack_require__(55168);
;// CONCATENATED MODULE: ./src/validate/compat/text-language.ts
// The texts a pattern and length bounds accept, as a finite automaton (refa), so that containment of
// two such languages is decided exactly: L(new) ⊆ L(old) iff L(new) ∩ complement(L(old)) is empty, and
// when it is not, its shortest words are witnesses. Patterns are unanchored (RE2's find, as the
// validator runs them): the language of /p/ is every text with a match somewhere. Undecided (undefined) when a pattern
// uses syntax JavaScript's regular expressions lack (RE2's \x{e9}, (?P<name>…)) or the automaton grows too big.

/** States an automaton may have: enough for any pattern a schema holds, and quick to give up on others. */
const MAX_NODES = 20_000;
/** The automaton of a regular expression's whole-text matches. */
function automaton(source) {
    const { expression, maxCharacter } = refa.JS.Parser.fromLiteral({ source, flags: 'u' }).parse({ maxNodes: MAX_NODES });
    const simplified = (0,refa/* transform */.pd)(refa/* Transformers */.tG.patternEdgeAssertions({ remove: true }), (0,refa/* transform */.pd)(refa/* Transformers */.tG.simplify(), expression));
    const dfa = refa/* DFA */.M8.fromFA(refa/* NFA */.MD.fromRegex(simplified, { maxCharacter }, {}, new refa/* NFA */.MD.LimitedNodeFactory(MAX_NODES)), new refa/* DFA */.M8.LimitedNodeFactory(MAX_NODES));
    dfa.minimize();
    return dfa;
}
/** The automaton of the texts that match the pattern and have a length within the bounds. */
function language(c) {
    const lengths = automaton(`[^]{${c.minLength ?? 0},${c.maxLength ?? ''}}`);
    if (c.pattern === undefined)
        return lengths;
    return refa/* DFA */.M8.fromIntersection(automaton(`[^]*(?:${c.pattern})[^]*`), lengths, new refa/* DFA */.M8.LimitedNodeFactory(MAX_NODES));
}
/**
 * Whether every text the new constraints accept is accepted by the old ones: `words` empty when so,
 * else up to `max` shortest texts that the new accept and the old do not; undefined when undecided.
 */
function textContainment(after, before, max = 20) {
    try {
        const rejected = language(before);
        rejected.complement();
        const words = [];
        for (const set of (0,refa/* getIntersectionWordSets */.$m)(language(after), rejected, MAX_NODES)) {
            words.push(refa/* Words */.UG.fromUnicodeToString(refa/* Words */.UG.pickMostReadableWord(set)));
            if (words.length >= max)
                break;
        }
        return { words };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/data/values.ts
var values = __webpack_require__(62884);
;// CONCATENATED MODULE: ./src/validate/compat/values.ts
// A column's accepted cell texts, as the validator decides them: each text is classified with the
// schema's missing values and put through the column's own row checks (checks.ts). Schema evolution
// is judged on these sets, so it can never disagree with what validation accepts.


/** The schema's key for each row check, and back. */
const CHECK_OF_KEY = {
    type: 'type', nullable: 'not-null', min: 'min', max: 'max', allowed: 'allowed', pattern: 'pattern', 'min-length': 'min-length', 'max-length': 'max-length',
};
class ValueSet {
    column;
    missing;
    checks;
    /** `hard`: only the checks that hold for every row (mostly 1); a share-based check admits anything now and then. */
    constructor(column, schema, hard = false) {
        this.column = column;
        this.missing = new Set(schema.missingValues);
        this.checks = (0,checks/* rowChecksFor */.n1)(column).filter((check) => !hard || check.spec.mostly === 1);
    }
    isNull(text) {
        return this.missing.has(text);
    }
    /** Whether a cell with this text passes every row check, or only the one for `key`. */
    accepts(text, key) {
        const classified = (0,values/* classifyColumn */.fR)([text], 1, this.missing, true);
        const summary = (0,checks/* summarize */.eh)(classified, 1);
        let ok = true;
        for (const check of this.checks)
            if (key === undefined || check.check === CHECK_OF_KEY[key])
                check.scan(classified, 1, () => (ok = false), summary);
        return ok;
    }
    /** Whether the column may hold nulls: no not-null check, and no max-null-fraction of 0. */
    get acceptsNulls() {
        return !this.checks.some((check) => check.judgesNulls) && this.column.maxNullFraction?.value !== 0;
    }
}
const BOOLEAN_TEXTS = ['true', 'false'].flatMap((word) => caseVariants(word));
function caseVariants(word) {
    if (word === '')
        return [''];
    const rest = caseVariants(word.slice(1));
    return [word[0].toLowerCase(), word[0].toUpperCase()].flatMap((c) => rest.map((r) => c + r));
}
/**
 * Every text the column can accept, when that is a finite set we can list: its allowed values (or the
 * spellings of true and false for a boolean column), plus its null texts. Undefined otherwise.
 */
function finiteTexts(set) {
    const column = set.column;
    const listed = column.allowed?.mostly === 1 ? column.allowed.value : column.type?.value === 'boolean' && column.type.mostly === 1 ? BOOLEAN_TEXTS : undefined;
    return listed && [...new Set([...listed, ...set.missing])];
}
const DAY = 86_400_000;
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
/** Texts near a bound: the bound, its neighbours as integers, decimals and (for dates) days and instants. */
function nearBound(bound) {
    if (typeof bound === 'number') {
        const around = [bound, bound - 1, bound + 1, bound - 0.5, bound + 0.5, Math.floor(bound), Math.ceil(bound), Math.floor(bound) - 1, Math.ceil(bound) + 1];
        return around.map((x) => String(x));
    }
    const t = Date.parse(bound.replace(' ', 'T'));
    if (Number.isNaN(t))
        return [bound];
    return [bound, isoDate(t), isoDate(t - DAY), isoDate(t + DAY), new Date(t).toISOString(), new Date(t - 1000).toISOString(), new Date(t + 1000).toISOString()];
}
const EXEMPLARS = ['0', '1', '-1', '2', '10', '100', '0.5', '-0.5', '1.5', '1e3', '1234567890123', 'true', 'false', 'TRUE', '2024-01-01', '2024-01-01T00:00:00Z', '1970-01-01', 'a', 'A', 'x', 'abc', 'zz', 'Zürich', '-', '?', 'NA', 'null'];
/**
 * Texts to try as witnesses that the new column accepts something the old one does not: typical values
 * of every kind, and values next to every bound, length and listed value either schema names.
 */
function candidateTexts(columns, extra = []) {
    const texts = new Set([...EXEMPLARS, ...extra]);
    for (const column of columns) {
        if (!column)
            continue;
        for (const bound of [column.min?.value, column.max?.value])
            if (bound !== undefined)
                nearBound(bound).forEach((t) => texts.add(t));
        for (const length of [column.minLength?.value, column.maxLength?.value]) {
            if (length === undefined)
                continue;
            for (const n of [length - 1, length, length + 1])
                if (n >= 1)
                    ['a', 'Z', '7'].forEach((c) => texts.add(c.repeat(n)));
        }
        column.allowed?.value.forEach((t) => texts.add(t));
    }
    return [...texts];
}

;// CONCATENATED MODULE: ./src/validate/compat/rule.ts



const show = (text) => (text === '' ? 'an empty cell' : JSON.stringify(text));
/** Rows may fail a check with mostly < 1: only the others bound every value. */
const hard = (spec) => (spec?.mostly === 1 ? spec.value : undefined);
/** Whether the new bound is at least as tight as the old one (min: not lower; max: not higher). */
function tighter(after, before, side) {
    const a = hard(after[side]);
    const b = before[side]?.value;
    if (a === undefined || b === undefined)
        return false;
    const [x, y] = [(0,checks/* boundValue */.O)(a), (0,checks/* boundValue */.O)(b)];
    const strictA = side === 'min' ? after.strictMin : after.strictMax;
    const strictB = side === 'min' ? before.strictMin : before.strictMax;
    if (x === y)
        return strictA || !strictB;
    return side === 'min' ? x > y : x < y;
}
/** The value kinds the new column can hold: those its type accepts (the validator's own table), only ordered ones if it has bounds. */
function kindsOf(column) {
    const kinds = checks/* ACCEPTED_KINDS */.Oi[hard(column.type) ?? 'string'];
    return hard(column.min) !== undefined || hard(column.max) !== undefined ? kinds.filter((k) => checks/* COMPARABLE */.FQ[k] === 1) : kinds;
}
/** A closed set of categories: a categorical column, or one whose values are listed. */
const rule_closed = (column) => hard(column.type) === 'categorical' || hard(column.allowed) !== undefined;
/**
 * Step 2: true when a new constraint implies the old one; otherwise a verdict of its own, or the words
 * (shortest first) that the new text constraints accept and the old one rejects, to try as witnesses.
 */
function implied(key, after, before) {
    const a = after.column;
    switch (key) {
        case 'type': {
            if (before.type?.value === 'categorical' && !rule_closed(a)) {
                return { breaking: true, reason: 'the old categorical column had a closed set of categories (the ones the model was trained on); the new one accepts any value' };
            }
            const old = checks/* ACCEPTED_KINDS */.Oi[before.type.value];
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
            if (key === 'pattern' && hard(a.pattern) === before.pattern.value)
                return true;
            const old = key === 'pattern' ? { pattern: before.pattern.value } : key === 'min-length' ? { minLength: before.minLength.value } : { maxLength: before.maxLength.value };
            const decided = textContainment({ pattern: hard(a.pattern), minLength: hard(a.minLength), maxLength: hard(a.maxLength) }, old);
            return decided === undefined ? false : decided.words.length === 0 || decided.words;
        }
        default:
            return false;
    }
}
/** Types our checks do not verify (Frictionless time, object…), compared by name: any text holds each of them. */
function typeNames(after, before) {
    const a = after.declaredType ?? after.type?.value ?? 'any';
    const b = before.declaredType ?? before.type?.value ?? 'any';
    const anyText = (t) => t === 'any' || t === 'string';
    if (a === b || anyText(b))
        return { breaking: false, reason: `every ${a} value is a ${b} value` };
    return { breaking: true, reason: `a ${a} value is not a ${b} value` };
}
/**
 * Judges the old column's constraint `key` (type, nullable, min, max, allowed, pattern, min-length,
 * max-length) against every value the new column accepts. `after` holds the new column's hard checks,
 * `before` the old column's checks; each side reads nulls with its own missing values.
 */
function judgeValues(key, after, before) {
    // Texts that are null on one side only are the missing values' change, judged on its own (judgeMissing).
    const apart = (t) => after.isNull(t) !== before.isNull(t);
    const witnessIn = (texts) => [...texts].find((t) => !apart(t) && after.accepts(t) && !before.accepts(t, key));
    const contained = { breaking: false, reason: 'every value the new schema accepts is accepted by the old one' };
    const breaking = (witness) => ({ breaking: true, reason: `the new schema accepts ${show(witness)}, which the old ${key} rejects` });
    if (key === 'type' && (after.column.declaredType !== undefined || before.column.declaredType !== undefined))
        return typeNames(after.column, before.column);
    const finite = finiteTexts(after);
    if (finite) {
        const witness = witnessIn(finite);
        return witness === undefined ? contained : breaking(witness);
    }
    const implication = implied(key, after, before.column);
    if (implication === true)
        return contained;
    if (typeof implication === 'object' && !Array.isArray(implication))
        return implication;
    const words = Array.isArray(implication) ? implication : [];
    const witness = witnessIn([...words, ...candidateTexts([after.column, before.column], [...after.missing, ...before.missing])]);
    if (witness !== undefined)
        return breaking(witness);
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
function judgeMissing(after, before) {
    const apart = [...new Set([...after.missing, ...before.missing])].filter((t) => after.isNull(t) !== before.isNull(t));
    const witness = apart.find((t) => after.accepts(t) && !before.accepts(t));
    if (witness === undefined)
        return undefined;
    const how = (set) => (set.isNull(witness) ? 'a null' : 'a value');
    return { breaking: true, reason: `${show(witness)} is ${how(after)} the new schema accepts, and as ${how(before)} the old one rejects it` };
}

;// CONCATENATED MODULE: ./src/validate/compat/compare.ts


/** The keys of a column, and how each reads its spec with a comparable value. */
const ROW_KEYS = ['type', 'nullable', 'min', 'max', 'allowed', 'pattern', 'min-length', 'max-length'];
const AGGREGATE_KEYS = ['max-null-fraction', 'mean', 'median', 'std', 'distinct-count'];
function specOf(column, key) {
    switch (key) {
        case 'type': {
            const declared = column.declaredType;
            return declared !== undefined ? { value: declared, severity: 'error', mostly: 1 } : column.type;
        }
        case 'nullable':
            return column.nullable?.value === false ? column.nullable : undefined; // nulls allowed unless said otherwise
        case 'min':
            return column.min && { ...column.min, value: { bound: column.min.value, strict: column.strictMin } };
        case 'max':
            return column.max && { ...column.max, value: { bound: column.max.value, strict: column.strictMax } };
        case 'unique':
            return column.unique?.value ? column.unique : undefined;
        case 'max-null-fraction':
            return column.maxNullFraction;
        case 'distinct-count':
            return column.distinctCount;
        case 'min-length':
            return column.minLength;
        case 'max-length':
            return column.maxLength;
        default:
            if (key.startsWith('quantiles.')) {
                const range = column.quantiles?.value[key.slice('quantiles.'.length)];
                return range && { ...column.quantiles, value: range };
            }
            return column[key];
    }
}
/** A constraint's value as people read it. */
function shown(key, value) {
    if (key === 'nullable')
        return value === false ? 'no nulls' : 'nulls allowed';
    if (value === undefined)
        return null;
    if (key === 'min' || key === 'max') {
        const { bound, strict } = value;
        return `${key === 'min' ? (strict ? '>' : '≥') : strict ? '<' : '≤'} ${bound}`;
    }
    return value;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const words = (value) => (value === null ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value));
/** A check made looser without changing its value: a warning no longer fails the step, a lower `mostly` lets more rows fail. */
function relaxed(before, after) {
    if (!before || !after)
        return undefined;
    const changes = [];
    const reasons = [];
    if (before.severity === 'error' && after.severity === 'warning') {
        changes.push('severity error → warning');
        reasons.push('data that fails it no longer fails the step');
    }
    if (after.mostly < before.mostly) {
        changes.push(`mostly ${before.mostly} → ${after.mostly}`);
        reasons.push('a larger share of rows may fail it');
    }
    return changes.length > 0 ? { change: changes.join(', '), reason: reasons.join('; ') } : undefined;
}
const inRange = (inner, outer) => (outer.min === undefined || (inner.min !== undefined && inner.min >= outer.min)) && (outer.max === undefined || (inner.max !== undefined && inner.max <= outer.max));
/** An aggregate's accepted values (an interval of the statistic): contained, or implied by the new value bounds. */
function judgeAggregate(key, before, after, afterSet) {
    const contained = { breaking: false, reason: 'every dataset the new schema accepts has a statistic the old one accepts' };
    if (key === 'max-null-fraction') {
        const newMax = after.maxNullFraction?.value;
        if (!afterSet.acceptsNulls || (newMax !== undefined && newMax <= before))
            return contained;
        return { breaking: true, reason: `the new schema accepts a share of nulls up to ${newMax ?? 1}, the old one at most ${before}` };
    }
    const range = before;
    const own = specOf(after, key);
    let bounds = own?.mostly === 1 ? own.value : undefined;
    // Every value within [a, b] puts the mean, the median and every quantile within [a, b] too.
    const valueBounds = { min: hardBound(after, 'min'), max: hardBound(after, 'max') };
    if ((key === 'mean' || key === 'median' || key.startsWith('quantiles.')) && (!bounds || !inRange(bounds, range)))
        bounds = { min: bounds?.min ?? valueBounds.min, max: bounds?.max ?? valueBounds.max };
    if (key === 'distinct-count' && after.allowed?.mostly === 1)
        bounds = { min: bounds?.min, max: Math.min(bounds?.max ?? Infinity, after.allowed.value.length) };
    if (bounds && inRange(bounds, range))
        return contained;
    return { breaking: true, reason: `the new schema accepts datasets whose ${key} is ${rangeWords(bounds ?? {})}, beyond the old ${rangeWords(range)}` };
}
function hardBound(column, side) {
    const spec = column[side];
    return spec?.mostly === 1 && typeof spec.value === 'number' ? spec.value : undefined;
}
const rangeWords = (r) => (r.min === undefined && r.max === undefined ? 'any value' : `[${r.min ?? '−∞'}, ${r.max ?? '∞'}]`);
/** Columns the table must have: required ones, and every listed one when columns is exact or superset. */
const mustHave = (schema, column) => column.required.value || (schema.columnsMode !== undefined && schema.columnsMode.value !== 'subset');
/** Whether data may carry columns the schema does not list. */
const acceptsExtra = (schema) => schema.columnsMode === undefined || schema.columnsMode.value === 'superset';
function compareSchemas(before, after) {
    const changes = [];
    const push = (column, key, change, b, a, verdict) => changes.push({ column, key, change, before: b, after: a, compatibility: verdict.breaking ? 'breaking' : 'compatible', reason: verdict.reason, ...(verdict.conservative ? { conservative: true } : {}) });
    const afterColumns = new Map(after.columns.map((c) => [c.name, c]));
    const beforeColumns = new Map(before.columns.map((c) => [c.name, c]));
    for (const old of before.columns) {
        const now = afterColumns.get(old.name);
        if (!now) {
            const constrained = ROW_KEYS.some((key) => specOf(old, key) !== undefined);
            const verdict = mustHave(before, old)
                ? { breaking: true, reason: 'the old schema requires this column; data without it is now valid' }
                : acceptsExtra(after) && constrained
                    ? { breaking: true, reason: 'the new schema accepts the column with any values; the old one constrained them' }
                    : { breaking: false, reason: 'the column was optional, and the new schema puts no value in it that the old one rejects' };
            push(old.name, 'column', 'column removed', old.name, null, verdict);
            continue;
        }
        if (mustHave(before, old) && !mustHave(after, now))
            push(old.name, 'required', 'required → optional', true, false, { breaking: true, reason: 'data without this column is now valid; the old schema required it' });
        if (!mustHave(before, old) && mustHave(after, now))
            push(old.name, 'required', 'optional → required', false, true, { breaking: false, reason: 'the new schema requires what the old one allowed' });
        compareColumn(before, old, after, now, push);
    }
    for (const column of after.columns) {
        if (beforeColumns.has(column.name))
            continue;
        push(column.name, 'column', 'column added', null, column.name, acceptsExtra(before)
            ? { breaking: false, reason: 'the old schema accepted columns it did not list' }
            : { breaking: true, reason: `the old schema accepted only its own columns (columns: ${before.columnsMode.value}); data with this one was invalid` });
    }
    compareTable(before, after, push);
    // Breaking first, then in the schema's order.
    return changes.map((c, i) => [c, i]).sort((x, y) => Number(x[0].compatibility === 'compatible') - Number(y[0].compatibility === 'compatible') || x[1] - y[1]).map(([c]) => c);
}
function compareColumn(beforeSchema, old, afterSchema, now, push) {
    const beforeSet = new ValueSet(old, beforeSchema);
    const afterSet = new ValueSet(now, afterSchema, true);
    const quantiles = [...new Set([...Object.keys(old.quantiles?.value ?? {}), ...Object.keys(now.quantiles?.value ?? {})])].map((p) => `quantiles.${p}`);
    for (const key of [...ROW_KEYS, 'unique', ...AGGREGATE_KEYS, ...quantiles]) {
        const b = specOf(old, key);
        const a = specOf(now, key);
        if (!b && !a)
            continue;
        const [bv, av] = [shown(key, b?.value), shown(key, a?.value)];
        const loosened = relaxed(b, a);
        if (same(bv, av)) {
            if (loosened)
                push(now.name, key, `${key}: ${loosened.change}`, bv, av, { breaking: true, reason: loosened.reason });
            continue;
        }
        const change = key === 'allowed' ? allowedWords(b?.value, a?.value) : `${key}: ${words(bv)} → ${words(av)}`;
        let verdict;
        if (!b)
            verdict = { breaking: false, reason: 'a new constraint: the new schema accepts less than the old one' };
        else if (ROW_KEYS.includes(key))
            verdict = judgeValues(key, afterSet, beforeSet);
        else if (key === 'unique')
            verdict = a || uniqueKey(afterSchema, now.name) ? { breaking: false, reason: 'the column is still unique' } : { breaking: true, reason: 'uniqueness dropped: the new schema accepts repeated values' };
        else
            verdict = judgeAggregate(key, b.value, now, afterSet);
        if (loosened && !verdict.breaking)
            verdict = { breaking: true, reason: `${loosened.change}: ${loosened.reason}` };
        push(now.name, key, change, bv, av, verdict);
    }
}
/** The column alone is a unique key of the table (a one-field primary key). */
const uniqueKey = (schema, name) => schema.uniqueTogether.some((g) => g.mostly === 1 && g.value.length === 1 && g.value[0] === name);
function allowedWords(before, after) {
    if (!before)
        return 'allowed values listed';
    if (!after)
        return 'allowed values no longer listed';
    const added = after.filter((v) => !before.includes(v)).map((v) => JSON.stringify(v));
    const removed = before.filter((v) => !after.includes(v)).map((v) => JSON.stringify(v));
    const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
    return `allowed values: ${parts.join('; ') || 'reordered'}`;
}
function compareTable(before, after, push) {
    const [bMode, aMode] = [before.columnsMode?.value ?? null, after.columnsMode?.value ?? null];
    if (bMode !== aMode) {
        const verdict = acceptsExtra(after) && !acceptsExtra(before)
            ? { breaking: true, reason: 'data may now carry columns the old schema did not list' }
            : { breaking: false, reason: 'the new schema accepts no column the old one rejected (required columns are judged one by one)' };
        push(null, 'table.columns', `columns: ${bMode ?? 'any'} → ${aMode ?? 'any'}`, bMode, aMode, verdict);
    }
    const [bRows, aRows] = [before.rowCount, after.rowCount];
    if (bRows && !same(bRows.value, aRows?.value)) {
        const ok = aRows !== undefined && inRange(aRows.value, bRows.value);
        push(null, 'table.row-count', `row-count: ${rangeWords(bRows.value)} → ${aRows ? rangeWords(aRows.value) : '(none)'}`, bRows.value, aRows?.value ?? null, ok ? { breaking: false, reason: 'narrowed' } : { breaking: true, reason: 'the new schema accepts row counts the old one rejects' });
    }
    else if (!bRows && aRows)
        push(null, 'table.row-count', `row-count: (none) → ${rangeWords(aRows.value)}`, null, aRows.value, { breaking: false, reason: 'a new constraint' });
    // Uniqueness over a group holds when a subset of it is unique: the old group needs such a subset in the new schema.
    const afterGroups = [...after.uniqueTogether.filter((g) => g.mostly === 1).map((g) => g.value), ...after.columns.filter((c) => c.unique?.value && c.unique.mostly === 1).map((c) => [c.name])];
    for (const group of before.uniqueTogether) {
        const kept = afterGroups.some((g) => g.every((name) => group.value.includes(name)));
        if (after.uniqueTogether.some((g) => same(g.value, group.value)))
            continue;
        push(null, 'table.unique-together', `unique together [${group.value.join(', ')}] ${kept ? 'implied by a narrower key' : 'dropped'}`, group.value, null, kept ? { breaking: false, reason: 'a subset of these columns is unique, so the group is too' } : { breaking: true, reason: 'the new schema accepts rows that repeat these values' });
    }
    for (const group of after.uniqueTogether) {
        if (!before.uniqueTogether.some((g) => same(g.value, group.value)))
            push(null, 'table.unique-together', `unique together [${group.value.join(', ')}] added`, null, group.value, { breaking: false, reason: 'a new constraint' });
    }
    if (!same([...before.missingValues].sort(), [...after.missingValues].sort())) {
        const reasons = [];
        for (const now of after.columns) {
            const old = before.columns.find((c) => c.name === now.name);
            if (!old)
                continue;
            const verdict = judgeMissing(new ValueSet(now, after, true), new ValueSet(old, before));
            if (verdict)
                reasons.push(`${now.name}: ${verdict.reason}`);
        }
        const change = `missing values: ${JSON.stringify(before.missingValues)} → ${JSON.stringify(after.missingValues)}`;
        push(null, 'missing-values', change, before.missingValues, after.missingValues, reasons.length ? { breaking: true, reason: reasons.join('; ') } : { breaking: false, reason: 'no column reads a text the old schema rejects' });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/validate/compat/lines.ts
// Where a schema change is written: the line of its key in the schema file (YAML or JSON, ours or a
// Frictionless Table Schema), so an annotation lands on it in the pull request. A key that is gone
// (a removed column, a dropped constraint) falls back to the nearest enclosing key that is still there.

/** Our keys as a Frictionless field names them under `constraints` (or on the field itself). */
const FRICTIONLESS = {
    type: [['type']],
    nullable: [['constraints', 'required']],
    unique: [['constraints', 'unique']],
    min: [['constraints', 'minimum'], ['constraints', 'exclusiveMinimum']],
    max: [['constraints', 'maximum'], ['constraints', 'exclusiveMaximum']],
    allowed: [['constraints', 'enum']],
    pattern: [['constraints', 'pattern']],
    'min-length': [['constraints', 'minLength']],
    'max-length': [['constraints', 'maxLength']],
};
const FRICTIONLESS_TABLE = {
    'table.columns': [['fields']],
    'table.unique-together': [['primaryKey'], ['uniqueKeys']],
    'missing-values': [['missingValues']],
};
function schemaLocator(text) {
    const lines = new dist.LineCounter();
    const document = (0,dist.parseDocument)(text, { lineCounter: lines });
    const root = document.contents;
    /** The line of the deepest key of `path` found, and how many segments were found. */
    const find = (path) => {
        let node = root;
        let line;
        let depth = 0;
        for (const segment of path) {
            if ((0,dist.isMap)(node)) {
                const pair = node.items.find((p) => p.key?.value === segment);
                if (!pair)
                    break;
                const key = pair.key;
                if (key.range)
                    line = lines.linePos(key.range[0]).line;
                node = pair.value;
            }
            else if ((0,dist.isSeq)(node) && typeof segment === 'number' && node.items[segment]) {
                node = node.items[segment];
                const range = node.range;
                if (range)
                    line = lines.linePos(range[0]).line;
            }
            else
                break;
            depth++;
        }
        return { line, depth };
    };
    /** The candidate path found deepest. */
    const best = (paths) => paths.map(find).sort((a, b) => b.depth - a.depth)[0].line;
    const fields = (0,dist.isMap)(root) ? root.get('fields') : undefined;
    if ((0,dist.isSeq)(fields)) {
        const index = (name) => fields.items.findIndex((f) => (0,dist.isMap)(f) && String(f.get('name')) === name);
        return (column, key) => {
            if (column === null)
                return best(FRICTIONLESS_TABLE[key] ?? [[]]);
            const i = index(column);
            if (i < 0)
                return best([['fields']]);
            return best((FRICTIONLESS[key] ?? [[]]).map((tail) => ['fields', i, ...tail]));
        };
    }
    return (column, key) => {
        if (column === null)
            return best([key.split('.')]);
        const tail = key === 'column' || key === 'required' ? [] : key.split('.');
        const strict = key === 'min' || key === 'max' ? [['columns', column, `strict-${key}`]] : [];
        return best([['columns', column, ...tail], ...strict, ...(key === 'required' ? [['columns', column, 'required']] : [])]);
    };
}

;// CONCATENATED MODULE: ./src/validate/compat/index.ts




/***/ })

};
