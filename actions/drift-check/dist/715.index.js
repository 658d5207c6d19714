export const id = 715;
export const ids = [715,662];
export const modules = {

/***/ 42715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HIGHER_IS_BETTER: () => (/* reexport */ monitor_metrics/* HIGHER_IS_BETTER */.UW),
  QUALITY_METRICS: () => (/* reexport */ monitor_metrics/* QUALITY_METRICS */.w1),
  SCORE_METRICS: () => (/* reexport */ monitor_metrics/* SCORE_METRICS */.vY),
  TASK_OF: () => (/* reexport */ monitor_metrics/* TASK_OF */.m0),
  assessQuality: () => (/* reexport */ monitor_quality/* assessQuality */.yK),
  checkMonitored: () => (/* reexport */ checkMonitored),
  describeDecay: () => (/* reexport */ report.describeDecay),
  exposition: () => (/* reexport */ exposition),
  gauges: () => (/* reexport */ gauges),
  judge: () => (/* reexport */ monitor_quality/* judge */.S4),
  judgeModel: () => (/* reexport */ judgeModel),
  labelOf: () => (/* reexport */ read/* labelOf */.Wy),
  metricValue: () => (/* reexport */ monitor_metrics/* metricValue */.a3),
  monitorFileHere: () => (/* reexport */ read/* monitorFileHere */.Vk),
  monitorFiles: () => (/* reexport */ read/* monitorFiles */.Sy),
  parseWindow: () => (/* reexport */ windows/* parseWindow */.Et),
  pushGauges: () => (/* reexport */ pushGauges),
  renderQuality: () => (/* reexport */ report.renderQuality),
  renderTrend: () => (/* reexport */ report.renderTrend),
  rowStatus: () => (/* reexport */ monitor_quality/* rowStatus */.Bs),
  sampleOf: () => (/* reexport */ monitor_quality/* sampleOf */.uV),
  usableRows: () => (/* reexport */ monitor_quality/* usableRows */.OA),
  windowReports: () => (/* reexport */ windowReports)
});

