export const id = 662;
export const ids = [662];
export const modules = {

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
