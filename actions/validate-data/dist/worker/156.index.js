export const id = 156;
export const ids = [156];
export const modules = {

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y6: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_1__.y6)
/* harmony export */ });
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(570);
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(208);
/* harmony import */ var _frequent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(323);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(102);
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(440);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(585);









/***/ }),

/***/ 156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RANGE_BYTES: () => (/* binding */ RANGE_BYTES),
  Validator: () => (/* binding */ Validator),
  formatNumber: () => (/* binding */ formatNumber),
  validateRange: () => (/* binding */ validateRange)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: ./src/data/parquet.ts + 12 modules
var parquet = __webpack_require__(79);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: ./src/data/csv.ts + 3 modules
var csv = __webpack_require__(187);
// EXTERNAL MODULE: ./src/data/read.ts + 1 modules
var data_read = __webpack_require__(932);
;// CONCATENATED MODULE: ./src/data/ranges.ts
// Splits a large uncompressed CSV/TSV file into byte ranges that each start after a newline, so that
// ranges can be read on several threads. Only sound when no field is quoted (a quoted field may hold a
// newline): the plan gives up on a quote anywhere in the file (a byte search, memchr's speed), so that
// the ranges' results can be taken in as they come, never undone.



/** Reads for the header and for each newline after a range's nominal end. */
const WINDOW = 1 << 16;
const QUOTE = 0x22;
/** Reads of the search for a quote. */
const SCAN = 1 << 20;
/** Byte ranges of about `rangeBytes`; undefined when the file is one range, its header is not plain or it holds a quote. */
async function planRanges(file, format, rangeBytes) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        if (size <= rangeBytes)
            return undefined;
        const head = Buffer.alloc(Math.min(size, WINDOW));
        await handle.read(head, 0, head.length, 0);
        let columns;
        const parser = new csv/* CsvParser */.C({ header: (names) => (columns ??= names), row: () => { }, malformed: () => { } }, { delimiter: (0,data_read/* delimiterOf */.Vl)(format), maxRowChars: head.length });
        parser.push(head.subarray(0, head.lastIndexOf(10) + 1));
        if (!columns || (await holdsByte(handle, size, QUOTE)))
            return undefined;
        const ranges = [];
        let start = 0;
        const window = Buffer.alloc(WINDOW);
        for (let from = rangeBytes; from < size;) {
            const { bytesRead } = await handle.read(window, 0, WINDOW, from);
            const newline = window.subarray(0, bytesRead).indexOf(10);
            if (newline === -1) {
                from += bytesRead; // a long line: look further
                continue;
            }
            const end = from + newline + 1;
            if (end >= size)
                break;
            ranges.push({ start, end });
            start = end;
            from = end + rangeBytes;
        }
        ranges.push({ start, end: size });
        return ranges.length > 1 ? { columns, ranges } : undefined;
    }
    finally {
        await handle.close();
    }
}
/** Whether the file's first `size` bytes hold `byte`. */
async function holdsByte(handle, size, byte) {
    const buffer = Buffer.allocUnsafe(Math.min(size, SCAN));
    for (let at = 0; at < size;) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - at), at);
        if (bytesRead === 0)
            return false;
        if (buffer.subarray(0, bytesRead).indexOf(byte) !== -1)
            return true;
        at += bytesRead;
    }
    return false;
}

// EXTERNAL MODULE: ./src/data/table.ts
var table = __webpack_require__(704);
// EXTERNAL MODULE: ./src/data/values.ts
var values = __webpack_require__(884);
// EXTERNAL MODULE: ./src/profile/index.ts
var profile = __webpack_require__(733);
// EXTERNAL MODULE: ./src/runtime/in-order.ts
var in_order = __webpack_require__(812);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/runtime/worker-pool.ts
// A small pool of threads for the tasks in src/entries/worker.ts: worker threads running the bundle's
// dist/worker/ (or, under the test runner, the TypeScript entry through tsx), and optionally the
// calling thread itself, which is warm and needs no start-up while the workers boot. An action's entry
// starts a worker before it loads the action (startWorkers): it boots on another core meanwhile.
// The pool knows tasks only by a type parameter: each user declares the tasks it runs beside them
// (ProfileTasks, ValidateTasks), and the worker entry checks that it serves them. So this module
// imports nothing from the tasks, and no import cycle runs through the entry.


/** Each worker's heap, for memory that stays flat however long the read (see data-thread.ts, which runs drift-check on the same). */
const HEAP_LIMITS = {
    /**
     * V8 makes it three semi-spaces: 12 MB caps them at the 4 MB a short read uses, where V8 would
     * otherwise double them once enough has survived in all, which a long read always reaches.
     */
    maxYoungGenerationSizeMb: 12,
    /**
     * Far above what a read keeps (its budgets bound it), and below 2 GB: from 2 GB up, V8 lets a heap's
     * garbage grow to four times its live objects before a full collection, below it to less than twice.
     */
    maxOldGenerationSizeMb: 1536,
};
function startWorker(warm = []) {
    const fromSources = import.meta.url.endsWith('.ts');
    // A computed path, which the bundler leaves alone (a literal one it would try to bundle as an asset).
    const entry = fromSources ? '../entries/worker.ts' : './worker/index.js';
    return new external_node_worker_threads_.Worker(new URL(entry, import.meta.url), {
        execArgv: fromSources ? ['--import', 'tsx'] : [],
        workerData: { warm },
        resourceLimits: HEAP_LIMITS,
    });
}
/** Workers started ahead of any pool (startWorkers), ready for the first pool to take. */
const spares = [];
/**
 * Starts a worker now, before the caller loads its heavy modules, to boot on another core meanwhile and
 * load the modules of the tasks named in `warm`; the first pool takes it. One: every parallel read
 * needs at least one worker, and one left unused costs little (it never keeps the process alive).
 */