// EXTERNAL MODULE: ./src/monitor/metrics.ts
var monitor_metrics = __webpack_require__(82571);
// EXTERNAL MODULE: ./src/monitor/quality.ts + 2 modules
var monitor_quality = __webpack_require__(17050);
// EXTERNAL MODULE: ./src/monitor/read.ts
var read = __webpack_require__(56408);
// EXTERNAL MODULE: ./src/monitor/report.ts
var report = __webpack_require__(78662);
;// CONCATENATED MODULE: ./src/monitor/pushgateway.ts
const JOB = 'mlops_actions';
function gauges(numbers) {
    const compared = numbers.columns.filter((c) => c.status === 'compared' && c.statistic !== undefined);
    const quality = numbers.quality?.metrics ?? [];
    const out = [
        { name: 'mlops_dataset_drift_share', help: 'Share of compared feature columns that drifted.', samples: [{ labels: [], value: numbers.driftShare }] },
        { name: 'mlops_column_drift_statistic', help: "A column's drift statistic (p-value or distance, by method).", samples: compared.map((c) => ({ labels: [['column', c.column], ['method', c.method ?? '']], value: c.statistic })) },
        { name: 'mlops_column_drifted', help: '1 when the column drifted, else 0.', samples: compared.map((c) => ({ labels: [['column', c.column]], value: c.drifted ? 1 : 0 })) },
        { name: 'mlops_model_quality', help: 'A quality metric on the labelled current rows.', samples: quality.filter((m) => m.current !== null).map((m) => ({ labels: [['metric', m.metric]], value: m.current })) },
        { name: 'mlops_model_quality_baseline', help: "The quality metric's baseline.", samples: quality.filter((m) => m.baseline !== null).map((m) => ({ labels: [['metric', m.metric]], value: m.baseline })) },
        { name: 'mlops_label_coverage', help: 'Share of current rows with a label.', samples: numbers.quality ? [{ labels: [], value: numbers.quality.coverage }] : [] },
        { name: 'mlops_check_timestamp_seconds', help: 'When the check ran (Unix seconds).', samples: [{ labels: [], value: numbers.time / 1000 }] },
    ];
    return out.filter((g) => g.samples.length > 0);
}
const escapeLabel = (value) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const number = (x) => (Number.isNaN(x) ? 'NaN' : x === Infinity ? '+Inf' : x === -Infinity ? '-Inf' : String(x));
/** The text exposition format (version 0.0.4). */
function exposition(list) {
    const lines = [];
    for (const gauge of list) {
        lines.push(`# HELP ${gauge.name} ${gauge.help}`, `# TYPE ${gauge.name} gauge`);
        for (const sample of gauge.samples) {
            const labels = sample.labels.length ? `{${sample.labels.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : '';
            lines.push(`${gauge.name}${labels} ${number(sample.value)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** The group's URL: a label value with a slash (or none) goes base64-encoded, as the Pushgateway reads it. */
function groupUrl(base, groups) {
    const path = groups.map(([name, value]) => (value === '' || value.includes('/') ? `${name}@base64/${Buffer.from(value).toString('base64url') || '='}` : `${name}/${encodeURIComponent(value)}`));
    return `${base.replace(/\/+$/, '')}/metrics/job/${JOB}/${path.join('/')}`;
}
/** PUT the gauges; throws with the status and the gateway's answer when it refuses, or when it cannot be reached. */
async function pushGauges(base, groups, body, headers = {}, timeoutMs = 10_000) {
    const url = groupUrl(base, groups);
    const response = await fetch(url, { method: 'PUT', body, headers: { ...headers, 'content-type': 'text/plain; version=0.0.4' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok)
        throw new Error(`${response.status} ${response.statusText}: ${(await response.text()).slice(0, 200).trim()}`);
    return url;
}

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/monitor/windows.ts
var windows = __webpack_require__(4863);
;// CONCATENATED MODULE: ./src/monitor/model.ts
// From the monitored rows to the model's quality report: the columns checked for what their role needs
// (each problem a ConfigurationError naming its input), the task, the labelled rows of each side as
// samples, and the metrics judged against the baseline.




const count = (n) => n.toLocaleString('en-US');
const INPUT_OF = { target: 'target', prediction: 'prediction', score: 'score', timestamp: 'timestamp-column' };
/** The monitored columns exist on this side and hold what their role needs. */
function checkMonitored(data, side, columns, window) {
    const names = data.profile.columns;
    for (const role of ['target', 'prediction', 'score', 'timestamp']) {
        const name = columns[role];
        if (name !== undefined && !names.has(name))
            throw new errors/* ConfigurationError */.j(`Input '${INPUT_OF[role]}': no column "${name}" in the ${side} data (its columns: ${[...names.keys()].slice(0, 20).map((c) => JSON.stringify(c)).join(', ')}).`);
    }
    const { invalid } = data.rows;
    if (invalid.score)
        throw new errors/* ConfigurationError */.j(`Input 'score': column "${columns.score}" must hold probabilities in [0, 1]; ${count(invalid.score.count)} value(s) in the ${side} data are not (first: ${invalid.score.first}).`);
    if (invalid.timestamp)
        throw new errors/* ConfigurationError */.j(`Input 'timestamp-column': ${count(invalid.timestamp.count)} row(s) of the ${side} data have an empty or unreadable timestamp in "${columns.timestamp}" (first: ${invalid.timestamp.first}). Timestamps are ISO 8601 dates or datetimes, or Unix seconds.`);
    if (invalid.window || data.windows.length > windows/* MAX_WINDOWS */.F5)
        throw new errors/* ConfigurationError */.j(`Input 'window': ${window?.text} windows cut the ${side} data into more than ${count(windows/* MAX_WINDOWS */.F5)} windows (the first row past them: ${invalid.window?.first ?? 'in another file'}). Use a longer window, or a shorter stretch of data.`);
}
/** auto: a numeric target with more than 20 distinct values is regression (train-gate's rule), else classification. */
function chooseTask(setting, sides) {
    if (setting !== 'auto')
        return setting;
    const numeric = sides.every((rows) => !rows.invalid.target);
    if (sides.some((rows) => rows.manyLabels))
        return numeric ? 'regression' : 'classification';
    const distinct = new Set(sides.flatMap((rows) => classesOf(rows)));
    return numeric && distinct.size > 20 ? 'regression' : 'classification';
}
/** The target's classes among the labelled rows. */
function classesOf(rows) {
    const seen = new Set();
    for (let i = 0; i < rows.length; i++)
        if (rows.target[i] >= 0)
            seen.add(rows.target[i]);
    return [...seen].map((c) => rows.labels[c]).sort();
}
/** One side's labelled rows as a sample, once its columns hold what the task needs. */
function labelledSample(rows, task, metrics, settings, side) {
    const { columns } = settings;
    if (task === 'regression') {
        for (const role of ['target', 'prediction']) {
            const bad = rows.invalid[role];
            if (bad)
                throw new errors/* ConfigurationError */.j(`Input '${role}': a regression needs numbers, but ${count(bad.count)} value(s) of "${columns[role]}" in the ${side} data are not (first: ${bad.first}). For classes, set task: classification.`);
        }
    }
    else if (rows.manyLabels) {
        throw new errors/* ConfigurationError */.j(`Input 'target': "${columns.target}" in the ${side} data has more than 10,000 distinct values, too many for classes. For numbers, set task: regression.`);
    }
    const status = (0,monitor_quality/* rowStatus */.Bs)(rows, task, metrics);
    const positive = rows.labels.indexOf(settings.positiveLabel);
    const sample = (0,monitor_quality/* sampleOf */.uV)(rows, (0,monitor_quality/* usableRows */.OA)(status), task, positive < 0 ? -3 : positive);
    let labelled = 0;
    for (let i = 0; i < status.length; i++)
        labelled += status[i] > 0 ? 1 : 0;
    return { sample, status, labelled, positive };
}
/** The quality report of the current rows against the baseline; `warn` hears what is left out. */
async function judgeModel(current, baseline, settings, warn) {
    const { columns } = settings;
    const referenceRows = baseline.source === 'reference' ? baseline.rows : undefined;
    const task = chooseTask(settings.task, referenceRows ? [current, referenceRows] : [current]);
    const metrics = settings.metrics ?? (task === 'regression' ? ['mae', 'rmse'] : [...(columns.prediction ? ['accuracy', 'f1'] : []), ...(columns.score ? ['roc_auc'] : [])]);
    const reads = `the target "${columns.target}" reads as ${task}${settings.task === 'auto' ? ' (task: auto)' : ''}`;
    if (metrics.some((m) => monitor_metrics/* TASK_OF */.m0[m] !== task))
        throw new errors/* ConfigurationError */.j(`Input 'quality-metrics': ${metrics.join(', ')} are not ${task} metrics, and ${reads}. Set task, or choose ${task} metrics.`);
    if (task === 'regression' && !columns.prediction)
        throw new errors/* ConfigurationError */.j(`Input 'prediction' is needed: ${reads}, judged on the predicted values.`);
    const mine = labelledSample(current, task, metrics, settings, 'current');
    const theirs = referenceRows && labelledSample(referenceRows, task, metrics, settings, 'reference');
    if (task === 'classification' && metrics.some((m) => m !== 'accuracy') && mine.positive < 0 && (theirs?.positive ?? -1) < 0) {
        throw new errors/* ConfigurationError */.j(`Input 'positive-label': "${settings.positiveLabel}" is not a value of the target "${columns.target}" (its values: ${classesOf(current).slice(0, 10).join(', ')}).`);
    }
    if (task === 'classification' && metrics.includes('roc_auc') && mine.sample.n >= monitor_quality/* MIN_LABELS */.xH) {
        const positives = mine.sample.actual.reduce((a, b) => a + b, 0);
        if (positives === 0 || positives === mine.sample.n)
            throw new errors/* ConfigurationError */.j(`Input 'quality-metrics': roc_auc needs both classes among the labelled rows, but all ${count(mine.sample.n)} labelled current rows are ${positives === 0 ? 'negative' : 'positive'} (positive-label: ${settings.positiveLabel}). Leave roc_auc out until both have labels, or check positive-label.`);
    }
    const description = theirs ? `the model's quality on the ${count(theirs.sample.n)} labelled reference rows` : baseline.description;
    if (baseline.source !== 'reference') {
        const missing = metrics.filter((m) => !baseline.values.has(m));
        if (missing.length)
            warn(`The quality baseline (${description}) has no ${missing.join(', ')}: ${missing.length === 1 ? 'it is' : 'they are'} reported without a verdict. It has: ${[...baseline.values.keys()].slice(0, 20).join(', ') || 'nothing'}.`);
    }
    const unusable = mine.labelled - mine.sample.n;
    if (unusable > 0)
        warn(`${count(unusable)} labelled current row(s) have no ${[columns.prediction && 'prediction', columns.score && 'score'].filter(Boolean).join(' or ')}: left out of quality.`);
    const judged = await (0,monitor_quality/* assessQuality */.yK)(mine.sample, theirs ? { sample: theirs.sample } : { values: baseline.values }, { ...settings, metrics });
    const quality = {
        task,
        ...(task === 'classification' ? { positiveLabel: settings.positiveLabel } : {}),
        baseline: { source: baseline.source, description, ...(theirs ? { labelled: theirs.sample.n } : {}) },
        rows: current.length,
        labelled: mine.labelled,
        coverage: current.length === 0 ? 0 : mine.labelled / current.length,
        used: mine.sample.n,
        confidence: settings.confidence,
        samples: settings.samples,
        seed: settings.seed,
        metrics: judged,
        decayed: judged.some((m) => m.verdict === 'decayed'),
    };
    return { quality, rows: { task, positive: mine.positive, metrics, status: mine.status } };
}

;// CONCATENATED MODULE: ./src/monitor/trend.ts
// The current data by time window: each window's rows, label coverage and quality metrics (point
// values on its labelled rows; a window with fewer than 30 has none).


/** Windows in time order, from the rows' window starts; quality only when `quality` is given. */
function windowReports(rows, spec, quality) {
    const groups = new Map();
    for (let i = 0; i < rows.length; i++) {
        const start = rows.window[i];
        if (Number.isNaN(start))
            continue;
        let group = groups.get(start);
        if (!group)
            groups.set(start, (group = { rows: 0, labelled: 0, usable: [] }));
        group.rows++;
        if (rows.target && rows.target[i] !== -1)
            group.labelled++;
        if (quality?.status[i] === 2)
            group.usable.push(i);
    }
    return [...groups]
        .sort((a, b) => a[0] - b[0])
        .map(([start, group]) => {
        const report = {
            start: new Date(start).toISOString(),
            end: new Date(start + spec.size).toISOString(),
            rows: group.rows,
            labelled: group.labelled,
            coverage: group.labelled / group.rows,
            quality: {},
        };
        if (quality) {
            const sample = group.usable.length >= monitor_quality/* MIN_LABELS */.xH ? (0,monitor_quality/* sampleOf */.uV)(rows, group.usable, quality.task, quality.positive) : undefined;
            for (const metric of quality.metrics) {
                const value = sample ? (0,monitor_metrics/* metricValue */.a3)(sample, metric) : NaN;
                report.quality[metric] = Number.isFinite(value) ? value : null;
            }
        }
        return report;
    });
}

;// CONCATENATED MODULE: ./src/monitor/index.ts










/***/ }),

/***/ 17050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xH: () => (/* binding */ MIN_LABELS),
  yK: () => (/* binding */ assessQuality),
  S4: () => (/* binding */ judge),
  Bs: () => (/* binding */ rowStatus),
  uV: () => (/* binding */ sampleOf),
  OA: () => (/* binding */ usableRows)
});

// EXTERNAL MODULE: ./src/stats/paired.ts
var paired = __webpack_require__(5570);
// EXTERNAL MODULE: ./src/stats/poisson-bootstrap.ts + 1 modules
var poisson_bootstrap = __webpack_require__(8369);
// EXTERNAL MODULE: ./src/monitor/metrics.ts
var monitor_metrics = __webpack_require__(82571);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js
var lib = __webpack_require__(86060);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/monitor/intervals.ts
// Analytic confidence intervals: Wilson's score interval for a proportion and Newcombe's hybrid score
// interval for the difference of two independent proportions (Newcombe 1998, method 10; statsmodels'
// confint_proportions_2indep(method="newcomb")), and the normal interval of a difference with a known
// variance (DeLong's for ROC AUC).

/** The two-sided normal critical value for a confidence level (1.959964… for 0.95). */
const zFor = (confidence) => lib_default()(1 - (1 - confidence) / 2, 0, 1);
/** Wilson's score interval for k successes in n trials ([0, 1] when there are no trials). */
function wilson(k, n, z) {
    if (n === 0)
        return [0, 1];
    const z2 = z * z;
    const centre = (k + z2 / 2) / (n + z2);
    const half = (z / (n + z2)) * Math.sqrt((k * (n - k)) / n + z2 / 4);
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/** Newcombe's interval for p1 − p2 = k1/n1 − k2/n2, from each side's Wilson interval. */
function newcombe(k1, n1, k2, n2, z) {
    const p1 = n1 === 0 ? 0 : k1 / n1;
    const p2 = n2 === 0 ? 0 : k2 / n2;
    const [l1, u1] = wilson(k1, n1, z);
    const [l2, u2] = wilson(k2, n2, z);
    const d = p1 - p2;
    return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

// EXTERNAL MODULE: ./node_modules/@stdlib/random-base-binomial/lib/index.js
var random_base_binomial_lib = __webpack_require__(20990);
var random_base_binomial_lib_default = /*#__PURE__*/__webpack_require__.n(random_base_binomial_lib);
// EXTERNAL MODULE: ./src/stats/random.ts
var random = __webpack_require__(80748);
;// CONCATENATED MODULE: ./src/monitor/resample.ts
// The unpaired bootstrap: each side is resampled on its own, from its own seed. Two engines:
// - Metrics of the confusion matrix (F1) depend only on its four counts, so a resample of n rows is one
//   multinomial draw over the four cells (sequential binomials): the same distribution as drawing rows, at
//   O(1) per resample.
// - Means over rows (log loss, absolute and squared errors, the target's spread) come from train-gate's
//   Poisson bootstrap (stats/poisson-bootstrap.ts, weightedSums): every row weighted by an independent
//   Poisson(1) count drawn from (seed, resample) alone, so the sums do not depend on the thread count.


const binomialFactory = (random_base_binomial_lib_default()).factory;
/** A 32-bit seed of its own for each stream (side) of one run's seed; never 0, which the binomial sampler refuses. */
function streamSeed(seed, stream) {
    return (0,random/* fmix32 */.s)((Math.floor(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0) || 1;
}
/** Resampled confusion matrices: per resample the counts [tp, fp, fn, tn], each resample n = their sum rows. */
function confusionResamples(cells, samples, seed) {
    const n = cells[0] + cells[1] + cells[2] + cells[3];
    const binomial = binomialFactory({ seed });
    const out = new Float64Array(samples * 4);
    for (let s = 0; s < samples; s++) {
        let left = n;
        let mass = 1;
        for (let c = 0; c < 4; c++) {
            const p = n === 0 ? 0 : cells[c] / n;
            // The last cell with any share takes what is left (mass is 1 minus the shares before, up to rounding).
            const k = left === 0 || p === 0 ? 0 : p >= mass * (1 - 1e-12) ? left : binomial(left, p / mass);
            out[s * 4 + c] = k;
            left -= k;
            mass -= p;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/monitor/quality.ts
// Quality on the labelled current rows against a baseline: the change (current − baseline) of each
// metric, an interval for it, and a verdict in train-gate's manner (src/metrics/verdict.ts), judged on
// the interval and never on the point estimate. Against reference data the two samples are independent:
// - accuracy, precision, recall: Newcombe's hybrid score interval for a difference of proportions;
// - ROC AUC: the normal interval with DeLong's variances added (unpaired DeLong);
// - F1, log loss, MAE, RMSE, R²: the unpaired percentile bootstrap (resample.ts, stats/poisson-bootstrap.ts).
// Against a recorded number (registry, file) the interval is the current metric's own (Wilson's for a
// proportion) less that number.





/** Fewer labelled rows than this give "not enough labels", never a verdict. */
const MIN_LABELS = 30;
/** decayed: the whole interval is worse than the tolerance; held: none of it is; inconclusive otherwise. */
function judge(metric, low, high, tolerance) {
    const [lo, hi] = monitor_metrics/* HIGHER_IS_BETTER */.UW[metric] ? [low, high] : [-high, -low];
    if (hi < -tolerance)
        return 'decayed';
    if (lo >= -tolerance)
        return 'held';
    return 'inconclusive';
}
/** Per resample, the values of the bootstrap metrics on one side's resampled rows. */
async function sideResamples(sample, metrics, samples, seed) {
    const out = new Map();
    const each = (f) => Float64Array.from({ length: samples }, (_, s) => f(s));
    if (sample.task === 'classification') {
        if (metrics.includes('f1')) {
            const c = (0,monitor_metrics/* confusionOf */.wo)(sample);
            const draws = confusionResamples([c.tp, c.fp, c.fn, c.tn], samples, seed);
            out.set('f1', each((s) => (0,monitor_metrics/* f1Of */.li)({ tp: draws[4 * s], fp: draws[4 * s + 1], fn: draws[4 * s + 2] })));
        }
        if (metrics.includes('log_loss')) {
            const sums = await (0,poisson_bootstrap/* weightedSums */.YH)([(0,monitor_metrics/* rowLogLoss */.W2)(sample.actual, sample.score, sample.n)], samples, seed);
            out.set('log_loss', each((s) => sums[2 * s] / sums[2 * s + 1]));
        }
        return out;
    }
    // Only the columns the metrics read: |e| (MAE), e² (RMSE, R²), and the target centred on its mean and
    // its square (R²'s spread, centred so that it keeps its digits).
    const { y, yhat, n } = sample;
    const wanted = { mae: metrics.includes('mae'), squares: metrics.includes('rmse') || metrics.includes('r2'), r2: metrics.includes('r2') };
    if (!wanted.mae && !wanted.squares)
        return out;
    const average = y.reduce((a, b) => a + b, 0) / n;
    const columns = [];
    const column = (f) => {
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++)
            values[i] = f(i);
        return columns.push(values) - 1;
    };
    const absolute = wanted.mae ? column((i) => Math.abs(y[i] - yhat[i])) : -1;
    const squares = wanted.squares ? column((i) => (y[i] - yhat[i]) ** 2) : -1;
    const centred = wanted.r2 ? column((i) => y[i] - average) : -1;
    const centredSquares = wanted.r2 ? column((i) => (y[i] - average) ** 2) : -1;
    const width = columns.length + 1;
    const sums = await (0,poisson_bootstrap/* weightedSums */.YH)(columns, samples, seed);
    const at = (s, k) => sums[width * s + k];
    const total = (s) => at(s, width - 1);
    if (wanted.mae)
        out.set('mae', each((s) => at(s, absolute) / total(s)));
    if (metrics.includes('rmse'))
        out.set('rmse', each((s) => Math.sqrt(at(s, squares) / total(s))));
    if (wanted.r2)
        out.set('r2', each((s) => (0,monitor_metrics/* r2Of */.We)(at(s, squares), at(s, centredSquares) - at(s, centred) ** 2 / total(s))));
    return out;
}
async function assessQuality(current, baseline, options) {
    const z = zFor(options.confidence);
    const alpha = 1 - options.confidence;
    const reference = 'sample' in baseline ? baseline.sample : undefined;
    const bootstrapped = options.metrics.filter((m) => m === 'f1' || m === 'log_loss' || m === 'mae' || m === 'rmse' || m === 'r2');
    const enough = current.n >= MIN_LABELS && (!reference || reference.n >= MIN_LABELS);
    const [currentResamples, referenceResamples] = enough
        ? await Promise.all([sideResamples(current, bootstrapped, options.samples, streamSeed(options.seed, 0)), reference ? sideResamples(reference, bootstrapped, options.samples, streamSeed(options.seed, 1)) : undefined])
        : [new Map(), undefined];
    return options.metrics.map((metric) => {
        const tolerance = options.tolerances.get(metric) ?? 0.01;
        const value = current.n > 0 ? (0,monitor_metrics/* metricValue */.a3)(current, metric) : NaN;
        const baseValue = reference ? (reference.n > 0 ? (0,monitor_metrics/* metricValue */.a3)(reference, metric) : NaN) : 'values' in baseline ? baseline.values.get(metric) : undefined;
        const row = { metric, baseline: finite(baseValue), current: finite(value), delta: null, low: null, high: null, tolerance, verdict: 'inconclusive' };
        if (!enough)
            return { ...row, verdict: 'not-enough-labels' };
        if (row.baseline === null)
            return { ...row, verdict: 'no-baseline' };
        if (row.current === null)
            return row;
        const delta = row.current - row.baseline;
        let interval;
        let method;
        if (metric === 'accuracy' || metric === 'precision' || metric === 'recall') {
            const [k, n] = (0,monitor_metrics/* proportionOf */.a1)(metric, (0,monitor_metrics/* confusionOf */.wo)(current));
            if (reference) {
                const [kb, nb] = (0,monitor_metrics/* proportionOf */.a1)(metric, (0,monitor_metrics/* confusionOf */.wo)(reference));
                [interval, method] = [newcombe(k, n, kb, nb, z), 'newcombe'];
            }
            else {
                const [l, u] = wilson(k, n, z);
                [interval, method] = [[l - row.baseline, u - row.baseline], 'wilson'];
            }
        }
        else if (metric === 'roc_auc') {
            const variance = (0,monitor_metrics/* aucOf */.jd)(current).variance + (reference ? (0,monitor_metrics/* aucOf */.jd)(reference).variance : 0);
            const half = z * Math.sqrt(variance);
            [interval, method] = [[delta - half, delta + half], 'delong'];
        }
        else {
            const mine = currentResamples.get(metric);
            const theirs = referenceResamples?.get(metric);
            [interval, method] = [(0,paired/* percentileBounds */.DO)(mine.map((x, s) => x - (theirs ? theirs[s] : row.baseline)), alpha), 'bootstrap'];
        }
        const [low, high] = interval;
        return { ...row, delta, low, high, interval: method, verdict: Number.isNaN(low) || Number.isNaN(high) ? 'inconclusive' : judge(metric, low, high, tolerance) };
    });
}
const finite = (x) => (x === undefined || !Number.isFinite(x) ? null : x);
/** What each row offers quality: 0 no label yet, 1 a label but no prediction or score to judge, 2 usable. */
function rowStatus(rows, task, metrics) {
    const status = new Uint8Array(rows.length);
    const needsPrediction = metrics.some((m) => !monitor_metrics/* SCORE_METRICS */.vY.has(m));
    const needsScore = metrics.some((m) => monitor_metrics/* SCORE_METRICS */.vY.has(m));
    for (let i = 0; i < rows.length; i++) {
        if (rows.target[i] === -1)
            continue;
        const predicted = !needsPrediction || (task === 'regression' ? !Number.isNaN(rows.predictionValues[i]) : rows.prediction[i] !== -1);
        const scored = !needsScore || !Number.isNaN(rows.score[i]);
        status[i] = predicted && scored ? 2 : 1;
    }
    return status;
}
/** The rows `indices` as a quality sample: the positive class by its label code (classification). */
function sampleOf(rows, indices, task, positive) {
    const n = indices.length;
    if (task === 'regression') {
        const [y, yhat] = [new Float64Array(n), new Float64Array(n)];
        for (let k = 0; k < n; k++) {
            y[k] = rows.targetValues[indices[k]];
            yhat[k] = rows.predictionValues?.[indices[k]] ?? NaN;
        }
        return { task, n, y, yhat };
    }
    const actual = new Uint8Array(n);
    const predicted = rows.prediction && new Uint8Array(n);
    const correct = rows.prediction && new Uint8Array(n);
    const score = rows.score && new Float64Array(n);
    for (let k = 0; k < n; k++) {
        const i = indices[k];
        actual[k] = rows.target[i] === positive ? 1 : 0;
        if (predicted && correct) {
            predicted[k] = rows.prediction[i] === positive ? 1 : 0;
            correct[k] = rows.prediction[i] === rows.target[i] ? 1 : 0;
        }
        if (score)
            score[k] = rows.score[i];
    }
    return { task, n, actual, predicted, correct, score };
}
/** Indices of the rows whose status is 2 (usable for quality). */
function usableRows(status) {
    let count = 0;
    for (let i = 0; i < status.length; i++)
        count += status[i] === 2 ? 1 : 0;
    const out = new Int32Array(count);
    for (let i = 0, k = 0; i < status.length; i++)
        if (status[i] === 2)
            out[k++] = i;
    return out;
}


/***/ }),

/***/ 78662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeDecay: () => (/* binding */ describeDecay),
/* harmony export */   renderQuality: () => (/* binding */ renderQuality),
/* harmony export */   renderTrend: () => (/* binding */ renderTrend)
/* harmony export */ });
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54285);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82571);
/* harmony import */ var _quality_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17050);
/* harmony import */ var _windows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4863);
// The model monitor's part of the drift report: quality against the baseline, label coverage, and the
// trend by time window (JSON, and the markdown rendered from it).




