export const id = 290;
export const ids = [290,312];
export const modules = {

/***/ 171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  labelOf: () => (/* binding */ labelOf),
  monitorFileHere: () => (/* binding */ monitorFileHere),
  monitorFileTask: () => (/* binding */ monitorFileTask),
  monitorFiles: () => (/* binding */ monitorFiles)
});

// EXTERNAL MODULE: ./src/data/read.ts + 1 modules
var read = __webpack_require__(932);
// EXTERNAL MODULE: ./src/data/table.ts
var table = __webpack_require__(704);
// EXTERNAL MODULE: ./src/data/values.ts
var data_values = __webpack_require__(884);
// EXTERNAL MODULE: ./src/profile/index.ts
var src_profile = __webpack_require__(733);
;// CONCATENATED MODULE: ./src/monitor/windows.ts
// Time windows over the current data, calendar-aligned in UTC: a window of hours starts at a multiple
// of its length after midnight, a day at midnight, a week (or any multiple of 7 days) on Monday.
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
const DAY = UNIT_MS.d;
/** 1970-01-05T00:00Z, a Monday. */
const MONDAY = 4 * DAY;
/** More windows than this would be a table no one reads and a profile per window in memory. */
const MAX_WINDOWS = 1000;
/** "30m", "6h", "1d", "7d", "1w"; undefined when the text is not such a length or does not align with days. */
function parseWindow(text) {
    const match = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
    if (!match)
        return undefined;
    const size = Number(match[1]) * UNIT_MS[match[2]];
    const aligned = size > 0 && (size < DAY ? DAY % size === 0 : size % DAY === 0);
    if (!aligned)
        return undefined;
    return { text: text.trim(), size, origin: size % (7 * DAY) === 0 ? MONDAY : 0 };
}
/** The start of the window holding instant t (epoch milliseconds). */
function windowStart(spec, t) {
    return spec.origin + Math.floor((t - spec.origin) / spec.size) * spec.size;
}

;// CONCATENATED MODULE: ./src/monitor/read.ts
// One pass over a data file for the model monitor: the file's profile (one per time window when a
// window is given; the whole is their merge) and the monitored columns row by row — target and
// prediction as class labels and as numbers, the score, each row's window — in typed arrays, which
// move between threads without a copy.