function startWorkers(warm) {
    if (availableParallelism() < 2)
        return;
    const worker = startWorker(warm);
    worker.unref();
    spares.push(worker);
    // One that stops before a pool takes it is dropped: the pool starts its own, and reports that one's errors.
    const drop = () => {
        const at = spares.indexOf(worker);
        if (at >= 0)
            spares.splice(at, 1);
    };
    worker.on('error', drop).once('exit', drop);
}
function workerSlot(worker) {
    let settle;
    worker.on('message', (answer) => settle?.(answer));
    worker.on('error', (error) => settle?.({ error: error.stack ?? error.message }));
    worker.on('exit', (code) => settle?.({ error: `a worker thread stopped (exit code ${code})` }));
    return (task, input) => new Promise((resolve) => {
        settle = (answer) => {
            settle = undefined;
            resolve(answer);
        };
        worker.postMessage({ task, input });
    });
}
function localSlot(run) {
    return (task, input) => run(task, input).then((output) => ({ output }), (error) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
}
class WorkerPool {
    workers = [];
    idle = [];
    waiting = [];
    /** `workers` worker threads, plus the calling thread when `local` runs the tasks here. */
    constructor(workers, local) {
        for (let i = 0; i < workers; i++) {
            const worker = spares.shift() ?? startWorker();
            worker.ref();
            this.workers.push(worker);
            this.idle.push(workerSlot(worker));
        }
        if (local)
            this.idle.push(localSlot(local)); // taken first: it needs no start-up
    }
    /** Runs a task on the next free thread. */
    async run(task, input) {
        const slot = this.idle.pop() ?? (await new Promise((resolve) => this.waiting.push(resolve)));
        try {
            const answer = await slot(task, input);
            if (answer.error !== undefined)
                throw new Error(answer.error);
            return answer.output;
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next(slot);
            else
                this.idle.push(slot);
        }
    }
    async close() {
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
}

// EXTERNAL MODULE: ./src/data/growable.ts
var growable = __webpack_require__(373);
// EXTERNAL MODULE: ./src/data/interner.ts
var interner = __webpack_require__(417);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(856);
;// CONCATENATED MODULE: ./src/validate/schema.ts
// The schema: our YAML/JSON format, or a Frictionless Table Schema mapped onto the same checks.
// Every mistake in a schema names the file, the key and the bad value; nothing is taken on trust.


const COLUMN_TYPES = (/* unused pure expression or super */ null && (['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'categorical']));
const COLUMN_KEYS = new Set([
    'type', 'required', 'nullable', 'max-null-fraction', 'unique', 'min', 'max', 'strict-min', 'strict-max', 'allowed', 'pattern',
    'min-length', 'max-length', 'mean', 'median', 'std', 'quantiles', 'distinct-count', 'severity', 'mostly', 'description', 'pii',
]);
class SchemaReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(where, message) {
        throw new ConfigurationError(`Schema ${this.source}: ${where} ${message}`);
    }
    object(value, where) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(where, `must be a mapping, got ${JSON.stringify(value)}`);
        return value;
    }
    number(value, where) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            this.fail(where, `must be a number, got ${JSON.stringify(value)}`);
        return value;
    }
    severity(value, where) {
        if (value !== 'error' && value !== 'warning')
            this.fail(where, `must be error or warning, got ${JSON.stringify(value)}`);
        return value;
    }
    mostly(value, where) {
        const n = this.number(value, where);
        if (n < 0 || n > 1)
            this.fail(where, `must be between 0 and 1, got ${n}`);
        return n;
    }
    bool(value, where) {
        if (typeof value !== 'boolean')
            this.fail(where, `must be true or false, got ${JSON.stringify(value)}`);
        return value;
    }
    /** A whole number ≥ 0. */
    count(value, where) {
        const n = this.number(value, where);
        if (!Number.isInteger(n) || n < 0)
            this.fail(where, `must be a whole number ≥ 0, got ${n}`);
        return n;
    }
    /** A bound of a range check: a number, or an ISO date for date and datetime columns. */
    bound(value, where) {
        if (value instanceof Date)
            return value.toISOString();
        if (typeof value === 'number' && Number.isFinite(value))
            return value;
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value.replace(' ', 'T'))))
            this.fail(where, `must be a number or an ISO date, got ${JSON.stringify(value)}`);
        return value;
    }
    /** A list of plain values (texts, numbers, booleans), as texts. */
    scalars(value, where) {
        if (!Array.isArray(value))
            this.fail(where, `must be a list of values, got ${JSON.stringify(value)}`);
        return value.map((item, i) => (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? String(item) : this.fail(`${where}[${i}]`, `must be a text, number or boolean, got ${JSON.stringify(item)}`)));
    }
    /** A regular expression in RE2's syntax (see compilePattern). */
    pattern(value, where, wrap = (p) => p) {
        if (typeof value !== 'string')
            this.fail(where, `must be a regular expression string, got ${JSON.stringify(value)}`);
        try {
            compilePattern(wrap(value));
        }
        catch (error) {
            this.fail(where, `is not a regular expression in RE2 syntax (${error.message}); backreferences and lookaround are not supported, see the README's Limits`);
        }
        return wrap(value);
    }
    range(value, where) {
        const raw = this.object(value, where);
        for (const key of Object.keys(raw))
            if (key !== 'min' && key !== 'max')
                this.fail(`${where}.${key}`, 'is not a range bound (use min and max)');
        return { ...(raw.min !== undefined ? { min: this.number(raw.min, `${where}.min`) } : {}), ...(raw.max !== undefined ? { max: this.number(raw.max, `${where}.max`) } : {}) };
    }
    /** A check given plainly (`min: 0`) or with its own settings (`min: {value: 0, severity: warning, mostly: 0.99}`). */
    spec(raw, where, defaults, parse, objectIsValue = false) {
        if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'value' in raw) {
            const r = raw;
            return {
                value: parse(r.value, `${where}.value`),
                severity: r.severity === undefined ? defaults.severity : this.severity(r.severity, `${where}.severity`),
                mostly: r.mostly === undefined ? defaults.mostly : this.mostly(r.mostly, `${where}.mostly`),
            };
        }
        if (!objectIsValue && raw !== null && typeof raw === 'object' && !Array.isArray(raw) && ('severity' in raw || 'mostly' in raw)) {
            this.fail(where, 'has severity/mostly but no value');
        }
        return { value: parse(raw, where), ...defaults };
    }
}
function parseColumn(reader, name, raw, tableDefaults) {
    const where = `columns.${name}`;
    for (const key of Object.keys(raw))
        if (!COLUMN_KEYS.has(key))
            reader.fail(`${where}.${key}`, `is not a known column setting (known: ${[...COLUMN_KEYS].join(', ')})`);
    const defaults = {
        severity: raw.severity === undefined ? tableDefaults.severity : reader.severity(raw.severity, `${where}.severity`),
        mostly: raw.mostly === undefined ? tableDefaults.mostly : reader.mostly(raw.mostly, `${where}.mostly`),
    };
    const at = (key) => `${where}.${key}`;
    const bool = (v, w) => reader.bool(v, w);
    const int = (v, w) => reader.count(v, w);
    const bound = (v, w) => reader.bound(v, w);
    const opt = (key, parse, objectIsValue = false) => raw[key] === undefined ? undefined : reader.spec(raw[key], at(key), defaults, parse, objectIsValue);
    const column = {
        name,
        type: opt('type', (v, w) => (COLUMN_TYPES.includes(v) ? v : reader.fail(w, `must be one of ${COLUMN_TYPES.join(', ')}, got ${JSON.stringify(v)}`))),
        required: opt('required', bool) ?? { value: true, ...defaults },
        nullable: opt('nullable', bool),
        maxNullFraction: opt('max-null-fraction', (v, w) => reader.mostly(v, w)),
        unique: opt('unique', bool),
        min: opt('min', bound),
        max: opt('max', bound),
        strictMin: raw['strict-min'] === undefined ? false : bool(raw['strict-min'], at('strict-min')),
        strictMax: raw['strict-max'] === undefined ? false : bool(raw['strict-max'], at('strict-max')),
        allowed: opt('allowed', (v, w) => reader.scalars(v, w)),
        pattern: opt('pattern', (v, w) => reader.pattern(v, w)),
        minLength: opt('min-length', int),
        maxLength: opt('max-length', int),
        mean: opt('mean', (v, w) => reader.range(v, w), true),
        median: opt('median', (v, w) => reader.range(v, w), true),
        std: opt('std', (v, w) => reader.range(v, w), true),
        distinctCount: opt('distinct-count', (v, w) => reader.range(v, w), true),
        quantiles: opt('quantiles', (v, w) => {
            const obj = reader.object(v, w);
            const out = {};
            for (const [key, range] of Object.entries(obj)) {
                const p = /^p(\d{1,2}(?:\.\d+)?)$/.exec(key);
                if (!p || Number(p[1]) <= 0 || Number(p[1]) >= 100)
                    reader.fail(`${w}.${key}`, 'must be named p1 to p99 (e.g. p95)');
                out[key] = reader.range(range, `${w}.${key}`);
            }
            return out;
        }, true),
    };
    if (raw.pii !== undefined)
        column.pii = raw.pii === 'allowed' ? 'allowed' : reader.fail(at('pii'), `must be allowed (the column is expected to hold personal data), got ${JSON.stringify(raw.pii)}`);
    return column;
}
/** Parses a schema document; `source` names it in errors (usually its path). */
function parseSchema(document, source) {
    const reader = new SchemaReader(source);
    const root = reader.object(document, '(top level)');
    if (Array.isArray(root.fields))
        return parseFrictionless(reader, root);
    for (const key of Object.keys(root)) {
        if (!['columns', 'table', 'missing-values', 'severity', 'mostly', 'description'].includes(key))
            reader.fail(key, 'is not a known schema key (known: columns, table, missing-values, severity, mostly)');
    }
    const defaults = {
        severity: root.severity === undefined ? 'error' : reader.severity(root.severity, 'severity'),
        mostly: root.mostly === undefined ? 1 : reader.mostly(root.mostly, 'mostly'),
    };
    const columnsRaw = root.columns === undefined ? {} : reader.object(root.columns, 'columns');
    const columns = Object.entries(columnsRaw).map(([name, raw]) => parseColumn(reader, name, raw === null ? {} : reader.object(raw, `columns.${name}`), defaults));
    const table = root.table === undefined ? {} : reader.object(root.table, 'table');
    for (const key of Object.keys(table))
        if (!['row-count', 'columns', 'unique-together'].includes(key))
            reader.fail(`table.${key}`, 'is not a known table check (known: row-count, columns, unique-together)');
    const uniqueTogether = table['unique-together'] === undefined ? [] : Array.isArray(table['unique-together']) ? table['unique-together'] : reader.fail('table.unique-together', 'must be a list of column lists');
    return {
        source,
        columns,
        rowCount: table['row-count'] === undefined ? undefined : reader.spec(table['row-count'], 'table.row-count', defaults, (v, w) => reader.range(v, w), true),
        columnsMode: table.columns === undefined
            ? undefined
            : reader.spec(table.columns, 'table.columns', defaults, (v, w) => (v === 'exact' || v === 'subset' || v === 'superset' ? v : reader.fail(w, `must be exact, subset or superset, got ${JSON.stringify(v)}`))),
        uniqueTogether: uniqueTogether.map((group, i) => reader.spec(group, `table.unique-together[${i}]`, defaults, (v, w) => (Array.isArray(v) && v.length > 0 && v.every((name) => typeof name === 'string') ? v : reader.fail(w, 'must be a non-empty list of column names')))),
        missingValues: root['missing-values'] === undefined ? [''] : reader.scalars(root['missing-values'], 'missing-values'),
    };
}
/**
 * A `pattern` compiled by RE2JS, a port of RE2: matching takes time linear in the value's length
 * whatever the pattern (no catastrophic backtracking on values a pull request can add). Its syntax is
 * RE2's: JavaScript's, less backreferences and lookaround, with \x{…} for code points instead of \u….
 */