const VERDICT = { decayed: '🔴 decayed', held: '🟢 held', inconclusive: '🟡 inconclusive', 'not-enough-labels': '⚪ not enough labels', 'no-baseline': '⚪ no baseline' };
const METHOD = {
    newcombe: "Newcombe's hybrid score interval for a difference of independent proportions",
    wilson: "Wilson's score interval of the current proportion, less the recorded value",
    delong: "the normal interval with DeLong's variance (of each side, added)",
    bootstrap: 'the unpaired percentile bootstrap (each side resampled on its own)',
};
const fmt = (x, digits = 4) => (x === null || x === undefined ? '-' : x.toFixed(digits));
const signed = (x) => (x === null || x === undefined ? '-' : `${x > 0 ? '+' : ''}${x.toFixed(4)}`);
const percent = (x) => `${(x * 100).toFixed(1)}%`;
const count = (n) => n.toLocaleString('en-US');
/** The sentence that names what went wrong, for the dispatch's reason and the step's message. */
function describeDecay(quality) {
    const decayed = quality.metrics.filter((m) => m.verdict === 'decayed');
    return decayed
        .map((m) => `${m.metric} ${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HIGHER_IS_BETTER */ .UW[m.metric] ? 'dropped' : 'rose'} by ${Math.abs(m.delta).toFixed(4)} (${fmt(m.baseline)} → ${fmt(m.current)}, ${Math.round(quality.confidence * 100)}% interval of the change [${signed(m.low)}, ${signed(m.high)}], tolerated ${m.tolerance})`)
        .join('; ');
}
function renderQuality(quality) {
    const worst = quality.metrics.find((m) => m.verdict === 'decayed') ?? quality.metrics.find((m) => m.verdict === 'inconclusive') ?? quality.metrics[0];
    const headline = quality.decayed ? VERDICT.decayed : worst ? VERDICT[worst.verdict] : '';
    const level = Math.round(quality.confidence * 100);
    const lines = [
        `### Model quality: ${headline}`,
        '',
        `Labels: ${count(quality.labelled)} of ${count(quality.rows)} current rows have one (coverage ${percent(quality.coverage)}); quality is computed on ${quality.used === quality.labelled ? 'them' : `the ${count(quality.used)} of them that also have a prediction and score`}${quality.used < _quality_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_LABELS */ .xH ? ` — fewer than ${_quality_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_LABELS */ .xH}: not enough labels for a verdict` : ''}.`,
        `Task: ${quality.task}${quality.positiveLabel !== undefined ? `, positive class ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(quality.positiveLabel)}` : ''}. Baseline: ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .escape */ .ih)(quality.baseline.description)}.`,
    ];
    const rows = quality.metrics.map((m) => [(0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(m.metric), fmt(m.baseline), fmt(m.current), signed(m.delta), m.low === null ? '-' : `[${signed(m.low)}, ${signed(m.high)}]`, `${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HIGHER_IS_BETTER */ .UW[m.metric] ? '−' : '+'}${m.tolerance}`, VERDICT[m.verdict]]);
    lines.push('', (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['metric', 'baseline', 'current', 'change', `${level}% interval`, 'tolerated', 'verdict'], rows));
    const methods = [...new Set(quality.metrics.map((m) => m.interval).filter((m) => !!m))];
    if (methods.length > 0) {
        const used = methods.map((method) => `${quality.metrics.filter((m) => m.interval === method).map((m) => m.metric).join(', ')}: ${METHOD[method]}${method === 'bootstrap' ? ` (${count(quality.samples)} resamples, seed ${quality.seed})` : ''}`);
        lines.push('', `Intervals of current − baseline: ${used.join('; ')}. A metric decayed when its whole interval is worse than the tolerated change, held when none of it is.`);
    }
    return lines.join('\n');
}
/** A mermaid line chart over the windows: one line of values, and a flat line at the baseline when there is one. */
function lineChart(title, labels, values, baseline) {
    const all = baseline === undefined ? values : [...values, baseline];
    const [lo, hi] = [Math.min(...all), Math.max(...all)];
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 0.05;
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis ${(lo - pad).toFixed(4)} --> ${(hi + pad).toFixed(4)}`,
        `  line [${values.map((v) => v.toFixed(4)).join(', ')}]`,
        ...(baseline === undefined ? [] : [`  line [${values.map(() => baseline.toFixed(4)).join(', ')}]`]),
        '```',
    ].join('\n');
}
/** Charts of each quality metric and of the drift share by window, then the per-window numbers. */
function renderTrend(windows, window, quality, shownRows = 100) {
    const metrics = quality?.metrics.map((m) => m.metric) ?? [];
    // Charts name a window by month and day (and time, under a day); the table by its full start.
    const subDay = (0,_windows_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWindow */ .Et)(window).size < 86_400_000;
    const label = (start) => (subDay ? `${start.slice(5, 10)} ${start.slice(11, 16)}` : start.slice(5, 10));
    const name = (start) => (subDay ? `${start.slice(0, 10)} ${start.slice(11, 16)}` : start.slice(0, 10));
    const charts = [];
    for (const metric of metrics) {
        const points = windows.filter((w) => typeof w.quality[metric] === 'number');
        if (points.length < 2)
            continue;
        const baseline = quality.metrics.find((m) => m.metric === metric).baseline ?? undefined;
        const chart = lineChart(`${metric} by window${baseline === undefined ? '' : ' (flat line: baseline)'}`, points.map((w) => label(w.start)), points.map((w) => w.quality[metric]), baseline);
        charts.push((0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(`${metric} by ${window} window`, chart));
    }
    const drifts = windows.filter((w) => w.drift);
    if (drifts.length >= 2)
        charts.push((0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(`Drift share by ${window} window`, lineChart('share of drifted columns by window', drifts.map((w) => label(w.start)), drifts.map((w) => w.drift.share))));
    const shown = windows.slice(-shownRows);
    const rows = shown.map((w) => [
        name(w.start),
        count(w.rows),
        count(w.labelled),
        percent(w.coverage),
        w.drift ? `${percent(w.drift.share)}${w.drift.drifted ? ' 🔴' : ''}` : '-',
        ...metrics.map((m) => fmt(w.quality[m])),
    ]);
    const note = windows.length > shown.length ? `\n\n_The last ${shown.length} of ${windows.length} windows; the JSON report has them all._` : '';
    return [`### Trend by ${window} window (UTC)`, ...charts, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['window', 'rows', 'labelled', 'coverage', 'drift share', ...metrics.map((m) => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(m))], rows) + note].join('\n\n');
}


/***/ })

};