const MAX_LABELS = 10_000;
/** Numbers of a growing length, in a typed array that doubles when full. */
class Growable {
    array;
    length = 0;
    constructor(array) {
        this.array = array;
    }
    push(x) {
        if (this.length === this.array.length) {
            const next = new this.array.constructor(Math.max(1024, this.array.length * 2));
            next.set(this.array);
            this.array = next;
        }
        this.array[this.length++] = x;
    }
    done() {
        return this.array.slice(0, this.length);
    }
}
const isNumber = (kind) => kind === data_values/* Kind */.b8.integer || kind === data_values/* Kind */.b8.number;
/** A value as a class label: a number by its value ("1.0" is "1", as pandas writes integers beside empty cells), a boolean as 1 or 0 (numpy's True == 1), other text as it is. */
function labelOf(column, i) {
    const kind = column.kinds[i];
    if (kind === data_values/* Kind */.b8.null)
        return null;
    return isNumber(kind) || kind === data_values/* Kind */.b8.boolean ? String(column.numbers[i] + 0) : (0,data_values/* textAt */.$6)(column, i);
}
class Labels {
    labels = [];
    codes = new Map();
    many = false;
    code(column, i) {
        if (column.kinds[i] === data_values/* Kind */.b8.null)
            return -1;
        if (this.many)
            return -2; // not classes: no need to name each value
        const label = labelOf(column, i);
        let code = this.codes.get(label);
        if (code === undefined) {
            if (this.labels.length === MAX_LABELS) {
                this.many = true;
                return -2;
            }
            code = this.labels.push(label) - 1;
            this.codes.set(label, code);
        }
        return code;
    }
}
/** Values a column must not hold: counted, the first one named. */
class InvalidValues {
    count = 0;
    first = '';
    get() {
        return this.count > 0 ? { count: this.count, first: this.first } : undefined;
    }
}
/** Rows `rows[0 … count)` of a classified column, as a column of their own (texts still unread stay bytes). */
function selectRows(column, rows, count) {
    const out = { kinds: new Uint8Array(count), numbers: new Float64Array(count), texts: new Array(count) };
    const source = column.source;
    const picked = source && { bytes: source.bytes, strings: source.strings, starts: new Int32Array(count), ends: new Int32Array(count), codes: new Int32Array(count) };
    for (let k = 0; k < count; k++) {
        const i = rows[k];
        out.kinds[k] = column.kinds[i];
        out.numbers[k] = column.numbers[i];
        out.texts[k] = column.texts[i];
        if (picked) {
            picked.starts[k] = source.starts[i];
            picked.ends[k] = source.ends[i];
            picked.codes[k] = source.codes[i];
        }
    }
    if (picked)
        out.source = picked;
    // A typed value without text (Parquet) makes it from its row in the batch.
    const format = column.format;
    if (format)
        out.format = (k) => format(rows[k]);
    return out;
}
/** One file: its profile (per window, when windowed) and its monitored columns. */
async function monitorFileHere(task) {
    const { file, options, columns, window } = task;
    const missing = new Set(task.missing);
    const whole = new src_profile/* DatasetProfile */.y6(options);
    const windows = new Map();
    const problems = new table/* ProblemLog */.mT();
    const scratch = [];
    const labels = new Labels();
    const grow = (on) => (on ? new Growable(new Float64Array(1024)) : undefined);
    const target = columns.target ? new Growable(new Int32Array(1024)) : undefined;
    const prediction = columns.prediction ? new Growable(new Int32Array(1024)) : undefined;
    const [targetValues, predictionValues, score, starts] = [grow(columns.target), grow(columns.prediction), grow(columns.score), grow(window)];
    const invalid = { score: new InvalidValues(), timestamp: new InvalidValues(), target: new InvalidValues(), prediction: new InvalidValues(), window: new InvalidValues() };
    let batchStarts = new Float64Array(0);
    let rowList = new Int32Array(0);
    let rows = 0;
    const summary = await (0,read/* readTable */.xz)(file.path, { format: file.format, gzip: file.gzip, missing, ...task.limits }, {
        batch: (batch) => {
            const classified = (0,data_values/* classifyBatch */.N6)(batch, missing, scratch);
            const describe = (column, i) => `${file.display} ${batch.lines ? `line ${batch.lines[i]}` : `row ${batch.firstRow + i}`}: ${JSON.stringify((column && (0,data_values/* textAt */.$6)(column, i)) ?? '').slice(0, 42)}`;
            const labelled = (name, codes, values, bad) => {
                if (!codes || !values)
                    return;
                const column = classified.get(name);
                for (let i = 0; i < batch.length; i++) {
                    const kind = column ? column.kinds[i] : data_values/* Kind */.b8.null;
                    codes.push(column ? labels.code(column, i) : -1);
                    values.push(isNumber(kind) ? column.numbers[i] : NaN);
                    if (kind !== data_values/* Kind */.b8.null && !isNumber(kind) && bad.count++ === 0)
                        bad.first = describe(column, i);
                }
            };
            labelled(columns.target, target, targetValues, invalid.target);
            labelled(columns.prediction, prediction, predictionValues, invalid.prediction);
            if (score) {
                const column = classified.get(columns.score);
                for (let i = 0; i < batch.length; i++) {
                    const kind = column ? column.kinds[i] : data_values/* Kind */.b8.null;
                    const x = column && isNumber(kind) ? column.numbers[i] : NaN;
                    score.push(x);
                    if (kind !== data_values/* Kind */.b8.null && !(x >= 0 && x <= 1) && invalid.score.count++ === 0)
                        invalid.score.first = describe(column, i);
                }
            }
            rows += batch.length;
            if (!window) {
                whole.addBatch(classified, batch.length);
                return;
            }
            // Each row's window, from an ISO date or datetime, or Unix seconds.
            const column = classified.get(columns.timestamp);
            if (batchStarts.length < batch.length)
                batchStarts = new Float64Array(batch.length);
            let same = true;
            for (let i = 0; i < batch.length; i++) {
                const kind = column ? column.kinds[i] : data_values/* Kind */.b8.null;
                const t = kind === data_values/* Kind */.b8.date || kind === data_values/* Kind */.b8.datetime ? column.numbers[i] : isNumber(kind) ? column.numbers[i] * 1000 : NaN;
                const start = Number.isFinite(t) ? windowStart(window, t) : NaN;
                if (Number.isNaN(start) && invalid.timestamp.count++ === 0)
                    invalid.timestamp.first = describe(column, i);
                batchStarts[i] = start;
                starts.push(start);
                same &&= start === batchStarts[0];
            }
            const profileOf = (start, i) => {
                let profile = windows.get(start);
                if (!profile && windows.size === MAX_WINDOWS) {
                    if (invalid.window.count++ === 0)
                        invalid.window.first = describe(column, i);
                    return undefined;
                }
                if (!profile)
                    windows.set(start, (profile = new src_profile/* DatasetProfile */.y6(options)));
                return profile;
            };
            if (same && !Number.isNaN(batchStarts[0])) {
                profileOf(batchStarts[0], 0)?.addBatch(classified, batch.length); // the usual case: data in time order
                return;
            }
            const groups = new Map();
            for (let i = 0; i < batch.length; i++) {
                const start = batchStarts[i];
                if (Number.isNaN(start))
                    continue;
                const group = groups.get(start);
                if (group)
                    group.push(i);
                else
                    groups.set(start, [i]);
            }
            for (const [start, group] of groups) {
                const profile = profileOf(start, group[0]);
                if (!profile)
                    continue;
                if (rowList.length < group.length)
                    rowList = new Int32Array(batch.length);
                rowList.set(group);
                const subset = new Map();
                for (const [name, column] of classified)
                    subset.set(name, selectRows(column, rowList, group.length));
                profile.addBatch(subset, group.length);
            }
        },
        malformed: (problem) => problems.add(problem),
    });
    const ordered = [...windows].sort((a, b) => a[0] - b[0]);
    for (const [, profile] of ordered)
        whole.merge(profile);
    whole.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
    return {
        profile: whole,
        windows: ordered.map(([start, profile]) => ({ start, profile })),
        rows: {
            length: rows,
            labels: labels.labels,
            manyLabels: labels.many,
            target: target?.done(),
            prediction: prediction?.done(),
            targetValues: targetValues?.done(),
            predictionValues: predictionValues?.done(),
            score: score?.done(),
            window: starts?.done(),
            invalid: { score: invalid.score.get(), timestamp: invalid.timestamp.get(), target: invalid.target.get(), prediction: invalid.prediction.get(), window: invalid.window.get() },
        },
        malformed: { count: problems.count, first: problems.first.map((problem) => ({ ...problem, file: file.display })) },
    };
}
/** The worker pool's task: the same, with the profiles as the contract's JSON (typed arrays move as they are). */
async function monitorFileTask(task) {
    const data = await monitorFileHere(task);
    return { ...data, profile: data.profile.toJSON(false), windows: data.windows.map((w) => ({ start: w.start, profile: w.profile.toJSON(false) })) };
}
function concat(parts, make) {
    if (parts.every((p) => p === undefined))
        return undefined;
    const out = make(parts.reduce((n, p) => n + (p?.length ?? 0), 0));
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
/** The files' data in the order given, as one: profiles and windows merged, rows appended, label codes renumbered. */
function mergeMonitored(parts, options) {
    if (parts.length === 1)
        return parts[0];
    const profile = new src_profile/* DatasetProfile */.y6(options);
    const windows = new Map();
    for (const part of parts) {
        profile.merge(part.profile);
        for (const w of part.windows) {
            const mine = windows.get(w.start);
            if (mine)
                mine.merge(w.profile);
            else
                windows.set(w.start, w.profile);
        }
    }
    const labels = [];
    const codeOf = new Map();
    const recode = (part, codes) => {
        if (!codes)
            return undefined;
        const map = part.rows.labels.map((label) => codeOf.get(label) ?? (codeOf.set(label, labels.length), labels.push(label) - 1));
        return codes.map((c) => (c >= 0 ? map[c] : c));
    };
    const rows = parts.map((p) => p.rows);
    const int = (n) => new Int32Array(n);
    const float = (n) => new Float64Array(n);
    const firstInvalid = (key) => {
        const found = rows.filter((r) => r.invalid[key]);
        return found.length === 0 ? undefined : { count: found.reduce((n, r) => n + r.invalid[key].count, 0), first: found[0].invalid[key].first };
    };
    return {
        profile,
        windows: [...windows].sort((a, b) => a[0] - b[0]).map(([start, p]) => ({ start, profile: p })),
        rows: {
            length: rows.reduce((n, r) => n + r.length, 0),
            target: concat(parts.map((p) => recode(p, p.rows.target)), int),
            prediction: concat(parts.map((p) => recode(p, p.rows.prediction)), int),
            labels,
            manyLabels: rows.some((r) => r.manyLabels) || labels.length > MAX_LABELS,
            targetValues: concat(rows.map((r) => r.targetValues), float),
            predictionValues: concat(rows.map((r) => r.predictionValues), float),
            score: concat(rows.map((r) => r.score), float),
            window: concat(rows.map((r) => r.window), float),
            invalid: { score: firstInvalid('score'), timestamp: firstInvalid('timestamp'), target: firstInvalid('target'), prediction: firstInvalid('prediction'), window: firstInvalid('window') },
        },
        malformed: { count: parts.reduce((n, p) => n + p.malformed.count, 0), first: parts.flatMap((p) => p.malformed.first) },
    };
}
/** Reads data files for the monitor, on the pool's threads when one is given. */
async function monitorFiles(files, task, pool) {
    const fromJson = (data) => {
        const profile = (p) => (p instanceof src_profile/* DatasetProfile */.y6 ? p : src_profile/* DatasetProfile */.y6.fromJSON(p));
        return { ...data, profile: profile(data.profile), windows: data.windows.map((w) => ({ start: w.start, profile: profile(w.profile) })) };
    };
    const parts = [];
    if (pool)
        parts.push(...(await Promise.all(files.map(async (file) => fromJson(await pool.run('monitor-file', { ...task, file }))))));
    else
        for (const file of files)
            parts.push(await monitorFileHere({ ...task, file }));
    return mergeMonitored(parts, task.options);
}


/***/ }),

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