function compilePattern(pattern) {
    return build/* RE2JS */.L3.compile(pattern);
}
/** Frictionless field types, and the column type each is checked as (undefined: no type check). */
const FRICTIONLESS_TYPES = {
    string: 'string', number: 'number', integer: 'integer', boolean: 'boolean', date: 'date', datetime: 'datetime', year: 'integer',
    object: undefined, array: undefined, time: undefined, yearmonth: undefined, duration: undefined, geopoint: undefined, geojson: undefined, any: undefined,
};
const FRICTIONLESS_CONSTRAINTS = new Set(['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'pattern', 'enum', 'jsonSchema']);
/** Frictionless Table Schema: fields and constraints map onto our checks (pattern is anchored, as the standard says). */
function parseFrictionless(reader, root) {
    const defaults = { severity: 'error', mostly: 1 };
    const spec = (value) => ({ value, ...defaults });
    const columns = root.fields.map((f, i) => {
        const field = reader.object(f, `fields[${i}]`);
        if (typeof field.name !== 'string' || field.name === '')
            reader.fail(`fields[${i}].name`, `must be a non-empty string, got ${JSON.stringify(field.name)}`);
        const where = `fields[${i}] (${field.name})`;
        const typeName = field.type ?? 'string';
        if (typeof typeName !== 'string' || !Object.hasOwn(FRICTIONLESS_TYPES, typeName))
            reader.fail(`${where}.type`, `must be one of ${Object.keys(FRICTIONLESS_TYPES).join(', ')}, got ${JSON.stringify(typeName)}`);
        const type = FRICTIONLESS_TYPES[typeName];
        const c = field.constraints === undefined ? {} : reader.object(field.constraints, `${where}.constraints`);
        const at = (key) => `${where}.constraints.${key}`;
        for (const key of Object.keys(c))
            if (!FRICTIONLESS_CONSTRAINTS.has(key))
                reader.fail(at(key), `is not a Frictionless constraint (known: ${[...FRICTIONLESS_CONSTRAINTS].join(', ')})`);
        const column = { name: field.name, required: spec(true), strictMin: false, strictMax: false };
        if (type)
            column.type = spec(type);
        else if (typeof field.type === 'string' && field.type !== 'any')
            column.declaredType = field.type;
        if (field.pii === true)
            column.pii = 'allowed';
        if (c.required !== undefined && reader.bool(c.required, at('required')))
            column.nullable = spec(false);
        if (c.unique !== undefined && reader.bool(c.unique, at('unique')))
            column.unique = spec(true);
        // Bounds in the field's own form: numbers (also written as text, as the standard allows) or dates.
        const bound = (key) => reader.bound(typeof c[key] === 'string' && c[key] !== '' && Number.isFinite(Number(c[key])) ? Number(c[key]) : c[key], at(key));
        if (c.minimum !== undefined)
            column.min = spec(bound('minimum'));
        if (c.maximum !== undefined)
            column.max = spec(bound('maximum'));
        if (c.exclusiveMinimum !== undefined)
            [column.min, column.strictMin] = [spec(bound('exclusiveMinimum')), true];
        if (c.exclusiveMaximum !== undefined)
            [column.max, column.strictMax] = [spec(bound('exclusiveMaximum')), true];
        if (c.minLength !== undefined)
            column.minLength = spec(reader.count(c.minLength, at('minLength')));
        if (c.maxLength !== undefined)
            column.maxLength = spec(reader.count(c.maxLength, at('maxLength')));
        if (c.pattern !== undefined)
            column.pattern = spec(reader.pattern(c.pattern, at('pattern'), (p) => `^(?:${p})$`));
        if (c.enum !== undefined)
            column.allowed = spec(reader.scalars(c.enum, at('enum')));
        return column;
    });
    const keys = root.primaryKey === undefined ? [] : [].concat(root.primaryKey);
    const primaryKey = keys.map((name) => (typeof name === 'string' ? name : reader.fail('primaryKey', `must be a field name or a list of them, got ${JSON.stringify(root.primaryKey)}`)));
    for (const name of primaryKey) {
        const column = columns.find((c) => c.name === name);
        if (!column)
            reader.fail('primaryKey', `names "${name}", which is not a field`);
        column.nullable = spec(false);
    }
    const uniqueKeys = root.uniqueKeys === undefined ? [] : Array.isArray(root.uniqueKeys) ? root.uniqueKeys.map((key) => [].concat(key)) : reader.fail('uniqueKeys', 'must be a list of field lists');
    return {
        source: reader.source,
        columns,
        columnsMode: spec('exact'),
        uniqueTogether: [...(primaryKey.length > 0 ? [primaryKey] : []), ...uniqueKeys].map(spec),
        missingValues: root.missingValues === undefined ? [''] : reader.scalars(root.missingValues, 'missingValues'),
    };
}

;// CONCATENATED MODULE: ./src/validate/checks.ts
// Row-level checks: each looks at one classified non-null value and says whether it passes.
// Nulls never reach them (they are counted apart); aggregates are judged from the profile.





/** Kinds with an order: numbers, and dates as instants. */
const COMPARABLE = Uint8Array.from([0, 0, 1, 1, 1, 1, 0]);
const COMPARABLE_MASK = (1 << values/* Kind */.b8.integer) | (1 << values/* Kind */.b8.number) | (1 << values/* Kind */.b8.date) | (1 << values/* Kind */.b8.datetime);
function summarize(column, length) {
    // A coded batch's distinct values have its kinds and range: one look at each, and its null rows.
    const coded = column.coded;
    if (coded)
        return { ...summarize(coded.values, coded.size), nulls: coded.nulls };
    const { kinds } = column;
    const first = kinds[0];
    let i = 1;
    while (i < length && kinds[i] === first)
        i++;
    return i >= length ? uniform(column, length) : mixed(column, length);
}
/** A batch of one kind (typed columns mostly are): min and max need no look at the kinds. */
function uniform({ kinds, numbers }, length) {
    const kind = kinds[0];
    const summary = { nulls: kind === values/* Kind */.b8.null ? length : 0, kinds: length > 0 ? 1 << kind : 0, min: Infinity, max: -Infinity };
    if (length === 0 || COMPARABLE[kind] === 0)
        return summary;
    let min = Infinity;
    let max = -Infinity;
    let nan = false;
    for (let i = 0; i < length; i++) {
        const x = numbers[i];
        if (x < min)
            min = x;
        if (x > max)
            max = x;
        nan ||= x !== x;
    }
    // A NaN makes both NaN: no comparison passes after it, so the checks look at every row.
    return { ...summary, min: nan ? NaN : min, max: nan ? NaN : max };
}
function mixed({ kinds, numbers }, length) {
    let nulls = 0;
    let mask = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < length; i++) {
        const kind = kinds[i];
        mask |= 1 << kind;
        if (kind === values/* Kind */.b8.null)
            nulls++;
        else if (COMPARABLE[kind] === 1) {
            const x = numbers[i];
            if (x < min)
                min = x;
            if (x > max)
                max = x;
            if (x !== x)
                min = max = NaN; // no comparison passes after: the checks look at every row
        }
    }
    return { nulls, kinds: mask, min, max };
}
/**
 * The loop for checks whose test needs the value's text or kind (pattern, allowed, lengths). A value
 * with a dictionary code is tested once per code: same bytes, same kind, number and text.
 */
function eachNonNull(test) {
    let memo; // per code: 0 not tested, 1 passed, -1 failed
    return (column, length, fail) => {
        const { kinds, numbers, source } = column;
        if (!source) {
            for (let i = 0; i < length; i++) {
                const kind = kinds[i];
                if (kind !== values/* Kind */.b8.null && !test(kind, numbers[i], (0,values/* textAt */.$6)(column, i)))
                    fail(i);
            }
            return;
        }
        if (memo?.strings !== source.strings)
            memo = { strings: source.strings, passed: growable/* EMPTY_I8 */.ul };
        // Read once per batch, not per value: this loop runs for every value of the column.
        const codes = source.codes;
        let passed = memo.passed;
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            if (kind === values/* Kind */.b8.null)
                continue;
            let code = codes[i];
            if (code === values/* NO_CODE_YET */.Vv)
                code = (0,values/* codeAt */.LT)(column, i);
            if (code < 0) {
                if (!test(kind, numbers[i], (0,values/* textAt */.$6)(column, i)))
                    fail(i);
                continue;
            }
            if (code >= passed.length)
                passed = memo.passed = (0,growable/* grown */.gT)(passed, Math.min(interner/* MAX_ENTRIES */.S, Math.max(64, 4 * code)));
            let verdict = passed[code];
            if (verdict === 0)
                verdict = passed[code] = test(kind, numbers[i], (0,values/* textAt */.$6)(column, i)) ? 1 : -1;
            if (verdict === -1)
                fail(i);
        }
    };
}
/** A running row check. */
class RowCheck {
    column;
    check;
    spec;
    expected;
    scan;
    judgesNulls;
    maxExamples;
    failed = 0;
    evaluated = 0;
    nulls = 0;
    examples = [];
    constructor(column, check, spec, expected, scan, 
    /** Also judge nulls (the not-null check); otherwise nulls are skipped. */
    judgesNulls = false, 
    /** Failing rows kept as examples (all are counted). */
    maxExamples = table/* DEFAULT_MAX_EXAMPLES */.b8) {
        this.column = column;
        this.check = check;
        this.spec = spec;
        this.expected = expected;
        this.scan = scan;
        this.judgesNulls = judgesNulls;
        this.maxExamples = maxExamples;
    }
    fail(example) {
        this.failed++;
        if (this.examples.length < this.maxExamples)
            this.examples.push(example);
    }
    /**
     * Judges a batch's values (nulls are counted by the caller). A coded batch (column.coded) is judged once
     * per distinct value, each failing value counting its rows; its failing rows are looked for, in order,
     * only while examples are wanted.
     */
    judge(column, length, summary, example) {
        const coded = column.coded;
        if (!coded) {
            this.scan(column, length, (i) => this.fail(example(i)), summary);
            return;
        }
        const { counts, of } = coded;
        if (failing.length < coded.size)
            failing = new Uint8Array(Math.max(coded.size, 2 * failing.length));
        failing.fill(0, 0, coded.size);
        let failed = 0;
        this.scan(coded.values, coded.size, (s) => {
            failing[s] = 1;
            failed += counts[s];
        }, summary);
        for (let i = 0; i < length && failed > 0 && this.examples.length < this.maxExamples; i++) {
            if (failing[of[i]] === 0)
                continue;
            this.fail(example(i));
            failed--;
        }
        this.failed += failed;
    }
    result() {
        const share = this.evaluated === 0 ? 0 : this.failed / this.evaluated;
        const passed = this.failed === 0 || (this.evaluated > 0 && 1 - share >= this.spec.mostly);
        const mostly = this.spec.mostly < 1 ? ` (mostly ${this.spec.mostly}: ${((1 - share) * 100).toFixed(2)}% passed)` : '';
        const nulls = this.nulls > 0 ? `; ${this.nulls} null value(s) not checked` : '';
        return {
            id: `${this.column}: ${this.check}`,
            column: this.column,
            check: this.check,
            severity: this.spec.severity,
            status: passed ? 'passed' : 'failed',
            expected: this.expected,
            failed: this.failed,
            evaluated: this.evaluated,
            nulls: this.nulls,
            share,
            mostly: this.spec.mostly,
            examples: this.examples,
            message: `${this.failed} of ${this.evaluated} value(s) ${this.judgesNulls ? 'are null' : `are not ${this.expected}`}${mostly}${nulls}`,
        };
    }
}
/** Per distinct value of the batch being judged (see RowCheck.judge): whether it failed. */
let failing = new Uint8Array(0);
/** The value kinds each type accepts; schema evolution (compat/rule.ts) judges types by the same table. */
const ACCEPTED_KINDS = {
    integer: [values/* Kind */.b8.integer],
    number: [values/* Kind */.b8.integer, values/* Kind */.b8.number],
    boolean: [values/* Kind */.b8.boolean],
    date: [values/* Kind */.b8.date],
    datetime: [values/* Kind */.b8.date, values/* Kind */.b8.datetime],
    string: [values/* Kind */.b8.boolean, values/* Kind */.b8.integer, values/* Kind */.b8.number, values/* Kind */.b8.date, values/* Kind */.b8.datetime, values/* Kind */.b8.string],
    categorical: [values/* Kind */.b8.boolean, values/* Kind */.b8.integer, values/* Kind */.b8.number, values/* Kind */.b8.date, values/* Kind */.b8.datetime, values/* Kind */.b8.string],
};
/** Dates in bounds are compared as instants; numbers as numbers. */
function boundValue(bound) {
    return typeof bound === 'number' ? bound : Date.parse(bound.replace(' ', 'T'));
}
function typeScan(type) {
    const accepted = new Uint8Array(7);
    let acceptedMask = 1 << values/* Kind */.b8.null;
    for (const kind of ACCEPTED_KINDS[type]) {
        accepted[kind] = 1;
        acceptedMask |= 1 << kind;
    }
    return ({ kinds }, length, fail, summary) => {
        if ((summary.kinds & ~acceptedMask) === 0)
            return;
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            if (kind !== values/* Kind */.b8.null && accepted[kind] === 0)
                fail(i);
        }
    };
}
function boundScan(bound, isMin, strict) {
    const inBounds = (x) => (isMin ? (strict ? x > bound : x >= bound) : strict ? x < bound : x <= bound);
    return ({ kinds, numbers }, length, fail, summary) => {
        const onlyComparable = (summary.kinds & ~(COMPARABLE_MASK | (1 << values/* Kind */.b8.null))) === 0;
        if (onlyComparable && (summary.min === Infinity || inBounds(isMin ? summary.min : summary.max)))
            return;
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            if (kind === values/* Kind */.b8.null)
                continue;
            const x = numbers[i];
            const ok = COMPARABLE[kind] === 1 && inBounds(x);
            if (!ok)
                fail(i);
        }
    };
}
const notNullScan = ({ kinds }, length, fail, summary) => {
    if (summary.nulls === 0)
        return;
    for (let i = 0; i < length; i++)
        if (kinds[i] === values/* Kind */.b8.null)
            fail(i);
};
/** The row checks a column's schema asks for. */
function rowChecksFor(column, maxExamples = table/* DEFAULT_MAX_EXAMPLES */.b8) {
    const checks = [];
    const add = (check, spec, expected, scan, judgesNulls = false) => checks.push(new RowCheck(column.name, check, spec, expected, scan, judgesNulls, maxExamples));
    if (column.type)
        add('type', column.type, `of type ${column.type.value}`, typeScan(column.type.value));
    if (column.nullable && !column.nullable.value)
        add('not-null', column.nullable, 'not null', notNullScan, true);
    if (column.min) {
        const strict = column.strictMin;
        add('min', column.min, `${strict ? '>' : '≥'} ${column.min.value}`, boundScan(boundValue(column.min.value), true, strict));
    }
    if (column.max) {
        const strict = column.strictMax;
        add('max', column.max, `${strict ? '<' : '≤'} ${column.max.value}`, boundScan(boundValue(column.max.value), false, strict));
    }
    if (column.allowed) {
        const allowed = new Set(column.allowed.value);
        const shown = column.allowed.value.length <= 10 ? column.allowed.value.join(', ') : `${column.allowed.value.slice(0, 10).join(', ')}, … (${column.allowed.value.length} values)`;
        add('allowed', column.allowed, `one of ${shown}`, eachNonNull((_k, _x, text) => allowed.has(text)));
    }
    if (column.pattern) {
        const pattern = compilePattern(column.pattern.value);
        add('pattern', column.pattern, `matching /${column.pattern.value}/`, eachNonNull((_k, _x, text) => pattern.matcher(text).find()));
    }
    if (column.minLength) {
        const min = column.minLength.value;
        add('min-length', column.minLength, `at least ${min} characters long`, eachNonNull((_k, _x, text) => [...text].length >= min));
    }
    if (column.maxLength) {
        const max = column.maxLength.value;
        add('max-length', column.maxLength, `at most ${max} characters long`, eachNonNull((_k, _x, text) => text.length <= max || [...text].length <= max));
    }
    return checks;
}
/**
 * Values that must not repeat: every occurrence of a repeated value fails, as in Great Expectations.
 * Memory holds one entry per distinct value: what uniqueness needs, no more.
 */
class UniqueTracker {
    check;
    seen = new Map();
    constructor(check) {
        this.check = check;
    }
    see(key, example) {
        this.check.evaluated++;
        if (!this.seen.has(key)) {
            this.seen.set(key, example);
            return;
        }
        const first = this.seen.get(key);
        if (first) {
            this.check.fail(first); // the first occurrence fails too, once
            this.seen.set(key, null);
        }
        this.check.fail(example);
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(30);
// EXTERNAL MODULE: ./node_modules/ibantools/jsnext/ibantools.js
var ibantools = __webpack_require__(858);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js + 42 modules
var parsePhoneNumber = __webpack_require__(834);
;// CONCATENATED MODULE: ./src/validate/pii.ts
// Personal data detectors: each value is matched by shape, then validated (checksums, lengths per
// country, issuer prefixes, address rules), so that order numbers, dates, versions and amounts are not
// taken for personal data. Values are only ever shown masked (maskPii, redactText).



const PII_KINDS = ['email', 'phone', 'card', 'iban', 'ssn', 'ipv4', 'ipv6'];
const PII_NAMES = {
    email: 'e-mail addresses',
    phone: 'phone numbers',
    card: 'payment card numbers',
    iban: 'IBANs',
    ssn: 'US social security numbers',
    ipv4: 'IPv4 addresses',
    ipv6: 'IPv6 addresses',
};
const BULLET = '•';
const isDigit = (c) => c >= 48 && c <= 57;
const isLetter = (c) => (c | 32) >= 97 && (c | 32) <= 122;
/** The kind of personal data the whole value is (surrounding spaces aside), or undefined. */
function detectPii(value) {
    const text = value.length > 0 && (value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32) ? value.trim() : value;
    const n = text.length;
    if (n < 3 || n > 254)
        return undefined;
    // Every kind has a digit, an '@' or a ':' in it: most text has none, and is passed over in one loop.
    let hint = false;
    for (let i = 0; i < n && !hint; i++) {
        const c = text.charCodeAt(i);
        hint = (c >= 48 && c <= 58) || c === 64;
    }
    if (!hint)
        return undefined;
    const c0 = text.charCodeAt(0);
    if (text.includes('@'))
        return isEmail(text) ? 'email' : undefined;
    if (c0 === 43)
        return isInternationalPhone(text) ? 'phone' : undefined; // '+'
    if (text.includes(':'))
        return (0,external_node_net_.isIPv6)(text) ? 'ipv6' : undefined;
    if (isLetter(c0))
        return n >= 15 && isIban(text) ? 'iban' : undefined;
    if (n < 7 || !(isDigit(c0) || c0 === 40))
        return undefined; // '('
    if ((0,external_node_net_.isIPv4)(text))
        return 'ipv4';
    if (n === 11 && isSsn(text))
        return 'ssn';
    if (isCard(text))
        return 'card';
    return isNationalPhone(text) ? 'phone' : undefined;
}
// ---- e-mail: RFC 5321 sizes, a dot-atom local part, a domain of LDH labels with an alphabetic TLD ----
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+)*$/;
const LABEL = /^(?!-)[A-Za-z0-9\u0080-\uffff-]{1,63}(?<!-)$/;
const TLD = /^(?:[A-Za-z\u0080-\uffff]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
function isEmail(text) {
    const at = text.lastIndexOf('@');
    if (at < 1 || at > 64 || text.length - at - 1 < 4)
        return false;
    const local = text.slice(0, at);
    const labels = text.slice(at + 1).split('.');
    return labels.length >= 2 && LOCAL.test(local) && labels.every((l) => LABEL.test(l)) && TLD.test(labels[labels.length - 1]);
}
// ---- phone numbers: libphonenumber's metadata (lengths and leading digits per country calling code) ----
/** E.164 as written: '+', the country code and the number, with optional spaces, dots, dashes, parentheses. */
const INTERNATIONAL = /^\+\d+(?: ?\(\d+\) ?\d+|[ .-]\d+)*$/;
/** North American numbers: (415) 555-2671, 415-555-2671, 415.555.2671, 1 415 555 2671. */
const NANP = /^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
/** Numbers with a trunk prefix 0, grouped: 020 7946 0958, 030-901820, (030) 901820, 06 12 34 56 78. */
const TRUNK = /^(?:0\d{1,4}|\(0\d{1,4}\))(?:[ -]\d{2,8}){1,4}$/;
/** Countries whose national format starts with the trunk prefix 0 and that we try, in order. */
const TRUNK_COUNTRIES = ['GB', 'DE', 'FR', 'NL', 'IT', 'ES', 'AU', 'IN'];
function digitCount(text) {
    let count = 0;
    for (let i = 0; i < text.length; i++)
        if (isDigit(text.charCodeAt(i)))
            count++;
    return count;
}
function isInternationalPhone(text) {
    const digits = digitCount(text);
    return digits >= 7 && digits <= 15 && INTERNATIONAL.test(text) && (0,parsePhoneNumber/* parsePhoneNumber */.l)(text)?.isValid() === true;
}
function isNationalPhone(text) {
    if (NANP.test(text))
        return (0,parsePhoneNumber/* parsePhoneNumber */.l)(text, 'US')?.isValid() === true;
    if (!TRUNK.test(text))
        return false;
    const digits = digitCount(text);
    return digits >= 9 && digits <= 12 && TRUNK_COUNTRIES.some((country) => (0,parsePhoneNumber/* parsePhoneNumber */.l)(text, country)?.isValid() === true);
}
// ---- payment cards: 13-19 digits in groups, a known issuer prefix for that length, Luhn's checksum ----
/** Issuer identification ranges: [first prefix, last prefix, shortest, longest]. */
const ISSUERS = [
    ['4', '4', 13, 19], // Visa (13, 16, 19)
    ['51', '55', 16, 16], // Mastercard
    ['2221', '2720', 16, 16], // Mastercard 2-series
    ['34', '34', 15, 15], // American Express
    ['37', '37', 15, 15],
    ['6011', '6011', 16, 19], // Discover
    ['644', '649', 16, 19],
    ['65', '65', 16, 19],
    ['300', '305', 14, 19], // Diners Club
    ['36', '36', 14, 19],
    ['38', '39', 16, 19],
    ['3528', '3589', 16, 19], // JCB
    ['62', '62', 16, 19], // UnionPay (and Discover's 622126-622925)
    ['2200', '2204', 16, 19], // Mir
    ['5018', '5018', 13, 19], // Maestro
    ['5020', '5020', 13, 19],
    ['5038', '5038', 13, 19],
    ['5893', '5893', 13, 19],
    ['6304', '6304', 13, 19],
    ['6759', '6759', 13, 19],
    ['6761', '6763', 13, 19],
    ['60', '60', 16, 16], // RuPay
    ['81', '82', 16, 16],
];
/** Digits alone, or in groups separated by single spaces or dashes (one kind of separator). */
const CARD = /^\d+(?:([ -])\d+(?:\1\d+)*)?$/;
function luhn(digits) {
    let sum = 0;
    for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
        let d = digits.charCodeAt(i) - 48;
        if (double && (d *= 2) > 9)
            d -= 9;
        sum += d;
    }
    return sum % 10 === 0;
}
function isCard(text) {
    if (text.length > 23 || !CARD.test(text))
        return false;
    const digits = text.length === 16 ? text : text.replace(/[ -]/g, '');
    const n = digits.length;
    if (n < 13 || n > 19)
        return false;
    const issued = ISSUERS.some(([low, high, min, max]) => n >= min && n <= max && digits.slice(0, low.length) >= low && digits.slice(0, high.length) <= high);
    return issued && luhn(digits);
}
// ---- IBAN (ISO 13616): country code, check digits, the BBAN; length per country and mod 97 ----
/** Electronic (AA00…) or printed in groups of four (AA00 0000 …). */
const IBAN = /^[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?)$/;
function isIban(text) {
    // ibantools checks the country's length and BBAN format, and the mod-97 checksum.
    return IBAN.test(text) && (0,ibantools/* isValidIBAN */.DT)(text.replace(/ /g, '').toUpperCase());
}
// ---- US social security numbers AAA-GG-SSSS: area not 000, 666 or 9xx; group not 00; serial not 0000 ----
const SSN = /^(\d{3})-(\d{2})-(\d{4})$/;
function isSsn(text) {
    const m = SSN.exec(text);
    if (!m)
        return false;
    const [area, group, serial] = [m[1], m[2], m[3]];
    return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}
// ---- masks: enough to recognise the kind, never the value ----
/** The value masked by its kind: j•••@e•••.com, •••• •••• •••• 4242, DE•• •••• •••• •••• •••• 00. */
function maskPii(value, kind) {
    const text = value.trim();
    switch (kind) {
        case 'email': {
            const at = text.lastIndexOf('@');
            const domain = text.slice(at + 1);
            const dot = domain.lastIndexOf('.');
            return `${[...text][0]}${BULLET.repeat(3)}@${[...domain][0]}${BULLET.repeat(3)}${domain.slice(dot)}`;
        }
        case 'card':
            return `•••• •••• •••• ${text.replace(/\D/g, '').slice(-4)}`;
        case 'iban': {
            const e = text.replace(/ /g, '').toUpperCase();
            const masked = e.slice(0, 2) + BULLET.repeat(e.length - 4) + e.slice(-2);
            return masked.replace(/(.{4})(?=.)/g, '$1 ');
        }
        case 'phone': {
            const total = digitCount(text);
            let seen = 0;
            return text.replace(/\d/g, (d) => (++seen > total - 2 ? d : BULLET));
        }
        case 'ssn':
            return '•••-••-••••';
        case 'ipv4':
            return `${text.slice(0, text.indexOf('.'))}.•.•.•`;
        case 'ipv6':
            return `${text.slice(0, text.indexOf(':'))}:•••`;
    }
}
/** A value of a column that holds personal data: masked by its kind, or to its first character. */
function maskValue(value) {
    const kind = detectPii(value);
    if (kind)
        return maskPii(value, kind);
    return value === '' ? '' : `${[...value][0]}${BULLET.repeat(3)}`;
}
/** At most this many words make one candidate (a phone number or card number written in groups). */
const MAX_WORDS = 6;
const EDGE = /^[("'<[{]+|[)"'>\]},.;:!?]+$/g;
/**
 * Free text with every piece of personal data in it masked: each run of up to six words is tried,
 * longest first, as one value (punctuation around it aside). For examples and messages that are shown.
 */
function redactText(text) {
    const parts = text.split(/(\s+)/); // words at even indices, spaces between
    const out = [];
    for (let i = 0; i < parts.length; i += 2) {
        let matched = false;
        for (let words = Math.min(MAX_WORDS, Math.ceil((parts.length - i) / 2)); words >= 1 && !matched; words--) {
            const candidate = parts.slice(i, i + 2 * words - 1).join('');
            const core = candidate.replace(EDGE, '');
            const kind = core.length >= 3 ? detectPii(core) ?? detectPii(candidate) : undefined;
            if (!kind)
                continue;
            const value = detectPii(core) ? core : candidate;
            out.push(candidate.replace(value, () => maskPii(value, kind)));
            if (i + 2 * words - 1 < parts.length)
                out.push(parts[i + 2 * words - 1]);
            i += 2 * (words - 1);
            matched = true;
        }
        if (!matched) {
            out.push(redactWord(parts[i]));
            if (i + 1 < parts.length)
                out.push(parts[i + 1]);
        }
    }
    return out.join('');
}
/** E-mail addresses inside a word (mailto:a@b.com, <a@b.com>, key=a@b.com). */
function redactWord(word) {
    if (!word.includes('@'))
        return word;
    return word.replace(/[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+@[A-Za-z0-9.\u0080-\uffff-]+/g, (m) => {
        const candidate = m.replace(/[.-]+$/, '');
        return isEmail(candidate) ? m.replace(candidate, () => maskPii(candidate, 'email')) : m;
    });
}

;// CONCATENATED MODULE: ./src/validate/pii-scan.ts
// Counts the values of every column that are personal data, kind by kind, in the validator's pass.
// Mergeable: byte ranges read on worker threads are scanned apart and added up in file order.
// A dictionary-coded value (data/interner.ts) is looked at once per code, and a coded batch's values
// (Parquet's dictionary pages: ClassifiedColumn.coded) once each; numbers too small to be a phone or card
// number, and non-text kinds, are skipped without making their text.




/** The smallest integer that can be a phone number written with '+' (7 digits); cards have 13 or more. */
const SMALLEST = 1e6;
class ColumnScanner {
    counts = new Array(PII_KINDS.length).fill(0);
    first = new Array(PII_KINDS.length).fill(null);
    /** Per dictionary code: 0 not looked at yet, else 1 + kindIndex (1: not personal data). */
    memo;
    add(column, length, place, summary) {
        if (!mayHoldPii(summary))
            return;
        const coded = column.coded;
        // Values in the order they first occur: the first of a kind is the first row of that kind.
        if (coded)
            this.addValues(coded.values, coded.size, (s, value) => place(coded.first[s], value), coded.counts);
        else
            this.addValues(column, length, place);
    }
    /** `weights`: how many rows hold each value (1 each when absent). */
    addValues(column, length, place, weights) {
        const { kinds, numbers, source } = column;
        if (source && this.memo?.strings !== source.strings)
            this.memo = { strings: source.strings, found: growable/* EMPTY_U8 */.ME };
        const codes = source?.codes;
        let memo = this.memo?.found ?? growable/* EMPTY_U8 */.ME;
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            if (kind !== values/* Kind */.b8.string && (kind !== values/* Kind */.b8.integer || Math.abs(numbers[i]) < SMALLEST))
                continue;
            let code = codes === undefined ? -1 : codes[i];
            if (code === values/* NO_CODE_YET */.Vv)
                code = (0,values/* codeAt */.LT)(column, i);
            let found;
            if (code >= 0) {
                if (code >= memo.length)
                    memo = this.memo.found = (0,growable/* grown */.gT)(memo, Math.min(interner/* MAX_ENTRIES */.S, Math.max(64, 4 * code))); // grown with the codes looked at: numeric columns look at few
                found = memo[code];
                if (found === 0)
                    found = memo[code] = 1 + kindIndex((0,values/* textAt */.$6)(column, i));
            }
            else
                found = 1 + kindIndex((0,values/* textAt */.$6)(column, i));
            if (found === 1)
                continue;
            const k = found - 2;
            if (this.counts[k] === 0)
                this.first[k] = place(i, maskPii((0,values/* textAt */.$6)(column, i), PII_KINDS[k]));
            this.counts[k] += weights ? weights[i] : 1;
        }
    }
}
/** Whether a batch has text, or integers long enough to be a phone or card number (most numeric and date columns have neither). */
function mayHoldPii({ kinds, min, max }) {
    if ((kinds & (1 << values/* Kind */.b8.string)) !== 0)
        return true;
    return (kinds & (1 << values/* Kind */.b8.integer)) !== 0 && !(min > -SMALLEST && max < SMALLEST);
}
/** 0 for no personal data, 1 + the kind's index otherwise. */
function kindIndex(text) {
    const kind = detectPii(text);
    return kind === undefined ? 0 : 1 + PII_KINDS.indexOf(kind);
}
class PiiScanner {
    columns = new Map();
    /** `summaries`: per column, summarize() of its batch. */
    add(classified, length, place, summaries) {
        for (const [name, column] of classified) {
            let scanner = this.columns.get(name);
            if (!scanner)
                this.columns.set(name, (scanner = new ColumnScanner()));
            scanner.add(column, length, place, summaries.get(name));
        }
    }
    toJSON() {
        return [...this.columns].map(([name, { counts, first }]) => [name, { counts, first }]);
    }
    /** Adds a later part of the data (a byte range), whose examples `shift` moves to their place in the file. */
    absorb(json, shift) {
        for (const [name, theirs] of json) {
            let scanner = this.columns.get(name);
            if (!scanner)
                this.columns.set(name, (scanner = new ColumnScanner()));
            theirs.counts.forEach((count, k) => {
                if (count > 0 && scanner.counts[k] === 0)
                    scanner.first[k] = shift(theirs.first[k]);
                scanner.counts[k] += count;
            });
        }
    }
    /** Per column, the kinds found: how many values, and where the first one is (masked). */
    findings() {
        const out = new Map();
        for (const [name, { counts, first }] of this.columns) {
            const found = PII_KINDS.flatMap((kind, k) => (counts[k] > 0 ? [{ kind, count: counts[k], first: first[k] }] : []));
            if (found.length > 0)
                out.set(name, found);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/validate/validator.ts
// One streaming pass per file: each batch is classified once, fed to the profile and to the row
// checks; aggregate and table checks are judged at the end from the merged profile. A large plain
// CSV/TSV file is read in byte ranges on worker threads instead (a large Parquet file in runs of row
// groups), each part by its own Validator, and the parts' counts, examples and profiles merge in file order.











const EMPTY_SCHEMA = { source: '(none)', columns: [], uniqueTogether: [], missingValues: [''] };
/** Plain CSV/TSV files larger than this are read in ranges of about this size, on worker threads (Parquet: runs of row groups of about this size uncompressed). */
const RANGE_BYTES = 8 * 1024 * 1024;
class Validator {
    schema;
    profileOptions;
    limits;
    rangeBytes;
    scanPii;
    columns = new Map();
    uniqueTogether;
    missing;
    malformed = [];
    headers = new Map();
    /** Classified arrays per column, filled again by every batch (nothing keeps them past it). */
    scratch = [];
    maxExamples;
    profile;
    pii;
    constructor(schema = EMPTY_SCHEMA, profileOptions, limits = {}, rangeBytes = RANGE_BYTES, 
    /** Also look for personal data in every column (see pii-scan.ts). */
    scanPii = false) {
        this.schema = schema;
        this.profileOptions = profileOptions;
        this.limits = limits;
        this.rangeBytes = rangeBytes;
        this.scanPii = scanPii;
        this.profile = new profile/* DatasetProfile */.y6(profileOptions);
        this.pii = scanPii ? new PiiScanner() : undefined;
        this.missing = new Set(schema.missingValues);
        const examples = (this.maxExamples = limits.maxExamples ?? table/* DEFAULT_MAX_EXAMPLES */.b8);
        for (const column of schema.columns) {
            const state = { schema: column, rowChecks: rowChecksFor(column, examples) };
            if (column.unique?.value)
                state.unique = new UniqueTracker(new RowCheck(column.name, 'unique', column.unique, 'unique', () => { }, false, examples));
            this.columns.set(column.name, state);
        }
        this.uniqueTogether = schema.uniqueTogether.map((spec) => ({
            columns: spec.value,
            tracker: new UniqueTracker(new RowCheck(spec.value.join(' + '), 'unique-together', spec, 'unique together', () => { }, false, examples)),
        }));
    }
    /** What the reader is told: the schema's missing values and the caps. */
    readOptions(file) {
        const { maxColumns, maxDepth } = this.limits;
        return { format: file.format, gzip: file.gzip, missing: this.missing, ...(maxColumns !== undefined && { maxColumns }), ...(maxDepth !== undefined && { maxDepth }) };
    }
    async validateFile(file) {
        if (await this.validateInRanges(file))
            return;
        const problems = new table/* ProblemLog */.mT(this.maxExamples);
        let rows = 0;
        const seenColumns = new Set(); // JSON batches hold the keys of their own records
        const summary = await (0,data_read/* readTable */.xz)(file.path, this.readOptions(file), {
            batch: (batch) => {
                rows += batch.length;
                for (const name of batch.columns)
                    seenColumns.add(name);
                this.batch(file, batch, seenColumns);
            },
            malformed: (problem) => problems.add(problem),
        });
        this.headers.set(file.display, [...seenColumns]);
        this.profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
        if (problems.count > 0)
            this.malformed.push(malformedResult(file.display, problems, rows));
    }
    /**
     * A large plain CSV/TSV file, in byte ranges on worker threads, merged in file order (a large Parquet
     * file likewise, in runs of row groups); false when the file must be read in one pass: small,
     * compressed, JSON, uniqueness checks (one set of seen values), or a quote somewhere (a quoted field
     * may hold a newline where a range would start). The split depends on the file alone, never on the
     * number of cores, so results are reproducible.
     */
    async validateInRanges(file) {
        const onePass = this.uniqueTogether.length > 0 || [...this.columns.values()].some((state) => state.unique);
        if (onePass || file.gzip || file.format === 'json' || file.format === 'jsonl')
            return false;
        const plan = file.format === 'parquet' ? await (0,parquet/* planRowGroups */.m)(file.path, this.rangeBytes) : await planRanges(file.path, file.format, this.rangeBytes);
        // A file past max-columns is one finding, from one pass.
        if (!plan || (file.format === 'parquet' && plan.columns.length > (this.limits.maxColumns ?? table/* DEFAULT_MAX_COLUMNS */.jk)))
            return false;
        // This thread reads ranges too: it is warm while the workers start, and hashes the file between reads.
        const threads = Math.min((0,external_node_os_.availableParallelism)(), plan.ranges.length);
        const pool = new WorkerPool(threads - 1, (_task, input) => validateRangeHere(input));
        const read = (i) => {
            const range = plan.ranges[i];
            return pool.run('validate-range', { schema: this.schema, profileOptions: this.profileOptions, limits: this.limits, scanPii: this.scanPii, file, range: i === 0 ? range : { ...range, columns: plan.columns } });
        };
        const problems = new table/* ProblemLog */.mT(this.maxExamples);
        let rows = 0;
        let lines = 0;
        let summary;
        try {
            const hashing = (0,data_read/* hashFile */.DC)(file.path);
            hashing.catch(() => { });
            // A few ranges ahead of the next to absorb: a range's profile of a wide table is tens of MB.
            await (0,in_order/* inOrder */.a)(plan.ranges.length, 2 * threads, read, (result) => {
                this.absorb(result, file.format === 'parquet' ? 0 : rows, lines, problems); // Parquet's rows are numbered in the file
                rows += result.rows;
                lines += (result.text?.nextLine ?? 1) - 1;
                return !result.text?.stopped; // one pass stops there too
            });
            summary = await hashing;
        }
        finally {
            await pool.close();
        }
        this.headers.set(file.display, plan.columns);
        this.profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
        if (problems.count > 0)
            this.malformed.push(malformedResult(file.display, problems, rows));
        return true;
    }
    /** One byte range of a file, with rows and lines counted from the range's start (a run of a Parquet file's row groups). */
    async readRange(file, range) {
        const problems = new table/* ProblemLog */.mT(this.maxExamples);
        let rows = 0;
        const part = file.format === 'parquet' ? { rowGroups: { start: range.start, end: range.end } } : { range };
        const summary = await (0,data_read/* readTable */.xz)(file.path, { ...this.readOptions(file), ...part }, {
            batch: (batch) => {
                rows += batch.length;
                this.batch(file, batch);
            },
            malformed: (problem) => problems.add(problem),
        });
        const checks = [...this.columns.values()].map((state) => state.rowChecks.map(({ failed, evaluated, nulls, examples }) => ({ failed, evaluated, nulls, examples })));
        return { ...(summary.text && { text: summary.text }), rows, profile: this.profile, checks, problems: { count: problems.count, first: problems.first }, ...(this.pii ? { pii: this.pii.toJSON() } : {}) };
    }
    /** Adds a range's result, shifting its rows and lines by those of the ranges before it. */
    absorb(result, rowsBefore, linesBefore, problems) {
        const shift = (example) => ({ ...example, row: example.row + rowsBefore, ...(example.line !== undefined && { line: example.line + linesBefore }) });
        [...this.columns.values()].forEach((state, c) => state.rowChecks.forEach((check, k) => {
            const theirs = result.checks[c][k];
            check.failed += theirs.failed;
            check.evaluated += theirs.evaluated;
            check.nulls += theirs.nulls;
            for (const example of theirs.examples.slice(0, this.maxExamples - check.examples.length))
                check.examples.push(shift(example));
        }));
        if (result.pii)
            this.pii.absorb(result.pii, shift);
        for (const problem of result.problems.first)
            problems.add(problem.line === undefined ? problem : { ...problem, line: problem.line + linesBefore });
        problems.count += result.problems.count - result.problems.first.length;
        const part = result.profile instanceof profile/* DatasetProfile */.y6 ? result.profile : profile/* DatasetProfile */.y6.fromOwnJSON(result.profile); // a worker's answer
        this.profile.merge(part);
        part.release(); // its arrays given back now, not at a full collection (see profileFiles)
    }
    /** `seen`: the file's columns so far; a record batch without one of them has it null in every row. */
    batch(file, batch, seen) {
        const classified = (0,values/* classifyBatch */.N6)(batch, this.missing, this.scratch);
        this.profile.addBatch(classified, batch.length);
        const example = (i, text) => ({
            file: file.display,
            row: batch.firstRow + i,
            ...(batch.lines ? { line: batch.lines[i] } : {}),
            value: text ?? 'null',
        });
        // One look at each column's kinds (and range) per batch, for the PII scan and the row checks alike.
        const summaries = new Map();
        if (this.pii)
            for (const [name, column] of classified)
                summaries.set(name, summarize(column, batch.length));
        this.pii?.add(classified, batch.length, example, summaries);
        for (const [name, state] of this.columns) {
            const column = classified.get(name) ?? (seen?.has(name) && !batch.textual ? nullColumn(batch.length) : undefined);
            if (!column)
                continue; // a missing column is a table finding, not thousands of row findings
            const summary = summaries.get(name) ?? summarize(column, batch.length);
            const { nulls } = summary;
            for (const check of state.rowChecks) {
                if (check.judgesNulls)
                    check.evaluated += batch.length;
                else {
                    check.evaluated += batch.length - nulls;
                    check.nulls += nulls;
                }
                check.judge(column, batch.length, summary, (i) => example(i, (0,values/* textAt */.$6)(column, i)));
            }
            if (state.unique) {
                for (let i = 0; i < batch.length; i++) {
                    if (column.kinds[i] === values/* Kind */.b8.null)
                        state.unique.check.nulls++;
                    else
                        state.unique.see((0,values/* textAt */.$6)(column, i), example(i, (0,values/* textAt */.$6)(column, i)));
                }
            }
        }
        for (const { columns, tracker } of this.uniqueTogether) {
            const parts = columns.map((name) => classified.get(name));
            if (parts.some((p) => p === undefined))
                continue;
            for (let i = 0; i < batch.length; i++) {
                const texts = parts.map((p) => (0,values/* textAt */.$6)(p, i));
                tracker.see(texts.map((t) => t ?? '\u0000').join('\u001f'), example(i, texts.map((t) => t ?? 'null').join(', ')));
            }
        }
    }
    finish() {
        const checks = [...this.malformed, ...this.tableChecks()];
        for (const state of this.columns.values()) {
            const present = this.profile.columns.has(state.schema.name);
            if (!present)
                continue;
            for (const check of state.rowChecks)
                checks.push(check.result());
            if (state.unique)
                checks.push(state.unique.check.result());
            checks.push(...this.aggregateChecks(state.schema));
        }
        for (const { tracker } of this.uniqueTogether)
            checks.push(tracker.check.result());
        return { checks, profile: this.profile, headers: this.headers, ...(this.pii ? { pii: this.pii.findings() } : {}) };
    }
    tableChecks() {
        const results = [];
        const dataColumns = new Set([...this.headers.values()].flat());
        for (const column of this.schema.columns) {
            if (!column.required.value)
                continue;
            const missingIn = [...this.headers].filter(([, cols]) => !cols.includes(column.name)).map(([file]) => file);
            results.push(tableResult(`${column.name}: required`, 'required', column.required, 'the column to be present', missingIn.length === 0 ? 'present' : `missing from ${missingIn.join(', ')}`, missingIn.length === 0, column.name));
        }
        if (this.schema.columnsMode) {
            const mode = this.schema.columnsMode.value;
            const expected = new Set(this.schema.columns.map((c) => c.name));
            const unexpected = [...dataColumns].filter((c) => !expected.has(c));
            const missing = [...expected].filter((c) => !dataColumns.has(c));
            const problems = [...(mode !== 'superset' && unexpected.length ? [`unexpected: ${unexpected.join(', ')}`] : []), ...(mode !== 'subset' && missing.length ? [`missing: ${missing.join(', ')}`] : [])];
            results.push(tableResult('table: columns', 'columns', this.schema.columnsMode, `columns ${mode === 'exact' ? 'exactly' : `a ${mode} of`} the schema's`, problems.length ? problems.join('; ') : 'as expected', problems.length === 0));
        }
        if (this.schema.rowCount) {
            const range = this.schema.rowCount.value;
            results.push(tableResult('table: row-count', 'row-count', this.schema.rowCount, rangeText(range), `${this.profile.rows} rows`, inRange(this.profile.rows, range)));
        }
        return results;
    }
    aggregateChecks(column) {
        const profile = this.profile.columns.get(column.name);
        const results = [];
        const numeric = profile.moments.n > 0;
        const exactness = profile.values ? 'exact' : `approximate: KLL sketch, rank error ≈ ${(165 / profile.kll.k).toFixed(1)}%`;
        const judge = (check, spec, observed, what) => {
            if (!spec)
                return;
            const ok = observed !== undefined && Number.isFinite(observed) && inRange(observed, spec.value);
            results.push(tableResult(`${column.name}: ${check}`, check, spec, rangeText(spec.value), observed === undefined || !numeric ? 'no numeric values' : `${formatNumber(observed)} (${what})`, ok, column.name));
        };
        judge('mean', column.mean, profile.moments.mean, 'exact');
        judge('std', column.std, Math.sqrt(profile.moments.n > 1 ? profile.moments.m2 / (profile.moments.n - 1) : NaN), 'sample standard deviation, ddof 1');
        judge('median', column.median, numeric ? profile.quantile(0.5) : undefined, exactness);
        for (const [name, range] of Object.entries(column.quantiles?.value ?? {})) {
            judge(`quantile ${name}`, { ...column.quantiles, value: range }, numeric ? profile.quantile(Number(name.slice(1)) / 100) : undefined, exactness);
        }
        if (column.distinctCount) {
            const d = profile.distinct();
            results.push(tableResult(`${column.name}: distinct-count`, 'distinct-count', column.distinctCount, rangeText(column.distinctCount.value), `${d.estimate} (${d.exact ? 'exact' : 'HyperLogLog estimate, ±1.6%'})`, inRange(d.estimate, column.distinctCount.value), column.name));
        }
        if (column.maxNullFraction) {
            const fraction = profile.count === 0 ? 0 : profile.nulls / profile.count;
            results.push(tableResult(`${column.name}: max-null-fraction`, 'max-null-fraction', column.maxNullFraction, `≤ ${column.maxNullFraction.value} null`, `${formatNumber(fraction)} (${profile.nulls} of ${profile.count} rows)`, fraction <= column.maxNullFraction.value, column.name));
        }
        return results;
    }
}
/** One byte range of a file, validated by its own Validator: a task of the worker pool, answered as JSON. */
async function validateRange(input) {
    const result = await validateRangeHere(input);
    const profile = result.profile.toJSON(false);
    result.profile.release(); // its arrays are copied into the JSON
    return { ...result, profile };
}
/** The pool's task on the calling thread: the range's live profile, which needs no copy into JSON. */
function validateRangeHere(input) {
    return new Validator(input.schema, input.profileOptions, input.limits, RANGE_BYTES, input.scanPii).readRange(input.file, input.range);
}
/** A column of `length` nulls. */
function nullColumn(length) {
    return { kinds: new Uint8Array(length), numbers: new Float64Array(length).fill(NaN), texts: new Array(length).fill(null) };
}
function malformedResult(file, problems, rows) {
    const { count } = problems;
    return {
        id: `${file}: well-formed`,
        check: 'well-formed',
        severity: 'error',
        status: 'failed',
        expected: 'a well-formed file',
        failed: count,
        evaluated: rows + count,
        nulls: 0,
        share: count / Math.max(1, rows + count),
        mostly: 1,
        examples: problems.first.map((p) => ({ file, row: p.row ?? 0, ...(p.line !== undefined ? { line: p.line } : {}), value: p.message })),
        message: `${count} malformed row(s) or part(s) of ${file}, left out of the other checks`,
    };
}
function tableResult(id, check, spec, expected, observed, ok, column) {
    return {
        id,
        ...(column ? { column } : {}),
        check,
        severity: spec.severity,
        status: ok ? 'passed' : 'failed',
        expected,
        observed,
        failed: ok ? 0 : 1,
        evaluated: 1,
        nulls: 0,
        share: ok ? 0 : 1,
        mostly: spec.mostly,
        examples: [],
        message: ok ? `${check}: ${observed}` : `expected ${expected}, found ${observed}`,
    };
}
const inRange = (x, r) => (r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max);
const rangeText = (r) => [r.min !== undefined ? `≥ ${r.min}` : '', r.max !== undefined ? `≤ ${r.max}` : ''].filter(Boolean).join(' and ') || 'any value';
function formatNumber(x) {
    if (!Number.isFinite(x))
        return String(x);
    if (Number.isInteger(x))
        return String(x);
    return Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4 ? x.toExponential(4) : Number(x.toPrecision(6)).toString();
}


/***/ })

};