/***/ 312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ ParquetTypes),
/* harmony export */   I7: () => (/* binding */ EdgeInterpolationAlgorithms),
/* harmony export */   IE: () => (/* binding */ CompressionCodecs),
/* harmony export */   Nw: () => (/* binding */ FieldRepetitionTypes),
/* harmony export */   P2: () => (/* binding */ PageTypes),
/* harmony export */   UQ: () => (/* binding */ BoundaryOrders),
/* harmony export */   gQ: () => (/* binding */ ConvertedTypes),
/* harmony export */   p6: () => (/* binding */ Encodings)
/* harmony export */ });

/** @type {import('../src/types.d.ts').ParquetType[]} */
const ParquetTypes = [
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96', // deprecated
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]

/** @type {import('../src/types.d.ts').Encoding[]} */
const Encodings = [
  'PLAIN',
  'GROUP_VAR_INT', // deprecated
  'PLAIN_DICTIONARY',
  'RLE',
  'BIT_PACKED', // deprecated
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'RLE_DICTIONARY',
  'BYTE_STREAM_SPLIT',
]

/** @type {import('../src/types.d.ts').FieldRepetitionType[]} */
const FieldRepetitionTypes = [
  'REQUIRED',
  'OPTIONAL',
  'REPEATED',
]

/** @type {import('../src/types.d.ts').ConvertedType[]} */
const ConvertedTypes = [
  'UTF8',
  'MAP',
  'MAP_KEY_VALUE',
  'LIST',
  'ENUM',
  'DECIMAL',
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'UINT_8',
  'UINT_16',
  'UINT_32',
  'UINT_64',
  'INT_8',
  'INT_16',
  'INT_32',
  'INT_64',
  'JSON',
  'BSON',
  'INTERVAL',
]

/** @type {import('../src/types.d.ts').CompressionCodec[]} */
const CompressionCodecs = [
  'UNCOMPRESSED',
  'SNAPPY',
  'GZIP',
  'LZO',
  'BROTLI',
  'LZ4',
  'ZSTD',
  'LZ4_RAW',
]

/** @type {import('../src/types.d.ts').PageType[]} */
const PageTypes = [
  'DATA_PAGE',
  'INDEX_PAGE',
  'DICTIONARY_PAGE',
  'DATA_PAGE_V2',
]

/** @type {import('../src/types.d.ts').BoundaryOrder[]} */
const BoundaryOrders = [
  'UNORDERED',
  'ASCENDING',
  'DESCENDING',
]

/** @type {import('../src/types.d.ts').EdgeInterpolationAlgorithm[]} */
const EdgeInterpolationAlgorithms = [
  'SPHERICAL',
  'VINCENTY',
  'THOMAS',
  'ANDOYER',
  'KARNEY',
]


/***/ })

};
