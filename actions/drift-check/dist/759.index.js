export const id = 759;
export const ids = [759];
export const modules = {

/***/ 41759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftCheck: () => (/* binding */ driftCheck)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/data/csv.ts + 3 modules
var csv = __webpack_require__(32187);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/data/formats.ts

const BY_EXTENSION = { csv: 'csv', tsv: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl', json: 'json', parquet: 'parquet' };
const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];
/** The format of a data file from its extension (`.csv.gz` is gzipped CSV), unless `override` says. */
function formats_detectFormat(file, override) {
    const gzip = /\.gz$/i.test(file);
    if (override) {
        if (!FORMATS.includes(override)) {
            throw new errors/* ConfigurationError */.j(`Input 'format' must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(override)}.`);
        }
        return { format: override, gzip };
    }
    const extension = /\.([a-z0-9]+)$/i.exec(file.replace(/\.gz$/i, ''))?.[1]?.toLowerCase() ?? '';
    const format = BY_EXTENSION[extension];
    if (!format) {
        throw new errors/* ConfigurationError */.j(`Cannot tell the format of "${file}" from its extension: use .csv, .tsv, .jsonl, .ndjson, .json or .parquet (or .gz of the text formats), or set the 'format' input.`);
    }
    if (format === 'parquet' && gzip)
        throw new errors/* ConfigurationError */.j(`"${file}": Parquet files are compressed inside; do not gzip them.`);
    return { format, gzip };
}

// EXTERNAL MODULE: ./src/data/read.ts + 1 modules
var read = __webpack_require__(12932);
// EXTERNAL MODULE: ./src/data/table.ts
var data_table = __webpack_require__(82704);
// EXTERNAL MODULE: ./src/data/values.ts
var values = __webpack_require__(62884);
;// CONCATENATED MODULE: ./src/data/index.ts






// EXTERNAL MODULE: ./src/profile/index.ts + 11 modules
var src_profile = __webpack_require__(5981);
// EXTERNAL MODULE: ./src/stats/arrays.ts
var arrays = __webpack_require__(20329);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-binomcoefln/lib/index.js
var lib = __webpack_require__(22558);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var math_base_special_erfc_lib = __webpack_require__(30988);
var math_base_special_erfc_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_erfc_lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var math_base_special_gammainc_lib = __webpack_require__(55479);
var math_base_special_gammainc_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_gammainc_lib);
;// CONCATENATED MODULE: ./src/stats/special.ts
// Special functions from stdlib-js (ports of Cephes and Boost), precise in the tails where
// p-values live; nothing here is hand-rolled.



const erfc = (math_base_special_erfc_lib_default());
const gammainc = (math_base_special_gammainc_lib_default());
/** P(Z ≥ z) for a standard normal Z, as erfc(z/√2)/2 (no 1 − Φ cancellation). */
function special_normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/** P(X ≥ x) for X ~ χ²(df): the regularised upper incomplete gamma Q(df/2, x/2). */
function chi2Sf(x, df) {
    if (x === Infinity)
        return 0;
    if (x <= 0)
        return 1;
    return gammainc(x / 2, df / 2, true, true);
}
/**
 * log of the binomial coefficient C(n, k), as −ln(n+1) − ln B(n−k+1, k+1) (stdlib's binomcoefln): three
 * gammaln of a million differ in their tenth digit, which the Smirnov sum of a million terms would carry.
 */
const logBinomial = (lib_default());

;// CONCATENATED MODULE: ./src/stats/kolmogorov.ts
// The distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n, P(D_n ≥ d):
// scipy's `kstwo.sf`, which ks_2samp uses for large samples with n = round(n1·n2/(n1+n2)).
//
// Method selection follows Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov
// Distribution", J. Stat. Software 39(11), 2011, as scipy does:
//   Ruben–Gambino closed forms at the extremes; Durbin's matrix (Marsaglia, Tsang & Wang 2003) and
//   Pomeranz's recursion (1974) for small n; Pelz–Good's asymptotic series (1976) for large n; and
//   2·P(D_n+ ≥ d) from the Birnbaum–Tingey formula (1951) in the upper tail.

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const clip = (p) => Math.min(1, Math.max(0, p));
/** One-sided P(D_n+ ≥ x), Birnbaum & Tingey (1951): x Σ_j C(n,j) (1−x−j/n)^(n−j) (x+j/n)^(j−1), summed in logs. */
function smirnovSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    let sum = 0;
    const last = Math.floor(n * (1 - x) + 1e-12);
    for (let j = 0; j <= last; j++) {
        const a = 1 - x - j / n;
        const b = x + j / n;
        if (a <= 0) {
            if (n - j === 0)
                sum += Math.exp(logBinomial(n, j) + (j - 1) * Math.log(b));
            continue;
        }
        sum += Math.exp(logBinomial(n, j) + (n - j) * Math.log(a) + (j - 1) * Math.log(b));
    }
    return clip(x * sum);
}
/** Durbin's matrix method as Marsaglia, Tsang & Wang compute it: P(D_n ≤ d). */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let factorial = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = factorial;
        factorial /= j;
        v[j - 1] = (1 - h ** j) * factorial;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * factorial;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    const multiply = (a, b) => {
        const out = new Float64Array(m * m);
        for (let i = 0; i < m; i++)
            for (let l = 0; l < m; l++) {
                const ail = a[i * m + l];
                if (ail === 0)
                    continue;
                for (let j = 0; j < m; j++)
                    out[i * m + j] = out[i * m + j] + ail * b[l * m + j];
            }
        return out;
    };
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
    let base = H;
    let exponent = 0;
    let baseExponent = 0;
    for (let e = n; e > 0; e = Math.floor(e / 2)) {
        if (e % 2 === 1) {
            power = multiply(power, base);
            exponent += baseExponent;
        }
        base = multiply(base, base);
        baseExponent *= 2;
        if (Math.abs(base[(k - 1) * m + (k - 1)]) > E128) {
            for (let i = 0; i < base.length; i++)
                base[i] /= E128;
            baseExponent += 128;
        }
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= E128;
            exponent -= 128;
        }
    }
    return clip(p * 2 ** exponent);
}
function pomeranzBounds(i, n, ll, ceilF, roundF) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilF - 1;
        j2 = ll + ceilF - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilF - 1;
                j2 = n + ll + ceilF - 1;
            }
            else {
                j1 = half - 1 - ll - roundF - 1;
                j2 = half + ll - 1 + ceilF - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundF - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pomeranz's recursion (ACM Algorithm 487): P(D_n ≤ x) for small n. */
function pomeranzCdf(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilF = f > 0 ? 1 : 0;
    const roundF = f > 0.5 ? 1 : 0;
    const size = 2 * (ll + 1);
    const gPower = new Float64Array(size);
    const twoGPower = new Float64Array(size);
    const oneMinusTwoGPower = new Float64Array(size);
    gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
    for (let m = 1; m < size; m++) {
        gPower[m] = (gPower[m - 1] * (g / n)) / m;
        twoGPower[m] = (twoGPower[m - 1] * ((2 * g) / n)) / m;
        oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let V0 = new Float64Array(size);
    let V1 = new Float64Array(size);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let exponent = 0;
    let [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
        const powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
        const length = j2 - k1 + 1;
        if (length > 0) {
            const start = j1 - k1;
            const count = j2 - j1 + 1;
            // V1[c] = (V0[k1−V0s … ] ⊛ powers)[start + c]
            for (let c = 0; c < count; c++) {
                const at = start + c;
                let acc = 0;
                for (let s = Math.max(0, at - (length - 1)); s <= Math.min(at, length - 1); s++)
                    acc += V0[k1 - V0s + s] * powers[at - s];
                V1[c] = acc;
            }
            let max = 0;
            for (let c = 0; c < count; c++)
                max = Math.max(max, V1[c]);
            if (max > 0 && max < EM128) {
                for (let c = 0; c < size; c++)
                    V1[c] *= E128;
                exponent -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let answer = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(answer) > E128) {
            answer *= EM128;
            exponent += 128;
        }
        answer *= m;
    }
    return clip(answer * 2 ** exponent);
}
/** Pelz & Good's series for P(D_n ≤ x), suited to large n. */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qk = q ** k2;
        k2extra += k2 * qk;
        k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qk;
    }
    K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/** log(n!/n^n) by Stirling's series with the n·log n term taken out. */
function logFactorialOverPower(n) {
    const coefficients = [-2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2];
    const rn = 1 / n;
    const poly = coefficients.reduce((acc, c) => acc * (rn / n) + c, 0);
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
/** P(D_n ≥ x): the survival function of the two-sided KS statistic (scipy.stats.kstwo.sf). */
function kolmogorovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0)
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= (i / n) * (2 * t - 1);
        }
        else
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clip(1 - cdf);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 0.754693)
            return clip(1 - durbinCdf(n, x));
        if (nx2 <= 4)
            return clip(1 - pomeranzCdf(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nx2 >= 18)
        cdf = 1;
    else if (n <= 100_000 && n * x ** 1.5 <= 1.4)
        cdf = durbinCdf(n, x);
    else
        cdf = pelzGoodCdf(n, x);
    return clip(1 - cdf);
}

;// CONCATENATED MODULE: ./src/stats/ks.ts
// Two-sample Kolmogorov–Smirnov test, two-sided, as scipy.stats.ks_2samp(method='auto'):
// exact p-value when max(n1, n2) ≤ 10,000 (lattice paths, Hodges 1958, with Viehmann's 1−p recursion,
// arXiv:2102.08037), otherwise the Kolmogorov distribution with n = round(n1·n2/(n1+n2)).


const MAX_EXACT_N = 10_000;
const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
/**
 * sup |F1 − F2| over the pooled sample; both inputs sorted ascending. Weights (counts of distinct
 * values, or a sketch's item weights) stand for that many copies of each value.
 */
function ksStatistic(a, b, aWeights, bWeights) {
    const [ta, tb] = [(0,arrays/* sampleSize */.se)(a, aWeights), (0,arrays/* sampleSize */.se)(b, bWeights)];
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let d = 0;
    while (i < a.length && j < b.length) {
        const x = Math.min(a[i], b[j]);
        for (; i < a.length && a[i] <= x; i++)
            ca += aWeights ? aWeights[i] : 1;
        for (; j < b.length && b[j] <= x; j++)
            cb += bWeights ? bWeights[j] : 1;
        d = Math.max(d, Math.abs(ca / ta - cb / tb));
    }
    return d;
}
/** P(D ≥ h/n) for equal sizes: 2·Σ (−1)^(k+1) C(2n, n−kh)/C(2n, n), in Horner form to avoid cancellation. */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let term = 1;
        for (let j = 0; j < h; j++)
            term = ((n - k * h - j) * term) / (n + k * h + j + 1);
        p = term * (1 - p);
    }
    return 2 * p;
}
/** Share of lattice paths (0,0)→(m,n) that leave |x/m − y/n| < h/lcm, computed directly as 1 − p. */
function probOutsideInside(m0, n0, g, h) {
    const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const A = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
    for (let j = minj; j < maxj; j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}
/** Inputs sorted ascending; with counts, a and b are distinct values and the counts how often each occurs. */
function ks2samp(a, b, aCounts, bCounts) {
    const n1 = (0,arrays/* sampleSize */.se)(a, aCounts);
    const n2 = (0,arrays/* sampleSize */.se)(b, bCounts);
    if (n1 === 0 || n2 === 0)
        return { statistic: NaN, pValue: NaN, method: 'exact' };
    let d = ksStatistic(a, b, aCounts, bCounts);
    if (Math.max(n1, n2) <= MAX_EXACT_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = Math.round(d * lcm);
        d = h / lcm;
        if (h === 0)
            return { statistic: d, pValue: 1, method: 'exact' };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInside(n1, n2, g, h);
        if (Number.isFinite(p) && p >= 0 && p <= 1)
            return { statistic: d, pValue: p, method: 'exact' };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    return { statistic: d, pValue: Math.min(1, Math.max(0, kolmogorovSf(roundHalfEven(en), d))), method: 'asymptotic' };
}
/**
 * The p-value of a KS statistic measured on quantile sketches of samples of sizes n1 and n2. The sketches'
 * D is within `rankError` (their rank-error bounds added) of the samples' D, so this is the largest p-value
 * a D in that band gives: kstwo.sf(max(D − rankError, 0), round(n1·n2/(n1+n2))). It is small only where
 * the sketches prove a gap; at large n the band, not the sampling noise, limits what can be detected.
 */
function ksSketchPValue(d, n1, n2, rankError) {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    return Math.min(1, Math.max(0, kolmogorovSf(Math.max(1, roundHalfEven((m * n) / (m + n))), Math.max(0, d - rankError))));
}
/** numpy's round: halves to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

;// CONCATENATED MODULE: ./src/stats/tests.ts
// The drift statistics, each as its reference computes it (scipy, and Evidently for how it calls scipy).


/**
 * 1-Wasserstein distance between two samples (scipy.stats.wasserstein_distance):
 * ∫ |F_u(x) − F_v(x)| dx over the pooled support. Inputs sorted ascending; optional weights per value.
 */
function wasserstein(u, v, uWeights, vWeights) {
    const uTotal = (0,arrays/* sampleSize */.se)(u, uWeights);
    const vTotal = (0,arrays/* sampleSize */.se)(v, vWeights);
    let i = 0;
    let j = 0;
    let uCum = 0;
    let vCum = 0;
    let prev = Math.min(u[0], v[0]);
    let distance = 0;
    while (i < u.length || j < v.length) {
        const x = j >= v.length || (i < u.length && u[i] <= v[j]) ? u[i] : v[j];
        distance += Math.abs(uCum / uTotal - vCum / vTotal) * (x - prev);
        while (i < u.length && u[i] === x)
            uCum += uWeights ? uWeights[i++] : (i++, 1);
        while (j < v.length && v[j] === x)
            vCum += vWeights ? vWeights[j++] : (j++, 1);
        prev = x;
    }
    return distance;
}
/** The categories of both sides in order: texts by code unit, values by number (9 before 10). */
function categoriesOf(reference, current) {
    return [...new Set([...reference.keys(), ...current.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Chi-square goodness of fit as Evidently runs it: current counts against reference counts scaled by
 * n_cur/n_ref over the union of categories, df = k − 1 (scipy.stats.chisquare). A category the reference
 * never saw makes an expected count of 0: the statistic is infinite and p = 0.
 */
function chiSquare(reference, current) {
    const keys = categoriesOf(reference, current);
    const nRef = sum(reference.values());
    const nCur = sum(current.values());
    let statistic = 0;
    for (const key of keys) {
        const expected = ((reference.get(key) ?? 0) * nCur) / nRef;
        const observed = current.get(key) ?? 0;
        statistic += expected === 0 ? (observed === 0 ? NaN : Infinity) : (observed - expected) ** 2 / expected;
    }
    if (Number.isNaN(statistic))
        statistic = Infinity;
    return { statistic, pValue: keys.length < 2 ? 1 : chi2Sf(statistic, keys.length - 1) };
}
/**
 * Two-proportion z-test as Evidently runs it: the share of the first category (in sorted order: Evidently
 * sorts the values, so numbers numerically) against the rest, pooled proportion, p = 2(1 − Φ(|z|)).
 * Identical single-valued samples give p = 1.
 */
function zTest(reference, current) {
    const keys = categoriesOf(reference, current);
    if (keys.length === 1)
        return { statistic: 0, pValue: 1 };
    const first = keys[0];
    const n1 = sum(reference.values());
    const n2 = sum(current.values());
    // Evidently codes the first category 0 and the rest 1, then compares the means of that coding.
    const p1 = (n1 - (reference.get(first) ?? 0)) / n1;
    const p2 = (n2 - (current.get(first) ?? 0)) / n2;
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    return { statistic: z, pValue: 2 * special_normalSf(Math.abs(z)) };
}
/** Jensen–Shannon distance with natural log (scipy.spatial.distance.jensenshannon): √(JS divergence). */
function jensenShannon(p, q) {
    const ps = normalise(p);
    const qs = normalise(q);
    let js = 0;
    for (let i = 0; i < ps.length; i++) {
        const m = (ps[i] + qs[i]) / 2;
        js += relEntr(ps[i], m) + relEntr(qs[i], m);
    }
    return Math.sqrt(Math.max(js, 0) / 2);
}
/** Evidently's zero fill: empty bins become 0.0001 so that logarithms stay finite (PSI, KL). */
const fillZeros = (shares) => shares.map((s) => (s === 0 ? 0.0001 : s));
/** Population Stability Index (Evidently): Σ (r − c)·ln(r/c) over bin shares, empty bins filled with 0.0001. */
function psi(reference, current) {
    const r = fillZeros(normalise(reference));
    const c = fillZeros(normalise(current));
    return r.reduce((acc, ri, i) => acc + (ri - c[i]) * Math.log(ri / c[i]), 0);
}
/** Kullback–Leibler divergence KL(reference ‖ current) (Evidently: scipy.stats.entropy on zero-filled shares). */
function klDivergence(reference, current) {
    const r = normalise(fillZeros(normalise(reference)));
    const c = normalise(fillZeros(normalise(current)));
    return r.reduce((acc, ri, i) => acc + relEntr(ri, c[i]), 0);
}
/** Hellinger distance (Evidently): √(Σ (√r − √c)²) / √2 over bin shares. */
function hellinger(reference, current) {
    const r = normalise(reference);
    const c = normalise(current);
    return Math.sqrt(r.reduce((acc, ri, i) => acc + (Math.sqrt(ri) - Math.sqrt(c[i])) ** 2, 0)) / Math.SQRT2;
}
/** scipy.special.rel_entr: x·ln(x/y), 0 at x = 0, ∞ when y = 0 < x. */
function relEntr(x, y) {
    if (x === 0)
        return 0;
    if (y === 0)
        return Infinity;
    return x * Math.log(x / y);
}
function normalise(values) {
    const total = values.reduce((a, b) => a + b, 0);
    return total === 0 ? values.map(() => 0) : values.map((v) => v / total);
}
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}

// EXTERNAL MODULE: ./src/stats/paired-data.ts
var paired_data = __webpack_require__(63851);
// EXTERNAL MODULE: ./src/stats/paired.ts
var paired = __webpack_require__(5570);
;// CONCATENATED MODULE: ./src/stats/mannwhitney.ts
// Mann–Whitney U test, two-sided, as scipy.stats.mannwhitneyu(method='auto', use_continuity=True)
// computes it: the exact null distribution when either sample has at most 8 values and there are no
// ties, otherwise the normal approximation with tie correction and continuity correction.

/** Average ranks (1-based) of the pooled sample, and Σ(t³ − t) over groups of ties. */
function rank(values) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const ranks = new Float64Array(values.length);
    let tieTerm = 0;
    for (let start = 0; start < order.length;) {
        let end = start + 1;
        while (end < order.length && values[order[end]] === values[order[start]])
            end++;
        const average = (start + 1 + end) / 2;
        for (let k = start; k < end; k++)
            ranks[order[k]] = average;
        const t = end - start;
        tieTerm += t ** 3 - t;
        start = end;
    }
    return { ranks, tieTerm };
}
/** P(U ≥ u) under H0 for sizes m, n: counts of arrangements by the recurrence f(m,n,k) = f(m−1,n,k−n) + f(m,n−1,k). */
function exactSf(u, m, n) {
    // columns[i] holds the distribution of U for (i, j) at the current j
    let previous = Array.from({ length: m + 1 }, (_, i) => (i === 0 ? Float64Array.of(1) : new Float64Array(1).fill(1)));
    for (let j = 1; j <= n; j++) {
        const current = [Float64Array.of(1)];
        for (let i = 1; i <= m; i++) {
            const dist = new Float64Array(i * j + 1);
            const left = current[i - 1]; // (i − 1, j): shifted by j
            const up = previous[i]; // (i, j − 1)
            for (let k = 0; k < dist.length; k++)
                dist[k] = (k - j >= 0 && k - j < left.length ? left[k - j] : 0) + (k < up.length ? up[k] : 0);
            current.push(dist);
        }
        previous = current;
    }
    const counts = previous[m];
    const total = counts.reduce((a, b) => a + b, 0);
    // sf(u) = cdf(m·n − u) by symmetry, including the mass at u
    let cdf = 0;
    for (let k = 0; k <= m * n - u; k++)
        cdf += counts[k];
    return cdf / total;
}
function mannWhitneyU(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        return { statistic: NaN, pValue: NaN, method: 'asymptotic' };
    const { ranks, tieTerm } = rank([...x, ...y]);
    let r1 = 0;
    for (let i = 0; i < n1; i++)
        r1 += ranks[i];
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u = Math.max(u1, n1 * n2 - u1);
    const exact = !(n1 > 8 && n2 > 8) && tieTerm === 0;
    let p;
    if (exact)
        p = 2 * exactSf(Math.round(u), n1, n2);
    else {
        const n = n1 + n2;
        const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
        p = 2 * normalSf((u - (n1 * n2) / 2 - 0.5) / s);
    }
    return { statistic: u1, pValue: Math.min(1, Math.max(0, Number.isNaN(p) ? 1 : p)), method: exact ? 'exact' : 'asymptotic' };
}

;// CONCATENATED MODULE: ./src/stats/fairness.ts
// Group fairness of a binary classifier, as Fairlearn defines it (fairlearn.metrics): per group the
// selection rate P(ŷ = 1), the true-positive rate and the false-positive rate, each read from the
// group's confusion matrix; then
//   demographic_parity_difference = max − min of the selection rates over groups,
//   demographic_parity_ratio      = min / max of the selection rates,
//   equalized_odds_difference     = max(TPR max − min, FPR max − min).
// A rate whose denominator is empty (a group without positives has no TPR) is 0, as scikit-learn's
// confusion_matrix(normalize='true') gives it and Fairlearn then reads it.
const fairness_FAIRNESS_MEASURES = ['demographic_parity_difference', 'demographic_parity_ratio', 'equalized_odds_difference'];
/** The confusion matrix of each group (`groupOf[i]` in 0 … groups − 1). */
function fairness_groupCounts(labels, predictions, positive, groupOf, groups) {
    const out = Array.from({ length: groups }, () => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 }));
    for (let i = 0; i < labels.length; i++) {
        const c = out[groupOf[i]];
        const actual = labels[i] === positive;
        const predicted = predictions[i] === positive;
        c.n++;
        if (actual)
            predicted ? c.tp++ : c.fn++;
        else
            predicted ? c.fp++ : c.tn++;
    }
    return out;
}
const rate = (k, of) => (of === 0 ? 0 : k / of);
function fairness_groupRates(c) {
    return { selectionRate: rate(c.tp + c.fp, c.n), tpr: rate(c.tp, c.tp + c.fn), fpr: rate(c.fp, c.fp + c.tn) };
}
function fairness_fairnessMeasures(rates) {
    if (rates.length === 0)
        return { demographic_parity_difference: null, demographic_parity_ratio: null, equalized_odds_difference: null };
    const spread = (key) => {
        const values = rates.map((r) => r[key]);
        return [Math.min(...values), Math.max(...values)];
    };
    const [minSelection, maxSelection] = spread('selectionRate');
    const [minTpr, maxTpr] = spread('tpr');
    const [minFpr, maxFpr] = spread('fpr');
    return {
        demographic_parity_difference: maxSelection - minSelection,
        demographic_parity_ratio: maxSelection === 0 ? null : minSelection / maxSelection,
        equalized_odds_difference: Math.max(maxTpr - minTpr, maxFpr - minFpr),
    };
}

;// CONCATENATED MODULE: ./src/stats/index.ts












;// CONCATENATED MODULE: ./src/drift/compare.ts


const METHODS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'];
/** p-value methods drift when p is under the threshold; distances when at or over it. */
const DEFAULT_THRESHOLD = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1, kl_div: 0.1, hellinger: 0.1 };
const P_VALUE_METHODS = new Set(['ks', 'chisquare', 'z']);
const FORMULAS = {
    ks: 'two-sample Kolmogorov–Smirnov, scipy ks_2samp(method="auto"); drift if p ≤ threshold',
    chisquare: 'chi-square goodness of fit of current counts to reference shares, df = k − 1 (Evidently); drift if p < threshold',
    z: 'two-proportion z-test, pooled, p = 2(1 − Φ(|z|)) (Evidently); drift if p < threshold',
    wasserstein: 'Wasserstein-1 distance / reference std (ddof 0, at least 0.001) (Evidently); drift if ≥ threshold',
    jensenshannon: 'Jensen–Shannon distance, natural log (scipy jensenshannon); drift if ≥ threshold',
    psi: 'PSI Σ (r − c)·ln(r/c), empty bins 0.0001 (Evidently); drift if ≥ threshold',
    kl_div: 'Kullback–Leibler KL(reference ‖ current), empty bins 0.0001 (Evidently); drift if ≥ threshold',
    hellinger: 'Hellinger distance √(Σ(√r − √c)²)/√2 (Evidently); drift if ≥ threshold',
};
/** KS on sketches names the band it allowed for (see ksSketchPValue). */
const sketchKsFormula = (band) => `two-sample Kolmogorov–Smirnov on KLL sketches: p = kstwo.sf(D − ${band.toPrecision(3)}, n·m/(n+m)), the largest p a D within both sketches' rank-error bounds (Apache DataSketches' 99% bound 2.446/k^0.9433 each) gives; drift if p ≤ threshold`;
const isNumeric = (type) => type === 'integer' || type === 'number';
function side(p) {
    const n = p ? p.count - p.nulls : 0;
    const nulls = p?.nulls ?? 0;
    const count = p?.count ?? 0;
    return { n, nulls, nullRate: count === 0 ? 0 : nulls / count };
}
/** Distinct values over both sides: exact when both keep exact counts (`counts`, by category), else the merged HyperLogLog. */
function distinctUnion(a, b, counts) {
    if (counts)
        return new Set([...counts[0].keys(), ...counts[1].keys()]).size;
    const merged = new src_profile/* HyperLogLog */.l8(Uint8Array.from(a.hll.registers));
    merged.merge(b.hll);
    return merged.estimate();
}
/** Evidently's default: by reference size N and the number of distinct values over both sides. */
function autoMethod(numeric, referenceN, distinct) {
    if (referenceN <= 1000) {
        if (numeric && distinct > 5)
            return 'ks';
        return distinct > 2 ? 'chisquare' : 'z';
    }
    return numeric && distinct > 5 ? 'wasserstein' : 'jensenshannon';
}
/**
 * A KLL sketch's bound on its rank error, as a share of the values: Apache DataSketches' 99%-confidence
 * "double-sided" normalised rank error, 2.446/k^0.9433 (1.65% at k = 200; their single-sided 1.33% holds
 * at one rank, not at the largest gap over all of them, which KS takes). test/stats/ks-sketch.test.ts
 * checks it against our sketch.
 */
const kllRankError = (k) => 2.446 / k ** 0.9433;
/**
 * The sample behind a numeric column: exact sorted values (distinct, with counts, when counted), or the
 * sketch's weighted items and its rank-error bound (none while every item weighs one: the whole sample).
 */
function sample(p) {
    const exact = p.exactSample();
    if (exact)
        return { values: exact.values, weights: exact.counts, exact: true, rankError: 0 };
    const { values, weights } = p.kll.weighted();
    return { values, weights, exact: false, rankError: weights.every((w) => w === 1) ? 0 : kllRankError(p.kll.k) };
}
/** Counts per category: per value in a numeric column (whose frequent items are by value). */
function categoryCounts(frequent, numeric) {
    if (!frequent)
        return new Map();
    return numeric ? frequent.numberCounts() : frequent.counts;
}
function compareColumn(name, ref, cur, options) {
    const reference = side(ref);
    const current = side(cur);
    const base = { column: name, drifted: false, reference, current, nullRateChange: current.nullRate - reference.nullRate, newCategories: [] };
    const skip = (type, reason) => ({ ...base, type, status: 'skipped', reason });
    if (!ref)
        return skip(cur?.type ?? 'null', 'not in the reference');
    if (!cur)
        return skip(ref.type, 'not in the current data');
    const categorical = options.categorical.includes(name);
    const type = categorical ? 'categorical' : ref.type === 'null' ? cur.type : ref.type;
    if (reference.n === 0)
        return skip(type, 'empty or all null in the reference');
    if (current.n === 0)
        return skip(type, 'empty or all null in the current data');
    if ((type === 'date' || type === 'datetime') && !options.columnMethods.has(name))
        return skip(type, 'datetime columns are excluded by default (name a method in column-methods to compare one)');
    const numeric = !categorical && isNumeric(type) && isNumeric(cur.type === 'null' ? type : cur.type);
    const [refFrequent, curFrequent] = [ref.frequent, cur.frequent]; // read once: a numeric column's are made by value when read
    const refCounts = categoryCounts(refFrequent, numeric);
    const curCounts = categoryCounts(curFrequent, numeric);
    const distinct = distinctUnion(ref, cur, refFrequent?.exact && curFrequent?.exact ? [refCounts, curCounts] : undefined);
    const method = options.columnMethods.get(name) ?? (options.method === 'auto' ? autoMethod(numeric, reference.n, distinct) : options.method);
    const threshold = options.columnThresholds.get(name) ?? options.threshold ?? DEFAULT_THRESHOLD[method];
    const newCategories = !numeric && refFrequent && curFrequent ? [...curCounts.keys()].filter((k) => !refCounts.has(k)).map(String).sort().slice(0, 20) : [];
    const result = { ...base, type, status: 'compared', method, formula: FORMULAS[method], threshold, newCategories, basis: 'exact' };
    // Discrete values (categorical, or numeric with few values) are compared by their counts.
    const discrete = !numeric || (refFrequent?.exact && curFrequent?.exact && distinct <= 5);
    const countsExact = !!(refFrequent?.exact && curFrequent?.exact);
    if (method === 'chisquare' || method === 'z') {
        if (!refFrequent || !curFrequent)
            return skip(type, `${method} needs value counts, and this column has too many distinct values to count`);
        const test = method === 'z' ? zTest(refCounts, curCounts) : chiSquare(refCounts, curCounts);
        Object.assign(result, { statistic: test.statistic, pValue: test.pValue, basis: countsExact ? 'exact' : 'sketch' });
        result.effect = method === 'z' ? cohensH(refCounts, curCounts) : cramersV(refCounts, curCounts);
    }
    else if (method === 'ks' || method === 'wasserstein') {
        if (!numeric)
            return skip(type, `${method} needs numeric values`);
        const [a, b] = [sample(ref), sample(cur)];
        result.basis = a.exact && b.exact ? 'exact' : 'sketch';
        if (method === 'ks') {
            if (a.exact && b.exact) {
                const ks = ks2samp(a.values, b.values, a.weights, b.weights);
                Object.assign(result, { statistic: ks.statistic, pValue: ks.pValue });
            }
            else {
                // Sketches: D from their CDFs, p the largest their rank error allows (see ksSketchPValue).
                const d = ksStatistic(a.values, b.values, a.weights, b.weights);
                const band = a.rankError + b.rankError;
                Object.assign(result, { statistic: d, pValue: ksSketchPValue(d, ref.moments.n, cur.moments.n, band), formula: sketchKsFormula(band) });
            }
            result.effect = { name: 'KS D (max CDF gap)', value: result.statistic };
        }
        else {
            const std = Math.sqrt(ref.moments.n > 0 ? ref.moments.m2 / ref.moments.n : 0);
            const distance = wasserstein(a.values, b.values, a.weights, b.weights);
            result.statistic = distance / Math.max(std, 0.001);
            result.effect = { name: 'mean shift / reference std', value: (cur.moments.mean - ref.moments.mean) / Math.max(std, 0.001) };
        }
    }
    else {
        const [labels, r, c] = discrete ? countsOver(refCounts, curCounts) : binned(ref, cur);
        result.basis = discrete ? (countsExact ? 'exact' : 'sketch') : ref.values && cur.values ? 'exact' : 'sketch';
        result.statistic = method === 'jensenshannon' ? jensenShannon(r, c) : method === 'psi' ? psi(r, c) : method === 'kl_div' ? klDivergence(r, c) : hellinger(r, c);
        result.histogram = { labels, reference: shares(r), current: shares(c) };
    }
    if (!result.histogram) {
        const [labels, r, c] = discrete ? countsOver(refCounts, curCounts) : binned(ref, cur);
        result.histogram = { labels, reference: shares(r), current: shares(c) };
    }
    const drifted = P_VALUE_METHODS.has(method) ? (method === 'ks' ? result.pValue <= threshold : result.pValue < threshold) : result.statistic >= threshold;
    result.drifted = drifted;
    return result;
}
function shares(counts) {
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => (total === 0 ? 0 : c / total));
}
/** Counts of both sides over the union of categories (sorted), as Evidently lays them out. */
function countsOver(ref, cur) {
    const keys = categoriesOf(ref, cur);
    return [keys.map(String), keys.map((k) => ref.get(k) ?? 0), keys.map((k) => cur.get(k) ?? 0)];
}
/** Both sides binned on the reference's frozen decile edges. */
function binned(ref, cur) {
    const edges = ref.referenceBins().edges;
    const labels = edges.slice(0, -1).map((e, i) => `${compare_short(e)}–${compare_short(edges[i + 1])}`);
    return [labels, ref.binCounts(edges), cur.binCounts(edges)];
}
const compare_short = (x) => (Math.abs(x) >= 1000 || Number.isInteger(x) ? String(Math.round(x)) : x.toPrecision(3));
/**
 * Cramér's V of the 2 × k table (reference, current) × category: √(χ²/N) with χ² the test of
 * independence on that table (scipy.stats.contingency.association, method 'cramer'). 0 (same shares) to
 * 1 (no category shared). Not √(χ²/(n·(k−1))) of the goodness-of-fit statistic: that one exceeds 1 when
 * a category is rare in the reference.
 */
function cramersV(ref, cur) {
    const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
    const [nRef, nCur] = [total(ref), total(cur)];
    const n = nRef + nCur;
    let chi2 = 0;
    for (const key of new Set([...ref.keys(), ...cur.keys()])) {
        const [r, c] = [ref.get(key) ?? 0, cur.get(key) ?? 0];
        const share = (r + c) / n;
        chi2 += (r - nRef * share) ** 2 / (nRef * share) + (c - nCur * share) ** 2 / (nCur * share);
    }
    return { name: "Cramér's V", value: nRef === 0 || nCur === 0 ? NaN : Math.sqrt(chi2 / n) };
}
/** Cohen's h = 2·asin(√p1) − 2·asin(√p2) for the share of the first category. */
function cohensH(ref, cur) {
    const first = categoriesOf(ref, cur)[0];
    const share = (m) => (m.get(first) ?? 0) / [...m.values()].reduce((a, b) => a + b, 0);
    return { name: "Cohen's h", value: 2 * Math.asin(Math.sqrt(share(cur))) - 2 * Math.asin(Math.sqrt(share(ref))) };
}
function compareProfiles(reference, current, options, driftShare) {
    const names = [...new Set([...reference.columns.keys(), ...current.columns.keys()])];
    const selected = names.filter((n) => (!options.columns || options.columns.includes(n)) && !options.exclude.includes(n));
    const columns = selected.map((n) => compareColumn(n, reference.columns.get(n), current.columns.get(n), options));
    const compared = columns.filter((c) => c.status === 'compared');
    const driftedColumns = compared.filter((c) => c.drifted).map((c) => c.column);
    const share = compared.length === 0 ? 0 : driftedColumns.length / compared.length;
    // Drifted first, then by how far past the threshold, then by name.
    const score = (c) => (c.status !== 'compared' ? -2 : c.drifted ? 1 : 0);
    columns.sort((a, b) => score(b) - score(a) || a.column.localeCompare(b.column));
    return { columns, compared: compared.length, driftedColumns, share, drifted: compared.length > 0 && share >= driftShare };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/drift/report.ts


const number = (x, digits = 4) => (x === undefined || Number.isNaN(x) ? '-' : !Number.isFinite(x) ? '∞' : x !== 0 && Math.abs(x) < 1e-4 ? x.toExponential(2) : x.toFixed(digits));
const percent = (x) => `${(x * 100).toFixed(1)}%`;
/** Most categories a chart shows; the rest are named by count. */
const CHART_CATEGORIES = 30;
/**
 * Which categories a chart shows when there are too many: by turns the largest share (on either side)
 * and the largest change, ordered by their share of the reference.
 */
function chartCategories(h) {
    const all = h.labels.map((_, i) => i);
    if (all.length <= CHART_CATEGORIES)
        return all;
    const byShare = [...all].sort((a, b) => Math.max(h.reference[b], h.current[b]) - Math.max(h.reference[a], h.current[a]));
    const byChange = [...all].sort((a, b) => Math.abs(h.current[b] - h.reference[b]) - Math.abs(h.current[a] - h.reference[a]));
    const chosen = new Set();
    for (let k = 0; chosen.size < CHART_CATEGORIES; k++) {
        chosen.add(byShare[k]);
        if (chosen.size < CHART_CATEGORIES)
            chosen.add(byChange[k]);
    }
    return [...chosen].sort((a, b) => h.reference[b] - h.reference[a] || a - b);
}
/** A mermaid xychart-beta of reference (bars) and current (line) shares; labels are sanitised data. */
function histogramChart(column) {
    const h = column.histogram;
    if (!h || h.labels.length < 2)
        return undefined;
    const label = (s) => `"${s.replace(/[^\p{L}\p{N} ._–+-]/gu, '').slice(0, 12)}"`;
    const shown = chartCategories(h);
    const values = (xs) => `[${shown.map((i) => xs[i].toFixed(4)).join(', ')}]`;
    const top = Math.max(...h.reference, ...h.current) * 1.1 || 1;
    const left = h.labels.length - shown.length;
    return [
        ...(left > 0 ? [`_${shown.length} of ${h.labels.length} categories: those with the largest share or the largest change; ${left} left out._`, ''] : []),
        '```mermaid',
        'xychart-beta',
        `  title "${label(column.column).slice(1, -1)}: reference bars, current line"`,
        `  x-axis [${shown.map((i) => label(h.labels[i])).join(', ')}]`,
        `  y-axis "share of rows" 0 --> ${top.toFixed(3)}`,
        `  bar ${values(h.reference)}`,
        `  line ${values(h.current)}`,
        '```',
    ].join('\n');
}
/** One row of a column table (features, target, predictions). */
function columnRow(c) {
    return [
        c.status === 'skipped' ? '⚪' : c.drifted ? '🔴' : '🟢',
        (0,markdown/* code */.aY)(c.column),
        (0,markdown/* escape */.ih)(c.type),
        c.method ?? (0,markdown/* escape */.ih)(c.reason ?? ''),
        number(c.statistic),
        c.pValue === undefined ? '-' : number(c.pValue),
        c.threshold === undefined ? '-' : String(c.threshold),
        c.effect ? `${(0,markdown/* escape */.ih)(c.effect.name)} ${number(c.effect.value, 3)}` : '-',
        `${percent(c.reference.nullRate)} → ${percent(c.current.nullRate)}`,
        c.newCategories.length ? c.newCategories.slice(0, 5).map((x) => (0,markdown/* code */.aY)(x, 20)).join(' ') : '-',
        `${(0,markdown/* thousands */.oh)(c.reference.n)} / ${(0,markdown/* thousands */.oh)(c.current.n)}${c.basis === 'sketch' ? ' (sketch)' : ''}`,
    ];
}
const columnTable = (columns) => (0,markdown/* table */.tp)(['', 'column', 'type', 'method', 'statistic', 'p-value', 'threshold', 'effect size', 'null rate', 'new categories', 'n ref / cur'], columns.map(columnRow));
async function renderDriftReport(report) {
    // The monitor's sections are loaded only for a report that has them.
    const monitor = report.quality || report.windows?.length ? await Promise.all(/* import() */[__webpack_require__.e(467), __webpack_require__.e(662)]).then(__webpack_require__.bind(__webpack_require__, 78662)) : undefined;
    const verdicts = [report.drifted ? '🔴 dataset drift detected' : '🟢 no dataset drift'];
    if (report.quality)
        verdicts.push(report.quality.decayed ? '🔴 quality decayed' : '🟢 no quality decay');
    if (report.predictionDrifted)
        verdicts.push('🟠 predictions drifted');
    const head = [
        `## Drift check: ${verdicts.join(' · ')}`,
        '',
        `${report.driftedColumns.length} of ${report.compared} compared feature column(s) drifted (${percent(report.driftShare)}; dataset drift at ≥ ${percent(report.threshold)}).`,
        `Reference: ${(0,markdown/* thousands */.oh)(report.reference.rows)} rows (${(0,markdown/* code */.aY)(report.reference.fingerprint.slice(0, 12))}) · current: ${(0,markdown/* thousands */.oh)(report.current.rows)} rows (${(0,markdown/* code */.aY)(report.current.fingerprint.slice(0, 12))})`,
        report.dispatch ? `Retraining: ${report.dispatch.dispatched ? `dispatched ${(0,markdown/* escape */.ih)(report.dispatch.target ?? '')}${report.dispatch.runUrl ? ` ([run](${report.dispatch.runUrl}))` : ''}` : `not dispatched: ${(0,markdown/* escape */.ih)(report.dispatch.reason)}`}` : '',
        report.pushgateway ? `Pushgateway: ${report.pushgateway.pushed ? 'pushed' : `not pushed (${(0,markdown/* escape */.ih)(report.pushgateway.error ?? '')})`}` : '',
    ].filter(Boolean).join('\n');
    const model = [report.target, ...(report.predictions ?? [])].filter((c) => c !== undefined);
    const modelSection = model.length
        ? `### Prediction and target drift: ${report.predictionDrifted ? '🟠 predictions drifted' : '🟢 predictions steady'}${report.target?.drifted ? ' · 🟠 target drifted' : ''}\n\nThe model's own columns, compared like features; not counted in the dataset drift share.\n\n${columnTable(model)}`
        : '';
    const featureSection = `### Feature drift\n\n${columnTable(report.columns)}`;
    const all = [...model, ...report.columns];
    const used = [...new Set(all.map((c) => c.method).filter((m) => !!m))];
    const formulas = used.map((m) => `- **${m}**: ${(0,markdown/* escape */.ih)(FORMULAS[m])}`).join('\n');
    const charts = [...model, ...report.columns.filter((c) => c.status === 'compared').slice(0, 3)]
        .filter((c) => c.status === 'compared')
        .map((c) => [c, histogramChart(c)])
        .filter(([, chart]) => chart)
        .map(([c, chart]) => (0,markdown/* details */.zH)(`${c.drifted ? '🔴' : '🟢'} ${(0,markdown/* escape */.ih)(c.column)}: reference vs current`, chart));
    const trend = monitor && report.windows?.length ? monitor.renderTrend(report.windows, report.window, report.quality) : '';
    const sections = [head, monitor && report.quality ? monitor.renderQuality(report.quality) : '', modelSection, featureSection, trend, formulas ? `**Formulas**\n\n${formulas}` : '', ...charts];
    return (0,markdown/* withinBudget */.xV)(sections.filter(Boolean), 1_000_000, (left) => `_${left} section(s) left out to stay under GitHub's 1 MiB summary limit; see the JSON report._`);
}
function buildDriftReport(result, threshold, reference, current) {
    return {
        kind: 'mlops-actions/drift-report',
        version: 1,
        created: new Date().toISOString(),
        drifted: result.drifted,
        driftShare: result.share,
        threshold,
        driftedColumns: result.driftedColumns,
        compared: result.compared,
        reference,
        current,
        columns: result.columns,
        passed: !result.drifted,
        ...(result.target || result.predictions.length ? { target: result.target, predictions: result.predictions, predictionDrifted: result.predictionDrifted } : {}),
    };
}

;// CONCATENATED MODULE: ./src/drift/sections.ts


const list = (names, max = 10) => {
    const all = [...names];
    return all.length === 0 ? '(none)' : `${all.slice(0, max).map((n) => JSON.stringify(n)).join(', ')}${all.length > max ? ` and ${all.length - max} more` : ''}`;
};
/** The options that compare only the features: the columns with a role are left out. */
function featureOptions(options, roles) {
    const named = [roles.target, roles.prediction, roles.score, roles.timestamp].filter((n) => n !== undefined);
    return named.length ? { ...options, exclude: [...options.exclude, ...named] } : options;
}
function compareSections(reference, current, options, driftShare, roles, warn) {
    const [ref, cur] = [reference.columns, current.columns];
    const known = (name) => ref.has(name) || cur.has(name);
    // A column a selection left unprofiled is still the data's (profileFiles keeps its name).
    const names = (profile) => [...profile.columns.keys(), ...profile.unread];
    const named = (name) => known(name) || reference.unread.has(name) || current.unread.has(name);
    if (options.columns) {
        const unknown = options.columns.filter((c) => !named(c));
        if (unknown.length === options.columns.length)
            throw new errors/* ConfigurationError */.j(`Input 'columns': none of ${list(unknown)} is a column of the reference or the current data (reference: ${list(names(reference))}; current: ${list(names(current))}).`);
        if (unknown.length > 0)
            warn(`Input 'columns': ${list(unknown)} ${unknown.length === 1 ? 'is not a column' : 'are not columns'} of either side; compared the others.`);
    }
    const unknownExcluded = options.exclude.filter((c) => !named(c));
    if (unknownExcluded.length > 0)
        warn(`Input 'exclude-columns': ${list(unknownExcluded)} ${unknownExcluded.length === 1 ? 'is not a column' : 'are not columns'} of either side.`);
    const features = compareProfiles(reference, current, featureOptions(options, roles), driftShare);
    const byRole = (name) => (name !== undefined && known(name) ? compareColumn(name, ref.get(name), cur.get(name), options) : undefined);
    const target = byRole(roles.target);
    const predictions = [byRole(roles.prediction), byRole(roles.score)].filter((c) => c !== undefined);
    const modelColumns = [target, ...predictions].filter((c) => c?.status === 'compared').length;
    const shared = names(reference).filter((n) => cur.has(n) || current.unread.has(n));
    if (shared.length === 0)
        throw new errors/* ConfigurationError */.j(`Inputs 'reference' and 'current' share no column: the reference has ${list(names(reference))}, the current data ${list(names(current))}. Are they the same kind of data (same header)?`);
    const why = options.columns ? "Input 'columns'" : "Input 'exclude-columns'";
    if (features.columns.length === 0) {
        const message = `${why} leaves no feature column to compare (the target, prediction, score and timestamp columns are not features).`;
        if (modelColumns === 0)
            throw new errors/* ConfigurationError */.j(message);
        warn(`${message} Only the model's columns are compared.`);
    }
    else if (features.compared === 0) {
        const reasons = features.columns.map((c) => `${JSON.stringify(c.column)} ${c.reason}`).slice(0, 5).join('; ');
        const oneSided = features.columns.every((c) => /^not in the/.test(c.reason ?? ''));
        if (oneSided && modelColumns === 0)
            throw new errors/* ConfigurationError */.j(`${why}: no selected column is in both the reference and the current data (${reasons}).`);
        warn(`No feature column could be compared (${reasons}): dataset drift is not judged.`);
    }
    return { ...features, target, predictions, predictionDrifted: predictions.some((p) => p.drifted) };
}

;// CONCATENATED MODULE: ./src/drift/index.ts




// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
// EXTERNAL MODULE: ./src/runtime/worker-pool.ts
var worker_pool = __webpack_require__(15815);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/runtime/files.ts + 1 modules
var runtime_files = __webpack_require__(68654);
// EXTERNAL MODULE: ./src/runtime/paths.ts
var paths = __webpack_require__(69704);
;// CONCATENATED MODULE: ./src/runtime/inputs.ts





const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;
const DURATION_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
function bad(name, value, expected) {
    return new errors/* ConfigurationError */.j(`Input '${name}' ${expected}, got ${JSON.stringify(value)}.`);
}
/** Parses "90s", "5m", "24h", "1.5d", "250ms" into milliseconds. */
function parseDuration(text) {
    const match = DURATION.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * DURATION_MS[match[2]];
}
/**
 * Typed reads of action inputs, in the spirit of actions/checkout's input-helper:
 * every input read once, every error names the input and quotes the bad value.
 */
class Inputs {
    io;
    constructor(io) {
        this.io = io;
    }
    required(name) {
        const value = this.io.getInput(name);
        if (value === '')
            throw new errors/* ConfigurationError */.j(`Input '${name}' is required but was not given.`);
        return value;
    }
    optional(name) {
        const value = this.io.getInput(name);
        return value === '' ? undefined : value;
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    oneOf(name, allowed, fallback) {
        const value = this.optional(name) ?? fallback;
        if (!allowed.includes(value)) {
            throw bad(name, value, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
        }
        return value;
    }
    boolean(name, fallback) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (/^(true|yes|on|1)$/i.test(value))
            return true;
        if (/^(false|no|off|0)$/i.test(value))
            return false;
        throw bad(name, value, 'must be true or false');
    }
    number(name, fallback, limits = {}) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        const parsed = Number(value);
        if (!Number.isFinite(parsed))
            throw bad(name, value, 'must be a number');
        if (limits.integer && !Number.isInteger(parsed))
            throw bad(name, value, 'must be a whole number');
        if (limits.min !== undefined && parsed < limits.min)
            throw bad(name, value, `must be at least ${limits.min}`);
        if (limits.max !== undefined && parsed > limits.max)
            throw bad(name, value, `must be at most ${limits.max}`);
        return parsed;
    }
    /** Milliseconds from "90s", "5m", "24h". */
    duration(name, fallback) {
        const value = this.optional(name) ?? fallback;
        const ms = parseDuration(value);
        if (ms === undefined)
            throw bad(name, value, 'must be a duration such as 90s, 5m or 24h');
        return ms;
    }
    /** Items separated by newlines or commas, trimmed, empty ones dropped. */
    list(name) {
        return (this.optional(name) ?? '')
            .split(/[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
    /** Items separated by newlines only (for values that may contain commas, like globs). */
    lines(name) {
        return (this.optional(name) ?? '')
            .split('\n')
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
    json(name) {
        const value = this.optional(name);
        if (value === undefined)
            return undefined;
        try {
            return JSON.parse(value);
        }
        catch (error) {
            throw bad(name, value, `must be valid JSON (${error.message})`);
        }
    }
    /** YAML given inline, or the path of a YAML/JSON file. */
    yaml(name) {
        const value = this.optional(name);
        if (value === undefined)
            return undefined;
        let text = value;
        let source = 'inline value';
        if (!value.includes('\n') && /\.(ya?ml|json)$/i.test(value)) {
            text = (0,external_node_fs_.readFileSync)((0,runtime_files/* inputFile */.xm)(this.io.workspace, value, name), 'utf8');
            source = `file ${value}`;
        }
        try {
            return dist.parse(text);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j(`Input '${name}': the ${source} is not valid YAML: ${error.message}`);
        }
    }
    /** A path the author gave: relative to the workspace, or absolute. */
    path(name) {
        const value = this.optional(name);
        return value === undefined ? undefined : (0,paths/* resolveInputPath */.qL)(this.io.workspace, value);
    }
}

;// CONCATENATED MODULE: ./src/runtime/json-pieces.ts
// JSON.stringify(value, null, indent), made piece by piece: a report of 10,000 columns is written a
// column at a time instead of as one string of tens of MB (two bytes a character once a formula's "–" is
// in it) beside its UTF-8 copy.
/** Containers this deep and deeper are stringified whole: a report's columns are its second level. */
const OPENED = 2;
/** The text of JSON.stringify(value, null, indent), in pieces: the outer arrays and plain objects item by item. */
function* jsonPieces(value, indent = 2, depth = 0) {
    const outer = indent > 0 ? `\n${' '.repeat(indent * depth)}` : ''; // a line break and the indentation before a closing bracket
    const inner = indent > 0 ? `${outer}${' '.repeat(indent)}` : '';
    if (depth < OPENED && Array.isArray(value) && value.length > 0) {
        for (let i = 0; i < value.length; i++) {
            yield `${i === 0 ? '[' : ','}${inner}`;
            yield* listed(value[i]) ? jsonPieces(value[i], indent, depth + 1) : ['null']; // as JSON.stringify writes undefined in an array
        }
        yield `${outer}]`;
    }
    else if (depth < OPENED && isPlainObject(value) && Object.values(value).some(listed)) {
        let first = true;
        for (const [key, item] of Object.entries(value)) {
            if (!listed(item))
                continue;
            yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}`;
            yield* jsonPieces(item, indent, depth + 1);
            first = false;
        }
        yield `${outer}}`;
    }
    else
        yield JSON.stringify(value, null, indent).replace(/\n/g, outer); // no raw newline is inside a JSON string
}
/** What JSON.stringify writes in an object (it leaves the others out). */
const listed = (value) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
/** An object JSON.stringify writes key by key: no toJSON, not a boxed primitive. */
function isPlainObject(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const proto = Object.getPrototypeOf(value);
    return (proto === Object.prototype || proto === null) && typeof value.toJSON !== 'function';
}

;// CONCATENATED MODULE: ./src/runtime/outcome.ts
/**
 * The suite's one failure style. `passed` always reflects the checks, whatever `fail-on` says; the step
 * fails only when `fail-on` asks for it, with one sentence that says what failed and where to look.
 * A failure that `fail-on` lets through is a warning, so it is never mistaken for a pass.
 */
function reportOutcome(io, action, outcome) {
    io.setOutput('passed', String(outcome.passed));
    if (outcome.passed)
        return;
    if (outcome.failStep)
        io.setFailed(`${action} failed: ${outcome.problem}. See the job summary.`);
    else
        io.annotate('warning', `${action}: ${outcome.problem} (the step does not fail: fail-on says so). See the job summary.`, { title: action });
}

;// CONCATENATED MODULE: ./src/runtime/index.ts








;// CONCATENATED MODULE: ./src/metrics/rules.ts
// Gate rules per metric: direction, absolute bounds, tolerated regression (absolute or %), required.

const KEYS = new Set(['goal', 'min', 'max', 'max-regression', 'required']);
function parseRules(document, source) {
    const rules = new Map();
    if (document === undefined || document === null)
        return rules;
    if (typeof document !== 'object' || Array.isArray(document))
        throw new ConfigurationError(`Input 'rules' (${source}) must be a map from metric name to its rule.`);
    for (const [metric, raw] of Object.entries(document)) {
        const where = `Input 'rules' (${source}): ${metric}`;
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
            throw new ConfigurationError(`${where} must be a map such as {goal: maximize, min: 0.8}.`);
        const r = raw;
        for (const key of Object.keys(r))
            if (!KEYS.has(key))
                throw new ConfigurationError(`${where}.${key} is not a rule setting (known: ${[...KEYS].join(', ')}).`);
        if (r.goal !== undefined && r.goal !== 'maximize' && r.goal !== 'minimize')
            throw new ConfigurationError(`${where}.goal must be maximize or minimize, got ${JSON.stringify(r.goal)}.`);
        const num = (key) => {
            if (r[key] === undefined)
                return undefined;
            if (typeof r[key] !== 'number' || !Number.isFinite(r[key]))
                throw new ConfigurationError(`${where}.${key} must be a number, got ${JSON.stringify(r[key])}.`);
            return r[key];
        };
        let maxRegression;
        if (r['max-regression'] !== undefined) {
            const text = String(r['max-regression']).trim();
            const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
            if (!match)
                throw new ConfigurationError(`${where}.max-regression must be a number (absolute) or a percentage such as 2%, got ${JSON.stringify(r['max-regression'])}.`);
            if (r.goal === undefined)
                throw new ConfigurationError(`${where}.max-regression needs a goal (maximize or minimize) to know which way is worse.`);
            maxRegression = { value: match[2] ? Number(match[1]) / 100 : Number(match[1]), relative: match[2] === '%' };
        }
        if (r.required !== undefined && typeof r.required !== 'boolean')
            throw new ConfigurationError(`${where}.required must be true or false.`);
        rules.set(metric, { goal: r.goal, min: num('min'), max: num('max'), maxRegression, required: r.required === true });
    }
    return rules;
}
/** The tolerated regression in the metric's own units for this baseline value. */
function rules_tolerance(rule, baseline) {
    if (!rule?.maxRegression)
        return 0;
    return rule.maxRegression.relative ? Math.abs(baseline ?? 0) * rule.maxRegression.value : rule.maxRegression.value;
}
function rules_describeRule(rule) {
    if (!rule)
        return '';
    const parts = [];
    if (rule.goal)
        parts.push(rule.goal === 'maximize' ? '↑' : '↓');
    if (rule.min !== undefined)
        parts.push(`≥ ${rule.min}`);
    if (rule.max !== undefined)
        parts.push(`≤ ${rule.max}`);
    if (rule.maxRegression)
        parts.push(`regression ≤ ${rule.maxRegression.relative ? `${+(rule.maxRegression.value * 100).toFixed(4)}%` : rule.maxRegression.value}`);
    if (rule.required)
        parts.push('required');
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/metrics/diff.ts

function diffMetrics(candidate, baseline, rules) {
    const names = [...new Set([...rules.keys(), ...candidate.keys(), ...(baseline?.keys() ?? [])])].sort();
    return names.map((metric) => {
        const rule = rules.get(metric);
        const c = candidate.get(metric);
        const b = baseline?.get(metric);
        const reasons = [];
        if (c === undefined) {
            if (rule?.required)
                reasons.push('required metric is missing from the candidate');
            return { metric, baseline: b, rule: describeRule(rule), status: rule?.required ? 'fail' : 'missing', reasons };
        }
        if (rule?.min !== undefined && c < rule.min)
            reasons.push(`${c} is below the minimum ${rule.min}`);
        if (rule?.max !== undefined && c > rule.max)
            reasons.push(`${c} is above the maximum ${rule.max}`);
        const change = b === undefined ? undefined : c - b;
        // goal alone gives the direction; a regression is gated only when max-regression says how much is tolerated.
        if (rule?.goal && rule.maxRegression && change !== undefined) {
            const worse = rule.goal === 'maximize' ? -change : change;
            const allowed = tolerance(rule, b);
            if (worse > allowed + 1e-12)
                reasons.push(`${rule.goal === 'maximize' ? 'dropped' : 'rose'} by ${+Math.abs(change).toPrecision(6)}, more than the tolerated ${+allowed.toPrecision(6)}`);
        }
        const gated = rule !== undefined && (rule.goal !== undefined || rule.min !== undefined || rule.max !== undefined);
        return {
            metric,
            baseline: b,
            candidate: c,
            change,
            relativeChange: change !== undefined && b !== 0 && b !== undefined ? change / Math.abs(b) : undefined,
            rule: describeRule(rule),
            status: reasons.length > 0 ? 'fail' : gated ? 'pass' : 'info',
            reasons,
        };
    });
}

;// CONCATENATED MODULE: ./src/metrics/predictions.ts
// Per-example prediction files (CSV/JSONL/Parquet with id, label, and prediction and/or score), joined by id.


const cell = (value) => (value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value)) ? null : String(value));
/**
 * Reads a predictions file and any of `extraColumns` it has. Duplicate ids are an error (pairing
 * would count the example twice), naming the id and its lines.
 */
function readPredictions(file, display, inputName, extraColumns = []) {
    return readExamples(file, display, inputName, extraColumns, true);
}
/** A file of per-example data joined by id (`slice-data`): the id column and any of `columns` it has. */
function readExampleData(file, display, inputName, columns) {
    return readExamples(file, display, inputName, columns, false);
}
async function readExamples(file, display, inputName, extraColumns, predicted) {
    const out = { source: display, inputName, ids: [], lines: [], labels: [], extra: new Map() };
    const problems = [];
    let columnsSeen = [];
    const firstLine = new Map();
    let duplicate;
    await readTable(file, detectFormat(file), {
        batch: (batch) => {
            columnsSeen = batch.columns;
            const column = (name) => batch.values[batch.columns.indexOf(name)];
            const [ids, labels, predictions, scores] = [column('id'), column('label'), column('prediction'), column('score')];
            if (!ids || (predicted && (!labels || (!predictions && !scores))))
                return;
            const extras = extraColumns.map((name) => [name, column(name)]).filter(([, values]) => values !== undefined);
            for (let i = 0; i < batch.length; i++) {
                const id = String(ids[i]);
                const line = batch.lines?.[i] ?? batch.firstRow + i;
                const seen = firstLine.get(id);
                if (seen !== undefined)
                    duplicate ??= [id, seen, line];
                else
                    firstLine.set(id, line);
                out.ids.push(id);
                out.lines.push(line);
                if (labels)
                    out.labels.push(String(labels[i]));
                if (predictions)
                    (out.predictions ??= []).push(String(predictions[i]));
                if (scores)
                    (out.scores ??= []).push(Number(scores[i]));
                for (const [name, values] of extras) {
                    let list = out.extra.get(name);
                    if (!list)
                        out.extra.set(name, (list = new Array(out.ids.length - 1).fill(null)));
                    list.push(cell(values[i]));
                }
            }
        },
        malformed: (p) => problems.push(`line ${p.line ?? p.row}: ${p.message}`),
    });
    const where = `Input '${inputName}': ${display}`;
    if (problems.length > 0)
        throw new ConfigurationError(`${where} is malformed (${problems.slice(0, 3).join('; ')}).`);
    if (!predicted && !columnsSeen.includes('id'))
        throw new ConfigurationError(`${where} needs an id column to join its rows to the predictions (found: ${columnsSeen.join(', ') || 'none'}).`);
    if (predicted && (!columnsSeen.includes('id') || !columnsSeen.includes('label') || (!columnsSeen.includes('prediction') && !columnsSeen.includes('score')))) {
        throw new ConfigurationError(`${where} needs the columns id, label, and prediction and/or score (found: ${columnsSeen.join(', ') || 'none'}).`);
    }
    if (duplicate) {
        const [id, first, again] = duplicate;
        throw new ConfigurationError(`${where} has the id "${id}" more than once (lines ${first} and ${again}): each example needs exactly one row, or pairing would count it twice.`);
    }
    const badScore = out.scores?.findIndex((s) => !Number.isFinite(s)) ?? -1;
    if (badScore >= 0)
        throw new ConfigurationError(`${where}, line ${out.lines[badScore]}: the score is not a number.`);
    for (const list of out.extra.values())
        while (list.length < out.ids.length)
            list.push(null);
    return out;
}
const POSITIVE = (/* unused pure expression or super */ null && (['1', 'true', 'True', 'yes', 'pos', 'positive']));
/** Joins the two sides by the ids both have and says which metrics apply: classification or regression. */
function pairPredictions(candidate, baseline) {
    const where = new Map(baseline.ids.map((id, i) => [id, i]));
    const candidateRows = [];
    const baselineRows = [];
    candidate.ids.forEach((id, i) => {
        const j = where.get(id);
        if (j !== undefined) {
            candidateRows.push(i);
            baselineRows.push(j);
        }
    });
    const both = `Inputs '${candidate.inputName}' (${candidate.source}) and '${baseline.inputName}' (${baseline.source})`;
    if (candidateRows.length === 0)
        throw new ConfigurationError(`${both} share no id: the paired comparison needs the same examples on both sides.`);
    const labels = candidateRows.map((i) => candidate.labels[i]);
    const mismatched = candidateRows.findIndex((i, k) => candidate.labels[i] !== baseline.labels[baselineRows[k]]);
    if (mismatched >= 0) {
        const count = candidateRows.filter((i, k) => candidate.labels[i] !== baseline.labels[baselineRows[k]]).length;
        throw new ConfigurationError(`${both} disagree on the label of ${count} example(s), the first id "${candidate.ids[candidateRows[mismatched]]}": both must score the same evaluation set.`);
    }
    const pick = (values, rows) => (values ? rows.map((r) => values[r]) : undefined);
    const distinct = new Set(labels);
    const regression = distinct.size > 20 && labels.every((l) => Number.isFinite(Number(l)));
    const binary = distinct.size === 2;
    const positive = POSITIVE.find((p) => distinct.has(p)) ?? [...distinct].sort()[1];
    const candPredictions = pick(candidate.predictions, candidateRows);
    const basePredictions = pick(baseline.predictions, baselineRows);
    const candScores = pick(candidate.scores, candidateRows);
    const baseScores = pick(baseline.scores, baselineRows);
    const metrics = [];
    if (regression) {
        for (const [side, rows] of [[candidate, candidateRows], [baseline, baselineRows]]) {
            const bad = side.predictions ? rows.find((r) => !Number.isFinite(Number(side.predictions[r]))) : undefined;
            if (bad !== undefined)
                throw new ConfigurationError(`Input '${side.inputName}': ${side.source}, line ${side.lines[bad]}: the prediction ${JSON.stringify(side.predictions[bad])} is not a number, and the labels are numeric (a regression).`);
        }
        if (candPredictions && basePredictions)
            metrics.push('mae', 'rmse');
    }
    else {
        if (candPredictions && basePredictions)
            metrics.push(...(binary ? ['accuracy', 'f1'] : ['accuracy']));
        if (binary && candScores && baseScores)
            metrics.push('roc_auc');
    }
    return {
        data: {
            labels,
            positive,
            candidate: { predictions: candPredictions, scores: candScores && Float64Array.from(candScores) },
            baseline: { predictions: basePredictions, scores: baseScores && Float64Array.from(baseScores) },
        },
        metrics,
        rows: [Uint32Array.from(candidateRows), Uint32Array.from(baselineRows)],
        candidateOnly: candidate.ids.length - candidateRows.length,
        baselineOnly: baseline.ids.length - candidateRows.length,
    };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfcinv/lib/index.js
var math_base_special_erfcinv_lib = __webpack_require__(80119);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./src/metrics/slices.ts
// Slices: subsets of the evaluation examples by the value of a column (or of a pair, `a x b`), each
// compared with the same paired machinery as the whole, with the family-wise error rate controlled
// over the judged slices:
// - α = 1 − confidence is split evenly over the k metrics judged per slice (Bonferroni), then
// - accuracy: McNemar's exact p-value per slice, Holm-adjusted over the m judged slices, significant
//   when at most α/k (with a tolerance, the interval below must also lie beyond it);
// - every metric: a Bonferroni-adjusted interval at level 1 − α/(k·m), Δ ± z·SE with SE the standard
//   deviation of the slice's resampled deltas (Efron's standard interval: at such levels a percentile
//   interval would rest on the few most extreme resamples), judged against the tolerance like the whole.




const erfcinv = (/* unused pure expression or super */ null && (erfcinvModule));
const MISSING = '(missing)';
/** Numeric columns with more distinct values than this are cut at their deciles; fewer are sliced by value. */
const MAX_VALUES_BY_VALUE = 10;
/** More slices than this in one slicing would judge noise (an id column, a free-text column). */
const MAX_SLICES = 1000;
function parseSliceSpecs(items, inputName) {
    return items.map((item) => {
        const columns = item.split(/\s+x\s+/).map((c) => c.trim());
        if (columns.length > 2 || columns.some((c) => c === ''))
            throw new ConfigurationError(`Input '${inputName}': "${item}" is not a column or a pair of columns "a x b".`);
        return { name: columns.join(' x '), columns };
    });
}
/** `slice-bins`: a YAML map from column to its bin edges. */
function parseSliceBins(document) {
    const bins = new Map();
    if (document === undefined || document === null)
        return bins;
    if (typeof document !== 'object' || Array.isArray(document))
        throw new ConfigurationError(`Input 'slice-bins' must be a map from column to a list of edges, such as {age: [18, 30, 50, 65]}.`);
    for (const [column, edges] of Object.entries(document)) {
        if (!Array.isArray(edges) || edges.length === 0 || edges.some((e) => typeof e !== 'number' || !Number.isFinite(e)))
            throw new ConfigurationError(`Input 'slice-bins': ${column} must be a list of numbers, got ${JSON.stringify(edges)}.`);
        bins.set(column, [...new Set(edges)].sort((a, b) => a - b));
    }
    return bins;
}
/** Edges as short as they can be while still told apart (4 significant digits, more where needed). */
function edgeTexts(edges) {
    for (let digits = 4;; digits++) {
        const texts = edges.map((x) => String(+x.toPrecision(Math.min(digits, 17))));
        if (new Set(texts).size === edges.length || digits >= 17)
            return texts;
    }
}
/** How one column names the slice of each value: by value, or by bin of a numeric column. */
function labeller(column, values, edges) {
    const present = new Set(values);
    present.delete(null);
    const numeric = present.size > 0 && [...present].every((v) => Number.isFinite(Number(v)));
    const byValue = { label: (v) => `${column}=${v}`, order: (a, b) => a.localeCompare(b, 'en', { numeric: true }) };
    if (!numeric) {
        if (edges)
            throw new ConfigurationError(`Input 'slice-bins' gives edges for ${column}, which is not numeric (e.g. ${JSON.stringify([...present].find((v) => !Number.isFinite(Number(v))))}).`);
        return byValue;
    }
    if (!edges) {
        if (new Set([...present].map(Number)).size <= MAX_VALUES_BY_VALUE)
            return byValue;
        const sorted = Float64Array.from(values.filter((v) => v !== null), Number).sort();
        edges = [...new Set([1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => quantileSorted(sorted, d / 10)))];
    }
    const cuts = edges;
    const t = edgeTexts(cuts);
    const names = [`${column}<${t[0]}`, ...t.slice(1).map((e, i) => `${column}=[${t[i]}, ${e})`), `${column}≥${t.at(-1)}`];
    const bin = (x) => {
        let lo = 0;
        let hi = cuts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (x >= cuts[mid])
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    return { label: (v) => names[bin(Number(v))], order: (a, b) => names.indexOf(a) - names.indexOf(b) };
}
/** The slice of each example: `values` holds each column of the spec, one cell per paired example. */
function buildSlicing(spec, values, bins) {
    const n = values.get(spec.columns[0]).length;
    // Per column, each example's part of its slice name as a small number (one map look-up per value),
    // then the parts together in mixed radix: the slice's key.
    const columns = spec.columns.map((column) => {
        const cells = values.get(column);
        const { label, order } = labeller(column, cells, bins.get(column));
        const ids = new Map();
        const byName = new Map();
        const parts = [];
        const idOf = new Uint32Array(n);
        for (let i = 0; i < n; i++) {
            let id = ids.get(cells[i]);
            if (id === undefined) {
                // Empty values form their own slice, named like the others: `region=(missing)`.
                const name = cells[i] === null ? `${column}=${MISSING}` : label(cells[i]);
                id = byName.get(name) ?? parts.push(name) - 1;
                byName.set(name, id);
                ids.set(cells[i], id);
            }
            idOf[i] = id;
        }
        return { parts, idOf, order };
    });
    // Each example's slice by first appearance: its key in mixed radix looked up in a table (a map when
    // the radix is too large for one), with each slice's ids per column kept.
    const radix = columns.reduce((product, c) => product * c.parts.length, 1);
    const table = radix <= 1 << 22 ? new Int32Array(radix).fill(-1) : undefined;
    const map = new Map();
    const distinct = [];
    const appearance = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        let key = 0;
        for (const c of columns)
            key = key * c.parts.length + c.idOf[i];
        let slice = table ? table[key] : (map.get(key) ?? -1);
        if (slice < 0) {
            slice = distinct.push(columns.map((c) => c.idOf[i])) - 1;
            if (table)
                table[key] = slice;
            else
                map.set(key, slice);
        }
        appearance[i] = slice;
    }
    if (distinct.length > MAX_SLICES)
        throw new ConfigurationError(`Slicing by ${spec.name} gives ${distinct.length.toLocaleString('en-US')} slices, more than ${MAX_SLICES}: slice by a column with fewer values, or cut a numeric column with slice-bins.`);
    const compare = (a, b) => {
        for (let k = 0; k < columns.length; k++) {
            const [x, y] = [columns[k].parts[a[k]], columns[k].parts[b[k]]];
            const order = x.endsWith(MISSING) || y.endsWith(MISSING) ? +x.endsWith(MISSING) - +y.endsWith(MISSING) : columns[k].order(x, y);
            if (order !== 0)
                return order;
        }
        return 0;
    };
    const sorted = Array.from(distinct.keys()).sort((a, b) => compare(distinct[a], distinct[b]));
    const place = new Uint32Array(distinct.length);
    sorted.forEach((slice, s) => (place[slice] = s));
    const of = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        of[i] = place[appearance[i]];
    const names = sorted.map((slice) => distinct[slice].map((id, k) => columns[k].parts[id]).join(', '));
    return { name: spec.name, names, count: names.length, of };
}
/** Judges every slice from its resampled deltas (group 1 + slice's place among all slices, see cellsOf). */
function compareSlices(data, names, slicings, deltas, options) {
    const slices = [];
    let group = 1;
    for (const slicing of slicings) {
        for (const [s, slice] of slicesOf(data, slicing).entries()) {
            const n = slice.labels.length;
            slices.push({ slicing: slicing.name, slice: slicing.names[s], n, judged: n >= options.minSize, regressed: false, metrics: [], data: slice, group: group + s });
        }
        group += slicing.count;
    }
    const judged = slices.filter((s) => s.judged);
    const alpha = (1 - options.confidence) / Math.max(1, names.length);
    const tail = alpha / Math.max(1, judged.length);
    const z = Math.SQRT2 * erfcinv(tail);
    // McNemar per judged slice, Holm over them.
    const mcnemar = new Map();
    if (names.includes('accuracy')) {
        const ps = judged.map(({ data: d }) => {
            const { b, c } = discordantPairs(d);
            return mcnemarExact(b, c).pValue;
        });
        holm(ps).forEach((pAdjusted, k) => mcnemar.set(judged[k], { p: ps[k], pAdjusted }));
    }
    for (const slice of slices) {
        for (const metric of names) {
            const [candidate, baseline] = slice.n === 0 ? [NaN, NaN] : pointEstimates(slice.data, metric);
            const delta = candidate - baseline;
            const resampled = Array.from(deltas.get(metric)[slice.group]).filter((x) => !Number.isNaN(x));
            const se = resampled.length >= 2 ? sampleStandardDeviation(resampled) : NaN;
            const [low, high] = [delta - z * se, delta + z * se];
            const tolerance = options.tolerances.get(metric) ?? 0;
            const test = metric === 'accuracy' ? mcnemar.get(slice) : undefined;
            const result = { metric, baseline, candidate, delta, low, high, tolerance, ...test, verdict: 'inconclusive' };
            if (slice.judged && Number.isFinite(delta))
                result.verdict = verdictOf(result, options.higherIsBetter(metric), test ? test.pAdjusted <= alpha : undefined);
            slice.metrics.push(result);
        }
        slice.regressed = slice.metrics.some((m) => m.verdict === 'regressed');
    }
    const level = 1 - (1 - options.confidence) / Math.max(1, names.length * judged.length);
    const primary = names.find((m) => options.tolerances.has(m)) ?? names[0];
    return {
        slicings: slicings.map((s) => s.name),
        primary: { metric: primary, higherIsBetter: options.higherIsBetter(primary) },
        minSize: options.minSize,
        judged: judged.length,
        alpha,
        level,
        method: `family-wise error ${+(1 - options.confidence).toFixed(4)} over ${judged.length} judged slice(s) and ${names.length} metric(s): accuracy by McNemar's exact test with Holm's adjustment (significant at p ≤ ${+alpha.toPrecision(3)}); every metric by a Bonferroni-adjusted ${+(level * 100).toPrecision(6)}% interval Δ ± ${z.toFixed(3)}·SE, SE the standard deviation of the slice's ${deltas.get(names[0])?.[0]?.length ?? 0} resampled deltas`,
        slices: slices.map(({ data: _, group: __, ...rest }) => rest),
        regressed: slices.filter((s) => s.regressed).map((s) => s.slice),
    };
}
/**
 * As verdict.ts judges the whole, in "better" units: regressed when the interval lies beyond the
 * tolerance, improved when it lies above 0, unchanged when inside ±tolerance. With McNemar (accuracy),
 * a regression or improvement must also be significant after Holm.
 */
function verdictOf(m, higherIsBetter, significant) {
    const [low, high] = higherIsBetter ? [m.low, m.high] : [-m.high, -m.low];
    const better = higherIsBetter ? m.delta : -m.delta;
    if (significant !== undefined) {
        if (significant && better < 0 && (m.tolerance === 0 || high < -m.tolerance))
            return 'regressed';
        if (significant && better > 0)
            return 'improved';
    }
    else {
        if (high < -m.tolerance)
            return 'regressed';
        if (low > 0)
            return 'improved';
    }
    return m.tolerance > 0 && low >= -m.tolerance && high <= m.tolerance ? 'unchanged' : 'inconclusive';
}
/** `max-slice-regression`: metric → tolerated regression in any slice (absolute). */
function parseSliceTolerances(document) {
    if (document === undefined || document === null)
        return undefined;
    if (typeof document !== 'object' || Array.isArray(document))
        throw new ConfigurationError(`Input 'max-slice-regression' must be a map from metric to the tolerated regression in any slice, such as {accuracy: 0.02}.`);
    const out = new Map();
    for (const [metric, value] of Object.entries(document)) {
        if (!(metric in HIGHER_IS_BETTER))
            throw new ConfigurationError(`Input 'max-slice-regression': ${metric} is not compared per slice (the paired metrics are ${Object.keys(HIGHER_IS_BETTER).join(', ')}).`);
        if (typeof value !== 'number' || !(value >= 0))
            throw new ConfigurationError(`Input 'max-slice-regression': ${metric} must be a number at least 0 (absolute), got ${JSON.stringify(value)}.`);
        out.set(metric, value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/metrics/fairness.ts
// Fairness of both models over the groups of each sensitive feature (stats/fairness.ts has Fairlearn's
// definitions), the change, and the limits `max-fairness-gap` / `max-fairness-increase`.


/** demographic_parity_ratio is 1 at parity: its limits read the other way (a smallest ratio, a largest decrease). */
const higherIsFairer = (measure) => measure === 'demographic_parity_ratio';
function compareFairness(data, features, minSize) {
    const positive = data.positive ?? '1';
    if (!data.candidate.predictions || !data.baseline.predictions || new Set(data.labels).size > 2) {
        throw new ConfigurationError(`Input 'sensitive-features' needs a binary classifier's predictions (a prediction column on both sides, two label values): selection and error rates per group are defined for those.`);
    }
    return features.map((feature) => {
        const [c, b] = [data.candidate.predictions, data.baseline.predictions].map((p) => groupCounts(data.labels, p, positive, feature.of, feature.count));
        const groups = feature.names.map((group, g) => ({ group, n: c[g].n, counted: c[g].n >= minSize, candidate: groupRates(c[g]), baseline: groupRates(b[g]) }));
        const counted = groups.filter((g) => g.counted);
        const candidate = fairnessMeasures(counted.map((g) => g.candidate));
        const baseline = fairnessMeasures(counted.map((g) => g.baseline));
        const change = Object.fromEntries(FAIRNESS_MEASURES.map((m) => [m, candidate[m] === null || baseline[m] === null ? null : candidate[m] - baseline[m]]));
        return { feature: feature.name, groups, candidate, baseline, change };
    });
}
/** The reasons the candidate breaks a fairness limit, one per feature and measure. */
function fairnessReasons(features, limits) {
    const reasons = [];
    const show = (x) => String(+x.toPrecision(4));
    for (const f of features) {
        for (const [measure, limit] of limits.gap ?? []) {
            const value = f.candidate[measure];
            if (value === null)
                continue;
            if (higherIsFairer(measure) ? value < limit : value > limit)
                reasons.push(`fairness ${f.feature}: the candidate's ${measure} is ${show(value)}, ${higherIsFairer(measure) ? 'below the smallest allowed' : 'above the largest allowed'} ${limit}`);
        }
        for (const [measure, limit] of limits.increase ?? []) {
            const change = f.change[measure];
            if (change === null)
                continue;
            const worse = higherIsFairer(measure) ? -change : change;
            if (worse > limit + 1e-12)
                reasons.push(`fairness ${f.feature}: ${measure} ${higherIsFairer(measure) ? 'fell' : 'rose'} by ${show(worse)} over the baseline, more than the allowed ${limit}`);
        }
    }
    return reasons;
}
/** `max-fairness-gap` / `max-fairness-increase`: a YAML map from measure to a number. */
function parseFairnessLimits(document, inputName) {
    if (document === undefined || document === null)
        return undefined;
    if (typeof document !== 'object' || Array.isArray(document))
        throw new ConfigurationError(`Input '${inputName}' must be a map from fairness measure to a number, such as {demographic_parity_difference: 0.1}.`);
    const out = new Map();
    for (const [measure, value] of Object.entries(document)) {
        if (!FAIRNESS_MEASURES.includes(measure))
            throw new ConfigurationError(`Input '${inputName}': ${measure} is not a fairness measure (known: ${FAIRNESS_MEASURES.join(', ')}).`);
        if (typeof value !== 'number' || !Number.isFinite(value))
            throw new ConfigurationError(`Input '${inputName}': ${measure} must be a number, got ${JSON.stringify(value)}.`);
        out.set(measure, value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/metrics/read.ts
// Metrics files as DVC reads them: JSON, YAML or CSV; nested keys flatten with "." (a.b.c).



/** Numbers under their flattened keys; other values (strings, lists) are not metrics and are left out. */
function flatten(value, prefix = '', out = new Map()) {
    if (typeof value === 'number' && Number.isFinite(value))
        out.set(prefix, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value))
            flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    }
    return out;
}
/** A cell's number; an empty cell is a missing value, never 0 (Number('') is 0). */
const numberIn = (cell) => (cell === undefined || cell === '' ? undefined : Number.isFinite(Number(cell)) ? Number(cell) : undefined);
/** CSV: `metric,value` rows, or a header of metric names over one row of values; empty cells are missing. */
function parseCsv(text, source) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const cells = lines.map((l) => l.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1')));
    const out = new Map();
    const header = cells[0] ?? [];
    if (header.length === 2 && /^(metric|name|key)$/i.test(header[0]) && /^value$/i.test(header[1])) {
        for (const [name, value] of cells.slice(1)) {
            const number = numberIn(value);
            if (name && number !== undefined)
                out.set(name, number);
        }
        return out;
    }
    if (cells.length === 2) {
        header.forEach((name, i) => {
            const value = numberIn(cells[1][i]);
            if (name && value !== undefined)
                out.set(name, value);
        });
        return out;
    }
    throw new errors/* ConfigurationError */.j(`${source}: a metrics CSV is either "metric,value" rows or one header row over one row of values.`);
}
function parseMetrics(text, source) {
    if (/\.csv$/i.test(source))
        return parseCsv(text, source);
    let document;
    try {
        document = /\.json$/i.test(source) ? JSON.parse(text) : dist.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${source} is not valid ${/\.json$/i.test(source) ? 'JSON' : 'YAML'}: ${error.message}`);
    }
    // A bare number is named after its file (accuracy.json holding 0.91 is accuracy), never "".
    const stem = external_node_path_default().basename(source).replace(/\.[^.]*$/, '');
    if (typeof document === 'number' && !stem)
        throw new errors/* ConfigurationError */.j(`${source} holds a bare number and its file name gives it no name: write it as {"accuracy": ${document}}.`);
    const metrics = flatten(document, typeof document === 'number' ? stem : '');
    if (metrics.size === 0)
        throw new errors/* ConfigurationError */.j(`${source} holds no numeric metrics (expected e.g. {"accuracy": 0.91}).`);
    return metrics;
}

;// CONCATENATED MODULE: ./src/metrics/verdict.ts
// A verdict per metric from its paired-bootstrap interval against the rule's tolerance, never from the
// point estimate: improved (the whole interval is better), regressed (the whole interval is worse than
// tolerated), unchanged (the interval sits inside the tolerance), inconclusive (anything else).


/** Whether a higher value of the metric is better: the rule's goal, else the metric's nature. */
function higherIsBetter(metric, rules) {
    const goal = rules.get(metric)?.goal;
    return goal ? goal === 'maximize' : HIGHER_IS_BETTER[metric];
}
function judgeIntervals(intervals, rules) {
    return intervals.map((interval) => {
        const rule = rules.get(interval.metric);
        const tol = tolerance(rule, interval.baseline);
        // In "better" units: positive is an improvement.
        const [low, high] = higherIsBetter(interval.metric, rules) ? [interval.low, interval.high] : [-interval.high, -interval.low];
        let verdict = 'inconclusive';
        if (high < -tol)
            verdict = 'regressed';
        else if (low > 0)
            verdict = 'improved';
        else if (low >= -tol && high <= tol && (tol > 0 || (low === 0 && high === 0)))
            verdict = 'unchanged';
        return { ...interval, verdict, tolerance: tol };
    });
}
function overallVerdict(judged) {
    if (judged.length === 0)
        return 'inconclusive';
    if (judged.some((j) => j.verdict === 'regressed'))
        return 'regressed';
    if (judged.some((j) => j.verdict === 'improved'))
        return 'improved';
    if (judged.every((j) => j.verdict === 'unchanged'))
        return 'unchanged';
    return 'inconclusive';
}

;// CONCATENATED MODULE: ./src/metrics/report.ts
// The train-gate report: a JSON document, and the markdown (comment and job summary) rendered from it.

const fmt = (x, digits = 5) => (x === undefined ? '-' : Number.isInteger(x) ? String(x) : x.toFixed(digits).replace(/0+$/, '').replace(/\.$/, ''));
const signed = (x, digits = 5) => (x === undefined ? '-' : `${x > 0 ? '+' : ''}${fmt(x, digits)}`);
const STATUS = { pass: '✅', fail: '❌', info: '', missing: '⚪' };
const VERDICT = { improved: '🟢 improved', regressed: '🔴 regressed', unchanged: '⚪ unchanged', inconclusive: '🟡 inconclusive' };
/** Candidate vs baseline for metrics on a 0–1 scale, where one chart can hold them all. */
function chart(rows) {
    const shown = rows.filter((r) => r.baseline !== undefined && r.candidate !== undefined && r.baseline >= 0 && r.baseline <= 1 && r.candidate >= 0 && r.candidate <= 1).slice(0, 12);
    if (shown.length < 2)
        return undefined;
    const label = (s) => `"${s.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 14)}"`;
    return [
        '```mermaid',
        'xychart-beta',
        '  title "baseline (bars) vs candidate (line)"',
        `  x-axis [${shown.map((r) => label(r.metric)).join(', ')}]`,
        '  y-axis "value" 0 --> 1',
        `  bar [${shown.map((r) => r.baseline.toFixed(4)).join(', ')}]`,
        `  line [${shown.map((r) => r.candidate.toFixed(4)).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Markdown within `budget` characters (65,536 for a comment); what does not fit points at the job summary. */
function renderTrainGate(report, budget, overflowLink) {
    const head = [
        `## Train gate: ${report.passed ? '✅ passed' : '❌ failed'} · ${VERDICT[report.verdict]}`,
        '',
        `Baseline: ${escape(report.baseline.description)}`,
        ...report.reasons.map((r) => `- ❌ ${escape(r)}`),
    ].join('\n');
    const metricsTable = table(['metric', 'baseline', 'candidate', 'change', 'relative', 'rule', 'status'], report.metrics.map((r) => [code(r.metric), fmt(r.baseline), fmt(r.candidate), signed(r.change), r.relativeChange === undefined ? '-' : `${signed(r.relativeChange * 100, 2)}%`, escape(r.rule) || '-', `${STATUS[r.status]} ${r.status}`]));
    const sections = [head, metricsTable];
    if (report.paired) {
        const p = report.paired;
        const only = [p.candidateOnly && `${p.candidateOnly.toLocaleString('en-US')} only in the candidate's file`, p.baselineOnly && `${p.baselineOnly.toLocaleString('en-US')} only in the baseline's`].filter(Boolean);
        const lines = [`**Is the difference real?** ${p.n.toLocaleString('en-US')} paired examples (the ids both files have${only.length ? `; ${only.join(' and ')}, left out` : ''}); paired bootstrap, ${p.samples} resamples, seed ${p.seed}, ${Math.round(p.confidence * 100)}% percentile interval of candidate − baseline.`];
        if (p.mcnemar)
            lines.push(`McNemar's exact test: n = ${p.mcnemar.n} discordant pairs, b = ${p.mcnemar.b} (only the candidate right), c = ${p.mcnemar.c} (only the baseline right), p = ${p.mcnemar.pValue.toPrecision(4)}.`);
        lines.push(table(['metric', 'baseline', 'candidate', 'Δ', `${Math.round(p.confidence * 100)}% CI of Δ`, 'tolerance', 'verdict'], p.intervals.map((i) => [i.metric, fmt(i.baseline), fmt(i.candidate), signed(i.delta), `[${signed(i.low)}, ${signed(i.high)}]`, fmt(i.tolerance), VERDICT[i.verdict]])));
        sections.push(lines.join('\n\n'));
    }
    if (report.slices)
        sections.push(renderSlices(report.slices));
    if (report.fairness)
        sections.push(renderFairness(report.fairness));
    const plot = chart(report.metrics);
    if (plot)
        sections.push(details('Chart', plot));
    const failed = report.metrics.filter((r) => r.reasons.length > 0);
    if (failed.length > 0)
        sections.push(details(`Why ${failed.length} metric(s) failed`, failed.map((r) => `- ${code(r.metric)}: ${r.reasons.map(escape).join('; ')}`).join('\n')));
    return withinBudget(sections, budget, (left) => `_${left} more section(s) are in the [job summary](${overflowLink ?? '#'}) (GitHub keeps comments under 65,536 characters)._`);
}
const interval = (low, high) => (Number.isFinite(low) && Number.isFinite(high) ? `[${signed(low)}, ${signed(high)}]` : '-');
const num = (x) => (x === null || !Number.isFinite(x) ? '-' : fmt(x, 4));
/** Regressed slices first, then the ten worst by Δ of the primary metric; a chart of the first slicing. */
function renderSlices(s) {
    const { metric: primary, higherIsBetter } = s.primary;
    const better = (slice) => {
        const m = slice.metrics.find((x) => x.metric === primary);
        return m && Number.isFinite(m.delta) ? (higherIsBetter ? m.delta : -m.delta) : Infinity;
    };
    const regressed = s.slices.filter((x) => x.regressed);
    const worst = s.slices.filter((x) => x.judged && !x.regressed).sort((a, b) => better(a) - better(b)).slice(0, 10);
    const row = (slice, metric) => [
        code(slice.slice),
        slice.n.toLocaleString('en-US'),
        metric.metric,
        fmt(metric.baseline, 4),
        fmt(metric.candidate, 4),
        signed(metric.delta, 4),
        interval(metric.low, metric.high),
        metric.pAdjusted === undefined ? '-' : metric.pAdjusted.toPrecision(3),
        slice.judged ? VERDICT[metric.verdict] : 'not judged',
    ];
    const rows = [...regressed.flatMap((slice) => slice.metrics.filter((m) => m.verdict === 'regressed').map((m) => row(slice, m))), ...worst.flatMap((slice) => slice.metrics.filter((m) => m.metric === primary).map((m) => row(slice, m)))];
    const small = s.slices.filter((x) => !x.judged);
    const lines = [
        '### Slices',
        `${s.judged} of ${s.slices.length} slice(s) of ${s.slicings.map((name) => code(name)).join(', ')} judged (at least ${s.minSize} paired examples); ${escape(s.method, 1000)}.`,
        regressed.length > 0 ? `**Regressed:** ${regressed.map((x) => code(x.slice)).join(', ')}` : '**No slice regressed.**',
        table(['slice', 'n', 'metric', 'baseline', 'candidate', 'Δ', `${+(s.level * 100).toPrecision(6)}% CI of Δ`, 'p (Holm)', 'verdict'], rows),
    ];
    const plot = sliceChart(s.slices.filter((x) => x.slicing === s.slicings[0]), primary);
    if (plot)
        lines.push(plot);
    if (small.length > 0)
        lines.push(details(`${small.length} slice(s) under ${s.minSize} examples, listed, not judged`, small.slice(0, 100).map((x) => `- ${code(x.slice)}: n = ${x.n}`).join('\n')));
    return lines.join('\n\n');
}
/** Δ of the primary metric by slice (mermaid xychart-beta: bars only, no legend). */
function sliceChart(slices, primary) {
    const shown = slices.map((x) => [x.slice, x.metrics.find((m) => m.metric === primary)?.delta]).filter((x) => Number.isFinite(x[1])).slice(0, 30);
    if (shown.length < 2)
        return undefined;
    // Mermaid labels hold no markup: < becomes its full-width look-alike, anything unusual is dropped.
    const label = (text) => `"${text.replace(/</g, '＜').replace(/[^\p{L}\p{N} ._=＜≥,[()-]/gu, '').slice(0, 18)}"`;
    return ['```mermaid', 'xychart-beta', `  title "Δ ${primary} by slice (candidate − baseline)"`, `  x-axis [${shown.map(([name]) => label(name)).join(', ')}]`, `  y-axis "Δ ${primary}"`, `  bar [${shown.map(([, d]) => d.toFixed(4)).join(', ')}]`, '```'].join('\n');
}
function renderFairness(f) {
    const sections = ['### Fairness', `Fairlearn's definitions over the groups with at least ${f.minSize} examples: demographic parity difference (max − min selection rate) and ratio (min / max), equalized odds difference (the larger of the TPR and FPR gaps).`];
    for (const feature of f.features) {
        const measures = Object.keys(feature.candidate);
        sections.push(`**${code(feature.feature)}**`, table(['measure', 'baseline', 'candidate', 'change'], measures.map((m) => [m, num(feature.baseline[m]), num(feature.candidate[m]), feature.change[m] === null ? '-' : signed(feature.change[m], 4)])), details(`${feature.groups.length} group(s): selection rate, TPR and FPR (baseline → candidate)`, table(['group', 'n', 'selection rate', 'TPR', 'FPR'], feature.groups.slice(0, 100).map((g) => [code(g.group) + (g.counted ? '' : ' (not counted)'), String(g.n), `${num(g.baseline.selectionRate)} → ${num(g.candidate.selectionRate)}`, `${num(g.baseline.tpr)} → ${num(g.candidate.tpr)}`, `${num(g.baseline.fpr)} → ${num(g.candidate.fpr)}`]))));
    }
    return sections.join('\n\n');
}

;// CONCATENATED MODULE: ./src/metrics/report-check.ts
// A train-gate report read back from a file another run wrote (a fork's pull request, passed as an
// artifact): untrusted. It is validated field by field into a new report: no unknown key, every number
// a number (null stands for NaN, as JSON writes it), every enum one of its values, every text and list
// capped (the whole file at 2 MiB, each text and list within it). Only what passed is rendered, and the
// renderer escapes every text as always.



const MAX_BYTES = (/* unused pure expression or super */ null && (2 * 1024 * 1024));
const TEXT = 10_000;
const VERDICTS = ['improved', 'regressed', 'unchanged', 'inconclusive'];
const PAIRED_METRICS = ['accuracy', 'f1', 'roc_auc', 'mae', 'rmse'];
class Invalid extends Error {
}
const invalid = (at, expected) => {
    throw new Invalid(`${at} must be ${expected}`);
};
const report_check_num = (v, at) => (v === null ? NaN : typeof v === 'number' && Number.isFinite(v) ? v : invalid(at, 'a number'));
const nullable = (v, at) => (v === null ? null : report_check_num(v, at));
const bool = (v, at) => (typeof v === 'boolean' ? v : invalid(at, 'true or false'));
const report_check_text = (max = TEXT) => (v, at) => (typeof v === 'string' && v.length <= max ? v : invalid(at, `a text of at most ${max} characters`));
const oneOf = (values) => (v, at) => (values.includes(v) ? v : invalid(at, `one of ${values.join(', ')}`));
const report_check_list = (item, max) => (v, at) => (Array.isArray(v) && v.length <= max ? v.map((x, i) => item(x, `${at}[${i}]`)) : invalid(at, `a list of at most ${max} items`));
const optional = (check) => (v, at) => (v === undefined ? undefined : check(v, at));
/** An object with exactly these keys (those whose check accepts undefined may be absent). */
function object(shape) {
    return (v, at) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return invalid(at, 'an object');
        const record = v;
        for (const key of Object.keys(record))
            if (!Object.hasOwn(shape, key))
                invalid(`${at}.${key.slice(0, 40)}`, 'absent (not a field of a train-gate report)');
        const out = {};
        for (const key of Object.keys(shape)) {
            const value = shape[key](record[key], `${at}.${key}`);
            if (value !== undefined)
                out[key] = value;
        }
        return out;
    };
}
const rates = object({ selectionRate: report_check_num, tpr: report_check_num, fpr: report_check_num });
const measures = object(Object.fromEntries(fairness_FAIRNESS_MEASURES.map((m) => [m, nullable])));
const report_check_interval = { metric: oneOf(PAIRED_METRICS), candidate: report_check_num, baseline: report_check_num, delta: report_check_num, low: report_check_num, high: report_check_num, tolerance: report_check_num, verdict: oneOf(VERDICTS) };
const report = object({
    kind: oneOf(['mlops-actions/train-gate-report']),
    version: (v, at) => (v === 1 ? 1 : invalid(at, '1')),
    passed: bool,
    verdict: oneOf(VERDICTS),
    reasons: report_check_list(report_check_text(), 100_000),
    baseline: object({ source: report_check_text(40), description: report_check_text() }),
    metrics: report_check_list(object({ metric: report_check_text(), baseline: optional(report_check_num), candidate: optional(report_check_num), change: optional(report_check_num), relativeChange: optional(report_check_num), rule: report_check_text(), status: oneOf(['pass', 'fail', 'info', 'missing']), reasons: report_check_list(report_check_text(), 20) }), 100_000),
    paired: optional(object({
        n: report_check_num,
        candidateOnly: report_check_num,
        baselineOnly: report_check_num,
        unmatched: report_check_num,
        confidence: report_check_num,
        samples: report_check_num,
        seed: report_check_num,
        mcnemar: optional(object({ n: report_check_num, b: report_check_num, c: report_check_num, statistic: report_check_num, pValue: report_check_num })),
        intervals: report_check_list(object(report_check_interval), PAIRED_METRICS.length),
    })),
    slices: optional(object({
        slicings: report_check_list(report_check_text(), 1000),
        primary: object({ metric: oneOf(PAIRED_METRICS), higherIsBetter: bool }),
        minSize: report_check_num,
        judged: report_check_num,
        alpha: report_check_num,
        level: report_check_num,
        method: report_check_text(),
        slices: report_check_list(object({ slicing: report_check_text(), slice: report_check_text(), n: report_check_num, judged: bool, regressed: bool, metrics: report_check_list(object({ ...report_check_interval, p: optional(report_check_num), pAdjusted: optional(report_check_num) }), PAIRED_METRICS.length) }), 20_000),
        regressed: report_check_list(report_check_text(), 20_000),
    })),
    fairness: optional(object({
        minSize: report_check_num,
        features: report_check_list(object({ feature: report_check_text(), groups: report_check_list(object({ group: report_check_text(), n: report_check_num, counted: bool, candidate: rates, baseline: rates }), 1000), candidate: measures, baseline: measures, change: measures }), 1000),
    })),
});
/** The report in `file` (named `source` to people), size-capped before it is read, then validated; a clear error otherwise. */
function readReport(file, source) {
    const where = `Input 'report': ${source}`;
    const bytes = statSync(file).size;
    if (bytes > MAX_BYTES)
        throw new ConfigurationError(`${where} is ${bytes} bytes; a train-gate report is at most ${MAX_BYTES} here. Refused without reading it.`);
    let document;
    try {
        document = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (error) {
        throw new ConfigurationError(`${where} is not valid JSON (${error.message}).`);
    }
    try {
        return report(document, 'report');
    }
    catch (error) {
        if (error instanceof Invalid)
            throw new ConfigurationError(`${where} is not a train-gate report this action wrote: ${error.message}. Nothing was posted.`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/metrics/index.ts










// EXTERNAL MODULE: ./src/monitor/metrics.ts
var monitor_metrics = __webpack_require__(82571);
// EXTERNAL MODULE: ./src/monitor/read.ts
var monitor_read = __webpack_require__(56408);
// EXTERNAL MODULE: ./src/monitor/windows.ts
var windows = __webpack_require__(4863);
;// CONCATENATED MODULE: ./src/actions/drift-check-settings.ts
// drift-check's settings: every input read once and validated before any work, each error naming its
// input (the input-helper pattern); renamed inputs still read under their old names, with a warning.





// The monitor's settings only, not the monitor (loaded by the runs that use it; see drift-check.ts).




function methodMap(inputs, name) {
    const map = inputs.yaml(name) ?? {};
    if (typeof map !== 'object' || Array.isArray(map))
        throw new errors/* ConfigurationError */.j(`Input '${name}' must be a YAML map from column to method.`);
    for (const [column, method] of Object.entries(map)) {
        if (!METHODS.includes(method))
            throw new errors/* ConfigurationError */.j(`Input '${name}': column "${column}" has method ${JSON.stringify(method)}; use one of ${METHODS.join(', ')}.`);
    }
    return new Map(Object.entries(map));
}
function thresholdMap(inputs, name) {
    const map = inputs.yaml(name) ?? {};
    if (typeof map !== 'object' || Array.isArray(map))
        throw new errors/* ConfigurationError */.j(`Input '${name}' must be a YAML map from column to threshold.`);
    for (const [column, value] of Object.entries(map)) {
        if (typeof value !== 'number' || !(value >= 0))
            throw new errors/* ConfigurationError */.j(`Input '${name}': column "${column}" has threshold ${JSON.stringify(value)}; use a number ≥ 0.`);
    }
    return new Map(Object.entries(map));
}
/**
 * A renamed input's old name: still read, with a warning, unless the new name is given as well (its
 * value differs from its default). Undefined when the old name is not given.
 */
function deprecated(io, old, name, fallback) {
    const value = io.getInput(old);
    if (value === '')
        return undefined;
    if (![fallback, ''].includes(io.getInput(name)))
        throw new errors/* ConfigurationError */.j(`Inputs '${old}' and '${name}' are the same setting ('${old}' is its old name): give only '${name}'.`);
    io.annotate('warning', `Input '${old}' is deprecated: use '${name}' instead (it still works for now).`, { title: 'drift-check: deprecated input' });
    return value;
}
function readQualityBaseline(inputs, io) {
    const given = inputs.string('quality-baseline', 'reference');
    if (given === 'reference')
        return { kind: 'reference' };
    if (given.startsWith('registry:'))
        return { kind: 'registry', reference: given.slice('registry:'.length) };
    const file = (0,runtime_files/* inputFile */.xm)(io.workspace, given, 'quality-baseline');
    try {
        return { kind: 'file', given, metrics: parseMetrics((0,external_node_fs_.readFileSync)(file, 'utf8'), given) };
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`Input 'quality-baseline': ${error.message}`);
    }
}
/** Tolerated drops: one number for every metric, or a map from metric to number. */
function readTolerances(inputs, metrics) {
    const given = inputs.yaml('max-quality-drop');
    if (given === undefined)
        return new Map();
    const check = (metric, value) => {
        if (!monitor_metrics/* QUALITY_METRICS */.w1.includes(metric))
            throw new errors/* ConfigurationError */.j(`Input 'max-quality-drop': "${metric}" is not a quality metric (${monitor_metrics/* QUALITY_METRICS */.w1.join(', ')}).`);
        if (typeof value !== 'number' || !(value >= 0))
            throw new errors/* ConfigurationError */.j(`Input 'max-quality-drop': ${metric} must be a number ≥ 0 (an absolute change), got ${JSON.stringify(value)}.`);
        return [metric, value];
    };
    if (typeof given === 'number')
        return new Map((metrics ?? monitor_metrics/* QUALITY_METRICS */.w1).map((m) => check(m, given)));
    if (given === null || typeof given !== 'object' || Array.isArray(given))
        throw new errors/* ConfigurationError */.j(`Input 'max-quality-drop' must be a number or a YAML map from metric to number, such as {accuracy: 0.02, mae: 0.5}.`);
    return new Map(Object.entries(given).map(([metric, value]) => check(metric, value)));
}
function readMonitorSettings(inputs, io) {
    const roles = { target: inputs.optional('target'), prediction: inputs.optional('prediction'), score: inputs.optional('score'), timestamp: inputs.optional('timestamp-column') };
    const windowText = inputs.optional('window');
    if (!roles.timestamp !== !windowText)
        throw new errors/* ConfigurationError */.j(`Inputs 'timestamp-column' and 'window' go together: the column that dates each row, and the length of a window (e.g. 1d).`);
    const window = windowText === undefined ? undefined : (0,windows/* parseWindow */.Et)(windowText);
    if (windowText !== undefined && !window)
        throw new errors/* ConfigurationError */.j(`Input 'window' must be a length such as 30m, 6h, 1d or 1w (hours that divide a day, or whole days), got ${JSON.stringify(windowText)}.`);
    const task = inputs.oneOf('task', ['auto', 'classification', 'regression'], 'auto');
    const listed = inputs.list('quality-metrics');
    for (const metric of listed)
        if (!monitor_metrics/* QUALITY_METRICS */.w1.includes(metric))
            throw new errors/* ConfigurationError */.j(`Input 'quality-metrics': "${metric}" is not one of ${monitor_metrics/* QUALITY_METRICS */.w1.join(', ')}.`);
    const metrics = listed.length ? [...new Set(listed)] : undefined;
    const needs = (input, why) => new errors/* ConfigurationError */.j(`Input '${input}' is needed ${why}.`);
    const qualityInputs = ['quality-metrics', 'max-quality-drop', ...(inputs.string('quality-baseline', 'reference') === 'reference' ? [] : ['quality-baseline'])];
    for (const name of qualityInputs)
        if (inputs.optional(name) !== undefined && !roles.target)
            throw needs('target', `for '${name}': quality is judged on the rows whose target (label) has arrived`);
    if (roles.target && !roles.prediction && !roles.score)
        throw needs('prediction', "(or 'score') with 'target': quality compares the model's output with the label");
    if (metrics) {
        const tasks = new Set(metrics.map((m) => monitor_metrics/* TASK_OF */.m0[m]));
        if (tasks.size > 1 || (task !== 'auto' && !tasks.has(task)))
            throw new errors/* ConfigurationError */.j(`Input 'quality-metrics': ${metrics.join(', ')} ${tasks.size > 1 ? 'mix classification and regression metrics' : `are not ${task} metrics`}.`);
        for (const metric of metrics) {
            if (monitor_metrics/* SCORE_METRICS */.vY.has(metric) && !roles.score)
                throw needs('score', `for ${metric}: the predicted probability of the positive class`);
            if (!monitor_metrics/* SCORE_METRICS */.vY.has(metric) && !roles.prediction)
                throw needs('prediction', `for ${metric}: the predicted class or value`);
        }
    }
    if (!roles.target && !roles.prediction && !roles.score && !roles.timestamp)
        return undefined;
    // The positive class as the data's values read: "1.0" is 1, "true" is 1.
    const positive = inputs.string('positive-label', '1');
    return {
        model: {
            columns: roles,
            task,
            metrics,
            positiveLabel: (0,monitor_read/* labelOf */.Wy)((0,values/* classifyColumn */.fR)([positive], 1, new Set(), true), 0) ?? positive,
            tolerances: readTolerances(inputs, metrics),
            confidence: inputs.number('confidence', 0.95, { min: 0.5, max: 0.999 }),
            samples: inputs.number('bootstrap-samples', 2000, { min: 100, max: 100_000, integer: true }),
            seed: inputs.number('seed', 42, { min: 0, integer: true }),
        },
        baseline: readQualityBaseline(inputs, io),
        window,
    };
}
function readPushgateway(inputs) {
    const given = inputs.optional('pushgateway');
    if (given === undefined)
        return undefined;
    let url;
    try {
        url = new URL(given);
    }
    catch {
        throw new errors/* ConfigurationError */.j(`Input 'pushgateway' must be the Pushgateway's URL, such as http://pushgateway:9091, got ${JSON.stringify(given)}.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* ConfigurationError */.j(`Input 'pushgateway' must be an http or https URL, got ${JSON.stringify(given)}.`);
    return url;
}
function readSettings(io) {
    const inputs = new Inputs(io);
    const reference = inputs.lines('reference');
    const current = inputs.lines('current');
    if (reference.length === 0)
        throw new errors/* ConfigurationError */.j(`Input 'reference' is required: a dataset, profile JSON files, or artifact:<name>.`);
    if (current.length === 0)
        throw new errors/* ConfigurationError */.j(`Input 'current' is required: a dataset or profile JSON files.`);
    const dispatchInputs = inputs.json('dispatch-inputs') ?? {};
    if (typeof dispatchInputs !== 'object' || Array.isArray(dispatchInputs))
        throw new errors/* ConfigurationError */.j(`Input 'dispatch-inputs' must be a JSON object of workflow inputs.`);
    const columns = inputs.list('columns');
    const driftShareAlias = deprecated(io, 'drift-share', 'drift-share-threshold', '0.5');
    const failOnDrift = deprecated(io, 'fail-on-drift', 'fail-on', 'never');
    const monitor = readMonitorSettings(inputs, io);
    const pushgateway = readPushgateway(inputs);
    if (pushgateway?.password)
        io.setSecret(decodeURIComponent(pushgateway.password));
    return {
        reference,
        current,
        drift: {
            method: inputs.oneOf('method', ['auto', ...METHODS], 'auto'),
            columnMethods: methodMap(inputs, 'column-methods'),
            threshold: inputs.optional('threshold') === undefined ? undefined : inputs.number('threshold', 0, { min: 0 }),
            columnThresholds: thresholdMap(inputs, 'column-thresholds'),
            columns: columns.length ? columns : undefined,
            exclude: inputs.list('exclude-columns'),
            categorical: inputs.list('categorical-columns'),
        },
        driftShare: inputs.number(driftShareAlias === undefined ? 'drift-share-threshold' : 'drift-share', 0.5, { min: 0, max: 1 }),
        failOn: failOnDrift === undefined ? inputs.oneOf('fail-on', ['drift', 'quality', 'any', 'never'], 'never') : inputs.boolean('fail-on-drift', false) ? 'drift' : 'never',
        exactBudget: inputs.number('exact-budget', 2_000_000, { min: 0, integer: true }),
        maxColumns: inputs.number('max-columns', data_table/* DEFAULT_MAX_COLUMNS */.jk, { min: 1, integer: true }),
        dispatchWorkflow: inputs.optional('dispatch-workflow'),
        dispatchRef: inputs.optional('dispatch-ref'),
        dispatchInputs: Object.fromEntries(Object.entries(dispatchInputs).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
        repositoryDispatchEvent: inputs.optional('repository-dispatch-event'),
        dispatchOn: inputs.oneOf('dispatch-on', ['drift', 'quality', 'any'], 'any'),
        cooldownMs: inputs.duration('cooldown', '24h'),
        issue: inputs.boolean('issue', false),
        reportPath: inputs.string('report-path', 'mlops-reports/drift-check.json'),
        registry: inputs.string('registry', 'github'),
        cacheReference: inputs.boolean('cache-reference', false),
        artifactBranch: inputs.optional('artifact-branch'),
        token: inputs.optional('github-token') ?? '',
        monitor,
        modelName: inputs.optional('model-name'),
        pushgateway,
    };
}

;// CONCATENATED MODULE: ./src/actions/drift-check.ts
// drift-check: profile (or load) reference and current data and compare them column by column — the
// features, and apart from them the model's target, prediction and score — judge the model's quality on
// the labelled current rows against a baseline, follow both by time window, write the report and summary,
// push the numbers to a Prometheus Pushgateway, and on drift or decay dispatch retraining and keep one
// tracking issue up to date.











/** The model monitor, loaded only by the runs that use it (target, prediction, score, window, pushgateway). */
const loadMonitor = () => Promise.all(/* import() */[__webpack_require__.e(467), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 42715));
/** Profile documents are recognised by their first bytes, without reading a large data file twice. */
function isProfileFile(file) {
    if (!file.endsWith('.json') || (0,external_node_fs_.statSync)(file).size === 0)
        return false;
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    const head = Buffer.alloc(200);
    (0,external_node_fs_.readSync)(fd, head, 0, 200, 0);
    (0,external_node_fs_.closeSync)(fd);
    return head.toString('utf8').includes(`"${src_profile/* PROFILE_KIND */.Lr}"`);
}
/**
 * Downloads the newest artifact of that name from a run of the default branch (or artifact-branch),
 * never from a pull request's run; returns its profiles, or else its files.
 */
async function artifactFiles(io, name, inputName, settings) {
    const relative = `.mlops-actions/artifacts/${name.replace(/[^\w.-]/g, '_')}`;
    const target = external_node_path_default().join(io.workspace, relative);
    (0,external_node_fs_.rmSync)(target, { recursive: true, force: true });
    // Loaded only when asked for: the artifact client is most of the bundle's memory.
    const { downloadTrustedArtifact } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(838), __webpack_require__.e(110), __webpack_require__.e(518), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 4616));
    const found = await downloadTrustedArtifact(settings.token, (0,repository/* currentRepo */.Uc)(io.env), io.env.GITHUB_API_URL || 'https://api.github.com', name, target, settings.artifactBranch);
    if (!('id' in found)) {
        const ignored = found.ignored > 0 ? ` ${found.ignored} artifact(s) of that name from other branches or from pull requests were ignored: a pull request, a fork's above all, must not choose the reference.` : ' (It may have expired.)';
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': no artifact named "${name}" from a run of the ${found.branch} branch in ${io.env.GITHUB_REPOSITORY}.${ignored} Upload it from the training run on ${found.branch} with validate-data's artifact-name${settings.artifactBranch ? '' : ', or name another branch in artifact-branch'}.`);
    }
    io.info(`${inputName}: artifact ${name} (id ${found.id}) from run ${found.runId} on ${found.branch}.`);
    const files = (0,external_node_fs_.readdirSync)(target, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => external_node_path_default().relative(io.workspace, external_node_path_default().join(f.parentPath, f.name)));
    const profiles = files.filter((f) => isProfileFile(external_node_path_default().join(io.workspace, f)));
    return profiles.length > 0 ? profiles : files;
}
// The API client and the registry are loaded only when a run asks for them (most compare files alone).
const openRegistryOf = async (io, settings) => (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(670), __webpack_require__.e(121)]).then(__webpack_require__.bind(__webpack_require__, 13121))).openRegistry(settings.registry, io, settings.token);
/** The training profile stored with a registered version (register-model's `profile` input). */
async function registryProfile(io, reference, inputName, settings) {
    const registry = await openRegistryOf(io, settings);
    const version = await registry.resolve(reference);
    const name = version.card?.profile;
    const bytes = name ? await registry.store.readFile(version.card.name, version.version, name) : undefined;
    if (!bytes)
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${reference} resolves to ${version.version}, which was registered without a profile. Register with the profile input (validate-data's profile-path output).`);
    io.info(`Reference: the training profile of ${reference} (${version.version}).`);
    return src_profile/* DatasetProfile */.y6.fromJSON(JSON.parse(bytes.toString('utf8')));
}
/** Data at least this large is profiled on the worker pool, so that both sides are read at once. */
const PARALLEL_BYTES = 8 * 1024 * 1024;
/** One pool for both sides, started when first needed: this thread and availableParallelism() − 1 workers. */
class LazyPool {
    pool;
    get() {
        return (this.pool ??= new worker_pool/* WorkerPool */.T$((0,external_node_os_.availableParallelism)() - 1, async (task, input) => (task === 'monitor-file' ? (await loadMonitor()).monitorFileHere(input) : (0,src_profile/* profileFileHere */.Sj)(input))));
    }
    async close() {
        await this.pool?.close();
    }
}
/**
 * The columns compared, the model's own (target, prediction, score, timestamp) with the features named:
 * no other is profiled (nor, in Parquet, read).
 */
function columnSelection(settings) {
    const roles = Object.values(settings.monitor?.model.columns ?? {}).filter((name) => name !== undefined);
    const exclude = settings.drift.exclude.filter((name) => !roles.includes(name));
    if (!settings.drift.columns && exclude.length === 0)
        return undefined;
    return { ...(settings.drift.columns && { include: [...settings.drift.columns, ...roles] }), exclude };
}
/** One side of the comparison: profile files are merged, data files profiled in one pass (read row by row for the monitor), all merged. */
async function loadSide(io, given, inputName, options, settings, pools, monitor) {
    let entries = given;
    const scheme = /^(artifact|registry):/.exec(entries[0] ?? '')?.[1];
    const notRows = (what) => new errors/* ConfigurationError */.j(`Input '${inputName}': ${what} is a profile, but ${monitor.why} needs the rows of the data. Give the data files instead.`);
    if (scheme === 'registry') {
        if (monitor)
            throw notRows(entries[0]);
        return { profile: await registryProfile(io, entries[0].slice('registry:'.length), inputName, settings) };
    }
    if (scheme === 'artifact')
        entries = await artifactFiles(io, entries[0].slice('artifact:'.length), inputName, settings);
    const files = await (0,runtime_files/* expandFiles */.CC)(io.workspace, entries, inputName);
    const profile = new src_profile/* DatasetProfile */.y6(options);
    const data = [];
    for (const file of files) {
        const display = (0,paths/* displayPath */.Gt)(io.workspace, file);
        if (isProfileFile(file)) {
            if (monitor)
                throw notRows(`"${display}"`);
            let json;
            try {
                json = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
                profile.merge(src_profile/* DatasetProfile */.y6.fromJSON(json));
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j(`Input '${inputName}': "${display}" is not a readable profile: ${error.message}`);
            }
        }
        else {
            if ((0,external_node_fs_.statSync)(file).size === 0)
                throw new errors/* ConfigurationError */.j(`Input '${inputName}': "${display}" is empty (0 bytes).`);
            data.push({ path: file, display, ...formats_detectFormat(display) });
        }
    }
    if (data.length > 0) {
        const large = data.reduce((bytes, file) => bytes + (0,external_node_fs_.statSync)(file.path).size, 0) >= PARALLEL_BYTES;
        const pool = large ? pools.get() : undefined;
        const limits = { maxColumns: settings.maxColumns };
        const monitored = monitor ? await (await loadMonitor()).monitorFiles(data, { options, missing: [''], columns: monitor.columns, window: monitor.window, limits }, pool) : undefined;
        const select = columnSelection(settings);
        const built = monitored ?? (await (0,src_profile/* profileFiles */.xc)(data, options, pool, undefined, { ...limits, ...(select && { select }) }));
        for (const problem of built.malformed.first.slice(0, 5))
            io.annotate('warning', `${problem.message} (left out of the comparison)`, { file: problem.file, ...(problem.line ? { line: problem.line } : {}), title: 'drift-check: malformed data' });
        if (built.malformed.count > 5)
            io.info(`${built.malformed.count - 5} more malformed rows were left out.`);
        if (profile.columns.size === 0 && profile.rows === 0)
            return { profile: built.profile, monitored }; // nothing to merge: no copy
        profile.merge(built.profile);
        return { profile, monitored };
    }
    return { profile };
}
/** sha256 of the reference data files, as the profile's fingerprint computes it, without profiling them. */
async function referenceFingerprint(io, entries) {
    if (/^(artifact|registry):/.test(entries[0] ?? ''))
        return undefined;
    const files = await (0,runtime_files/* expandFiles */.CC)(io.workspace, entries, 'reference');
    if (files.some(isProfileFile))
        return undefined; // profiles are already cheap to load
    const sources = [];
    for (const file of files) {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of (0,external_node_fs_.createReadStream)(file))
            hash.update(chunk);
        sources.push({ file: (0,paths/* displayPath */.Gt)(io.workspace, file), format: '', sha256: hash.digest('hex'), bytes: 0, rows: 0 });
    }
    return (0,src_profile/* fingerprintOf */.ax)(sources);
}
/**
 * The reference profile, from the Actions cache when `cache-reference` is on and the same reference data
 * (same fingerprint, same exact budget) was profiled before; profiled and cached otherwise. The monitor's
 * rows of the reference are never cached: with them the data is read.
 */
async function loadReference(io, settings, options, pools, monitor) {
    const fingerprint = settings.cacheReference && !monitor ? await referenceFingerprint(io, settings.reference) : undefined;
    if (!fingerprint)
        return loadSide(io, settings.reference, 'reference', options, settings, pools, monitor);
    const { restoreDir, saveDir } = await __webpack_require__.e(/* import() */ 865).then(__webpack_require__.bind(__webpack_require__, 42865));
    // Relative: the cache's version is derived from the paths given, so they must not name a temp folder.
    const relative = '.mlops-actions/cache/reference-profile';
    const dir = external_node_path_default().join(io.workspace, relative);
    const file = external_node_path_default().join(dir, 'profile.json');
    // A profile of some columns is no profile of others: the selection is part of the key.
    const selection = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(columnSelection(settings) ?? {})).digest('hex').slice(0, 8);
    const key = `mlops-actions-drift-reference-${fingerprint.slice(0, 32)}-${options.exactLimit}-${selection}`;
    if (await restoreDir(relative, key).catch(() => false)) {
        io.info(`Reference profile restored from the Actions cache (${key}).`);
        return { profile: src_profile/* DatasetProfile */.y6.fromJSON(JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'))) };
    }
    const side = await loadSide(io, settings.reference, 'reference', options, settings, pools);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,runtime_files/* writeOutputFile */.BF)(io.workspace, file, jsonPieces(side.profile.toJSON(), 0), 'cache-reference');
    const saved = await saveDir(relative, key).catch((error) => {
        io.info(`Could not cache the reference profile: ${error.message}`);
        return false;
    });
    if (saved)
        io.info(`Reference profile cached as ${key}.`);
    return side;
}
/** Quality on the labelled current rows against the baseline, and the windows' numbers. */
async function monitorModel(io, settings, reference, current) {
    const { model, baseline, window } = settings.monitor;
    const { judgeModel, windowReports } = await loadMonitor();
    const rows = current.monitored.rows;
    let judged;
    if (model.columns.target) {
        let source;
        const registryReference = settings.reference[0]?.startsWith('registry:') ? settings.reference[0].slice('registry:'.length) : undefined;
        if (baseline.kind === 'file')
            source = { source: 'file', values: baseline.metrics, description: `the metrics file ${baseline.given}` };
        else if (baseline.kind === 'registry' || registryReference) {
            const name = baseline.kind === 'registry' ? baseline.reference : registryReference;
            const version = await (await openRegistryOf(io, settings)).resolve(name);
            source = { source: 'registry', values: new Map(Object.entries(version.card?.metrics ?? {})), description: `the metrics recorded for ${version.card?.name ?? name} ${version.version} (registry:${name}) when it was registered` };
        }
        else
            source = { source: 'reference', rows: reference.monitored.rows };
        judged = await judgeModel(rows, source, model, (message) => io.annotate('warning', message, { title: 'drift-check: quality' }));
    }
    if (!window)
        return { quality: judged?.quality };
    const windows = windowReports(rows, window, judged?.rows);
    const profiles = new Map(current.monitored.windows.map((w) => [new Date(w.start).toISOString(), w.profile]));
    const options = featureOptions(settings.drift, model.columns);
    for (const w of windows) {
        const drift = compareProfiles(reference.profile, profiles.get(w.start), options, settings.driftShare);
        w.drift = { share: drift.share, drifted: drift.drifted, compared: drift.compared };
    }
    return { quality: judged?.quality, windows };
}
/** Why retraining is wanted now (by dispatch-on), or undefined; `decay` describes a quality decay. */
function retrainReason(settings, report, decay) {
    const reasons = [];
    if (settings.dispatchOn !== 'quality' && report.drifted)
        reasons.push(`Data drift in ${report.driftedColumns.length} of ${report.compared} columns (${report.driftedColumns.slice(0, 10).join(', ')})`);
    if (settings.dispatchOn !== 'drift' && decay)
        reasons.push(`Quality decay: ${decay}`);
    return reasons.length ? reasons.join('; ') : undefined;
}
async function dispatch(io, settings, report, decay) {
    if (!settings.dispatchWorkflow && !settings.repositoryDispatchEvent)
        return undefined;
    const reason = retrainReason(settings, report, decay);
    if (!reason) {
        const none = { drift: 'no dataset drift', quality: 'no quality decay', any: report.quality ? 'no dataset drift and no quality decay' : 'no dataset drift' };
        return { dispatched: false, reason: none[settings.dispatchOn] };
    }
    const { createGitHub, dispatchWorkflow, sendRepositoryDispatch } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 21670));
    const gh = createGitHub(settings.token, io);
    const repo = (0,repository/* currentRepo */.Uc)(io.env);
    if (settings.repositoryDispatchEvent) {
        const decayed = report.quality?.metrics.filter((m) => m.verdict === 'decayed').map((m) => m.metric) ?? [];
        return sendRepositoryDispatch(gh, repo, {
            eventType: settings.repositoryDispatchEvent,
            payload: { ...settings.dispatchInputs, reason, report: (0,repository/* runUrl */.Vp)(io.env), drifted_columns: report.driftedColumns, decayed_metrics: decayed },
            cooldownMs: settings.cooldownMs,
        });
    }
    return dispatchWorkflow(gh, repo, {
        workflow: settings.dispatchWorkflow,
        ref: settings.dispatchRef,
        inputs: settings.dispatchInputs,
        extra: { reason, report: (0,repository/* runUrl */.Vp)(io.env) },
        cooldownMs: settings.cooldownMs,
    });
}
/** The model's name in the issue and the gauges: model-name, else the repository's name. */
const modelName = (io, settings) => settings.modelName ?? (io.env.GITHUB_REPOSITORY?.split('/')[1] || 'model');
/** One tracking issue while data drift or quality decay lasts (per model-name, when given). */
async function trackIssue(io, settings, report, markdown) {
    const decayed = report.quality?.metrics.filter((m) => m.verdict === 'decayed').map((m) => m.metric) ?? [];
    const problems = [report.drifted ? `${report.driftedColumns.length} of ${report.compared} columns drifted` : '', decayed.length ? `quality decayed (${decayed.join(', ')})` : ''].filter(Boolean);
    const kind = report.drifted && decayed.length ? 'Data drift and quality decay' : decayed.length ? 'Quality decay' : 'Data drift';
    const model = settings.modelName?.replace(/[^\w./@-]/g, '_').replace(/-{2,}/g, '-');
    const { createGitHub, syncTrackingIssue } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 21670));
    const outcome = await syncTrackingIssue(createGitHub(settings.token, io), (0,repository/* currentRepo */.Uc)(io.env), { label: 'drift', marker: model ? `<!-- mlops-actions:drift-check model:${model} -->` : '<!-- mlops-actions:drift-check -->', title: `${model ? `${settings.modelName}: ` : ''}${kind}: ${problems.join(', ')}` }, problems.length > 0, `${markdown}\n\n[Run](${(0,repository/* runUrl */.Vp)(io.env)})`, `Drift is gone as of [this run](${(0,repository/* runUrl */.Vp)(io.env)}): ${report.driftedColumns.length} of ${report.compared} columns drifted, under the ${report.threshold} share${report.quality ? `; quality ${report.quality.metrics.map((m) => `${m.metric} ${m.verdict}`).join(', ')}` : ''}. Closing.`);
    report.issueUrl = outcome.url;
    if (outcome.action !== 'none')
        io.info(`Tracking issue ${outcome.action}: ${outcome.url}`);
}
/** Pushes the gauges; a failure is a warning and a line in the report, never a lost report. */
async function push(io, settings, report) {
    const url = new URL(settings.pushgateway);
    const headers = {};
    if (url.username || url.password)
        headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    [url.username, url.password] = ['', ''];
    const { exposition, gauges, pushGauges } = await loadMonitor();
    const numbers = { driftShare: report.driftShare, columns: [...report.columns, ...(report.target ? [report.target] : []), ...(report.predictions ?? [])], quality: report.quality, time: Date.parse(report.created) };
    try {
        const pushed = await pushGauges(url.href, [['model', modelName(io, settings)], ['check', 'drift']], exposition(gauges(numbers)), headers);
        io.info(`Pushed the numbers to ${pushed}.`);
        return { url: pushed, pushed: true };
    }
    catch (error) {
        const message = error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
        io.annotate('warning', `Could not push to the Pushgateway at ${url.origin}: ${message}. The report and summary are complete; only the push failed.`, { title: 'drift-check: pushgateway' });
        return { url: url.href, pushed: false, error: message };
    }
}
const driftCheck = async (io) => {
    const settings = readSettings(io);
    const options = { ...src_profile/* DEFAULT_PROFILE_OPTIONS */.TH, exactLimit: settings.exactBudget };
    const monitor = settings.monitor;
    const roles = monitor?.model.columns ?? {};
    const currentRead = roles.target || monitor?.window ? { columns: roles, window: monitor.window, why: roles.target ? "quality (input 'target')" : "the windows (input 'window')" } : undefined;
    const referenceRows = roles.target !== undefined && monitor.baseline.kind === 'reference' && !settings.reference[0]?.startsWith('registry:');
    const referenceRead = referenceRows ? { columns: { target: roles.target, prediction: roles.prediction, score: roles.score }, why: "quality-baseline: reference (the model's quality on the reference rows; or give registry:<model>#<stage> or a metrics file)" } : undefined;
    const pools = new LazyPool();
    const [reference, current] = await io
        .group('Reading the reference and the current data', () => Promise.all([loadReference(io, settings, options, pools, referenceRead), loadSide(io, settings.current, 'current', options, settings, pools, currentRead)]))
        .finally(() => pools.close());
    if (currentRead)
        (await loadMonitor()).checkMonitored(current.monitored, 'current', roles, monitor.window);
    if (referenceRead)
        (await loadMonitor()).checkMonitored(reference.monitored, 'reference', referenceRead.columns);
    const warn = (message) => io.annotate('warning', message, { title: 'drift-check' });
    const sections = compareSections(reference.profile, current.profile, settings.drift, settings.driftShare, roles, warn);
    const report = buildDriftReport(sections, settings.driftShare, reference.profile.summary(), current.profile.summary());
    if (currentRead) {
        const { quality, windows } = await monitorModel(io, settings, reference, current);
        if (quality)
            report.quality = quality;
        if (windows)
            Object.assign(report, { window: monitor.window.text, windows });
    }
    report.passed = !report.drifted && !report.quality?.decayed;
    const decay = report.quality?.decayed ? (await loadMonitor()).describeDecay(report.quality) : undefined;
    report.dispatch = await dispatch(io, settings, report, decay);
    if (report.dispatch)
        io.info(report.dispatch.dispatched ? `Retraining: ${report.dispatch.reason}${report.dispatch.runUrl ? ` (${report.dispatch.runUrl})` : ''}.` : `Retraining not dispatched: ${report.dispatch.reason}.`);
    if (settings.pushgateway)
        report.pushgateway = await push(io, settings, report);
    const markdown = await renderDriftReport(report);
    if (settings.issue)
        await trackIssue(io, settings, report, markdown);
    const reportFile = (0,runtime_files/* writeOutputFile */.BF)(io.workspace, settings.reportPath, jsonPieces(report), 'report-path');
    await io.appendSummary(markdown);
    io.setOutput('drifted', String(report.drifted));
    io.setOutput('drift-share', String(report.driftShare));
    io.setOutput('drifted-columns', JSON.stringify(report.driftedColumns));
    io.setOutput('prediction-drifted', String(report.predictionDrifted ?? false));
    io.setOutput('quality-decayed', String(report.quality?.decayed ?? false));
    io.setOutput('quality', JSON.stringify(report.quality?.metrics.map(({ metric, baseline, current, delta, low, high, tolerance, verdict }) => ({ metric, baseline, current, delta, low, high, tolerance, verdict })) ?? []));
    io.setOutput('label-coverage', report.quality ? String(report.quality.coverage) : '');
    io.setOutput('report', (0,paths/* displayPath */.Gt)(io.workspace, reportFile));
    io.setOutput('dispatched', String(report.dispatch?.dispatched ?? false));
    io.setOutput('dispatch-run-url', report.dispatch?.runUrl ?? '');
    io.setOutput('issue-url', report.issueUrl ?? '');
    const problems = [
        report.drifted ? `dataset drift, ${report.driftedColumns.length} of ${report.compared} columns (${report.driftedColumns.slice(0, 10).join(', ')})` : '',
        decay ? `quality decay: ${decay}` : '',
    ].filter(Boolean);
    const failStep = (settings.failOn === 'drift' && report.drifted) || (settings.failOn === 'quality' && !!report.quality?.decayed) || (settings.failOn === 'any' && !report.passed);
    reportOutcome(io, 'drift-check', { passed: report.passed, failStep, problem: problems.join('; ') });
};


/***/ }),

/***/ 32187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ CsvParser)
});

// UNUSED EXPORTS: uniqueNames

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/data/csv.wasm.ts
// Generated by npm run wasm from assembly/csv.ts (AssemblyScript 0.28.20, --enable simd -O3 --runtime stub --noAssert --initialMemory 1 --use abort=): do not edit.
const CSV_WASM = 'AGFzbQEAAAABLQVgBH9/f38AYAN/f38Bf2ANf39/f39/f39/f39/fwBgAn9/AXxgBX9/f39/AAMGBQABAgMEBQMBAAEGQg1/AUEA' +
    'C38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEACwcaAwZsYXlvdXQAAgRz' +
    'Y2FuAAEGbWVtb3J5AgAKgBkF0wEBBn8gACMCbCABaiEFAn8DQCAGIwxIBEAjCyAGQQN0aiIEKAIAIQggBCgCBCIJIAMgAmtGBEBB' +
    'ASEHQQAhBANAIAcgBCAJSHEEQCAEIAhqLQAAIwAgAiAEamotAABGIQcgBEEBaiEEDAELC0EBIAcNAxoLIAZBAWohBgwBCwtBAAsE' +
    'QCMDIAVqQQA6AAAjBCAFQQN0akQAAAAAAAD4fzkDAA8LIAIgAyAFIAAgARAEIAVBAnQiACMFaiACNgIAIwYgAGogAzYCACMHIABq' +
    'QX42AgALtgMCCX8Ce0EAKAIAIQdBBCgCACEIQQgoAgAhA0EMKAIAIQkgAv0PIQwgACEEA0AgASAESgRAIwAgBGr9AAQAIg0gDP0j' +
    'IA39DAoKCgoKCgoKCgoKCgoKCgr9I/1Q/WQhBSABIARrIgpBEEgEQCAFQQEgCnRBAWtxIQULA0AgBQRAIAQgBWhqIQogBSAFQQFr' +
    'cSEFIAIjACAKai0AAEYEQCAGIwFIBEAgBiAHIAAgChAACyAGQQFqIQYgCkEBaiEADAILIApBAWsiCyAKIAAgCkgEfyMAIAtqLQAA' +
    'QQ1GBUEACxshCyAGIwFIBEAgBiAHIAAgCxAACyAGQQFqIgYjAUYEQCMIIAdBAnRqIAg2AgAgB0EBaiEHBUEMIAk2AgAgACALRiAG' +
    'QQFGcSMBQQFKcUUEQCMJIANBA3RqIgAgCDYCACAAIAY2AgQgA0EBaiEDCwtBDCgCACEJIAhBAWohCEEAIQYgCkEBaiEAIAMjAkYg' +
    'ByMCRnIEQEEAIAc2AgBBBCAINgIAQQggAzYCACAADwsMAQsLIARBEGohBAwBCwtBACAHNgIAQQQgCDYCAEEIIAM2AgAgAQs2ACAL' +
    'JAsgDCQMIAAkACABJAEgAiQCIAMkAyAEJAQgBSQFIAYkBiAHJAcgCCQIIAkkCSAKJAoLkQsCDn8CfAJAIAEgAGsiCkEKSAR/QQEF' +
    'IwAgAEEEamotAABBLUcLBH9BAQUjACAAQQdqai0AAEEtRwsNACAAIQICfwNAIAIgAEEEakgEQEF/IwAgAmotAAAiDEE5TSAMQTBP' +
    'cUUNAhogBUEKbCAMakEwayEFIAJBAWohAgwBCwsgBQshDCAAQQVqIg0hAiAAQQhqIg8hBSAMQQBIAn8DQCACIA1BAmpIBEBBfyMA' +
    'IAJqLQAAIg5BOU0gDkEwT3FFDQIaIARBCmwgDmpBMGshBCACQQFqIQIMAQsLIAQLIgJBAExyIAJBDEpyAn8DQCAFIA9BAmpIBEBB' +
    'fyMAIAVqLQAAIgRBOU0gBEEwT3FFDQIaIAZBCmwgBGpBMGshBiAFQQFqIQUMAQsLIAYLIgRBAExyBH9BAQUgAkECRgR/QRxBHSAM' +
    'QQNxBH9BAQUgDEHkAG8Ef0EABSAMQZADbwsLGwVBHkEfIAJBBkYgAkEERnIgAkEJRnIgAkELRnIbCyAESAsNACAMIAJBAkxrtyIQ' +
    'RAAAAAAAAHlAo5wiEUQAAAAAiNUBQaIgECARRAAAAAAAAHlAoqEiEEQAAAAAANB2QKIgEEQAAAAAAADQP6KcoCAQRAAAAAAAAFlA' +
    'o5yhIAJBfUEJIAJBAkobardEAAAAAAAgY0CiRAAAAAAAAABAoEQAAAAAAAAUQKOcIAS3oEQAAAAAAADwv6CgoEQAAAAA2PQlwaBE' +
    'AAAAAHCZlEGiIRAgCkEKRgRAIBAPCyMAIABBCmpqLQAAIgJBIEcgAkHUAEdxIApBEEhyBH9BAQUjACAAQQ1qai0AAEE6RwsNACAA' +
    'QQtqIgIhBAJ/A0AgBCACQQJqSARAQX8jACAEai0AACIFQTlNIAVBME9xRQ0CGiAHQQpsIAVqQTBrIQcgBEEBaiEEDAELCyAHCyEC' +
    'IABBDmoiBSEEIAJBAEggAkEXSnICfwNAIAQgBUECakgEQEF/IwAgBGotAAAiBkE5TSAGQTBPcUUNAhogA0EKbCAGakEwayEDIARB' +
    'AWohBAwBCwsgAwsiA0EASHIgA0E7SnINACAQIAJBgN3bAWwgA0Hg1ANsaregIRAgAEEQaiICIAFIBH8jACACai0AAEE6RgVBAAsE' +
    'QCAAQRNqIAFKDQEgAEERaiICIQcCfwNAIAcgAkECakgEQEF/IwAgB2otAAAiA0E5TSADQTBPcUUNAhogCEEKbCADakEwayEIIAdB' +
    'AWohBwwBCwsgCAsiAkEASCACQTtKcg0BIBAgAkHoB2y3oCEQIABBE2oiAiABSAR/IwAgAmotAABBLkYFQQALBEBEAAAAAAAAWUAh' +
    'ESACQQFqIQADQCAAIAFIBH8jACAAai0AACIDQTlNIANBME9xBUEACwRAIBAjACAAai0AAEEwa7cgEaKgIRAgEUQAAAAAAAAkQKMh' +
    'ESAAQQFqIQAMAQsLIAAgAkEBakYNAiAAIQILCyABIAJGBEAgEA8LIAIgAUEBa0YjACACai0AACIAQdoARnEEQCAQDwsgAEEtRyAA' +
    'QStHcSACQQVqIAFKcg0AIAJBAWoiAyEIAn8DQCAIIANBAmpIBEBBfyMAIAhqLQAAIgRBOU0gBEEwT3FFDQIaIAlBCmwgBGpBMGsh' +
    'CSAIQQFqIQgMAQsLIAkLIQMgAkEDaiIEIwBqLQAAQTpGIgUgAkEFamogAUcNACAEIAVqIgEhCSADQQBIIANBF0pyAn8DQCAJIAFB' +
    'AmpIBEBBfyMAIAlqLQAAIgJBOU0gAkEwT3FFDQIaIAtBCmwgAmpBMGshCyAJQQFqIQkMAQsLIAsLIgFBAEhyIAFBO0pyDQAgEEQA' +
    'AAAAAADwP0QAAAAAAADwvyAAQStGGyADQYDd2wFsIAFB4NQDbGq3oqEPC0QAAAAAAAD4fwumCAIIfwJ8IwMgAmohCCMEIAJBA3Rq' +
    'IgpEAAAAAAAA+H85AwAgACABSAR/IwAgAGotAAAFQQALIglBLUYhAiAJQStGIgUgCUE5TCAJQTBOcSACcnIgCUEuRnIEQCAAQQFq' +
    'IAAgAiAFchsiAiELA0AgASACSgR/IwAgAmotAAAiBUE5TSAFQTBPcQVBAAsEQCACIgVBAWohAiANRAAAAAAAACRAoiMAIAVqLQAA' +
    'QTBrt6AhDQwBCwsgASACRiACIAtrIgxBAEpxBEAgDEEBSgR/IwAgC2otAABBMEYFQQALBEAgCEEGOgAADwsgCEECOgAAIAxBD0wE' +
    'QCAKIA2aIA0gCUEtRhs5AwAFIwpBDCgCACIAQQN0aiIBIAM2AgAgASAENgIEQQwgAEEBajYCAAsPCyABIAJKBH8jACACai0AAEEu' +
    'RgVBAAsEQCACQQFqIQIDQCABIAJKBH8jACACai0AACIFQTlNIAVBME9xBUEACwRAIAIiBUEBaiECIA1EAAAAAAAAJECiIwAgBWot' +
    'AABBMGu3oCENIAdBAWohBwwBCwsLIAEgAkogByAMakEASnEEfyMAIAJqLQAAQSByQeUARgVBAAsEfyACQQFqIgIgAUgEfyMAIAJq' +
    'LQAAQStGBH9BAQUjACACai0AAEEtRgsFQQALBEAgAkEBaiECCyACIQUDQCABIAJKBH8jACACai0AACIGQTlNIAZBME9xBUEACwRA' +
    'IAJBAWohAgwBCwsgAkF/IAIgBUoiBhsFIAILIAFGIAcgDGoiAkEASnEEQCAIQQM6AAAgBkUgAkEPTHEEQCANmiANIAlBLUYbIQ5E' +
    'AAAAAAAA8D8hDUEAIQADQCAAIAdIBEAgDUQAAAAAAAAkQKIhDSAAQQFqIQAMAQsLIAogDiANozkDAAUjCkEMKAIAIgBBA3RqIgEg' +
    'AzYCACABIAQ2AgRBDCAAQQFqNgIACw8LIAEgAGsiAkEKRiIDIAJBEE5yBEAgACABEAMiDSANYQRAIAhBBEEFIAMbOgAAIAogDTkD' +
    'AA8LCyAIQQY6AAAPCyABIABrIgFBBEYEfyMAIABqLQAAQSByQfQARgR/IwAgAEEBamotAABBIHJB8gBGBUEACwR/IwAgAEECamot' +
    'AABBIHJB9QBGBUEACwR/IwAgAEEDamotAABBIHJB5QBGBUEACwVBAAsEf0EBBSABQQVGBH8jACAAai0AAEEgckHmAEYEfyMAIABB' +
    'AWpqLQAAQSByQeEARgVBAAsEfyMAIABBAmpqLQAAQSByQewARgVBAAsEfyMAIABBA2pqLQAAQSByQfMARgVBAAsFQQALBH8jACAA' +
    'QQRqai0AAEEgckHlAEYFQQALCwRAIAhBAToAACAKRAAAAAAAAPA/RAAAAAAAAAAAIAFBBEYbOQMADwsgCEEGOgAACw==';

// EXTERNAL MODULE: ./src/data/interner.ts
var interner = __webpack_require__(4417);
;// CONCATENATED MODULE: ./src/data/csv-kernel.ts
// Host of the byte scanner's WebAssembly kernel (assembly/csv.ts): lays out its memory (batch columns,
// row lines, findings, the input lines) and exposes the batch columns as typed-array views of it.


const PAGE = 65536;
/** i32 slots shared with the kernel (see assembly/csv.ts). */
const ROWS = 0;
const LINE = 1;
const BAD = 2;
const FIX = 3;
let compiled;
class CsvKernel {
    width;
    capacity;
    delimiter;
    /** The batch's columns: views of the kernel's memory, filled again by every batch. */
    columns;
    lines;
    kernel;
    state;
    input;
    at;
    constructor(width, 
    /** Rows in a batch. */
    capacity, delimiter, missing) {
        this.width = width;
        this.capacity = capacity;
        this.delimiter = delimiter;
        compiled ??= new WebAssembly.Module(Buffer.from(CSV_WASM, 'base64'));
        this.kernel = new WebAssembly.Instance(compiled).exports;
        const cells = width * capacity;
        let next = 16;
        const take = (bytes) => ((next = Math.ceil(next / 8) * 8), (next += bytes) - bytes);
        const missingAt = take(8 * missing.length);
        const missingBytes = missing.map((m) => take(m.length));
        this.at = {
            kinds: take(cells),
            numbers: take(8 * cells),
            starts: take(4 * cells),
            ends: take(4 * cells),
            codes: take(4 * cells),
            lines: take(4 * capacity),
            bad: take(8 * capacity),
            fix: take(8 * (cells + width)), // good rows' fields and the row being read (a bad row's are dropped)
            input: take(0),
        };
        this.reserve(1 << 18);
        const memory = Buffer.from(this.kernel.memory.buffer);
        missing.forEach((m, k) => {
            memory.writeInt32LE(missingBytes[k], missingAt + 8 * k);
            memory.writeInt32LE(m.length, missingAt + 8 * k + 4);
            m.copy(memory, missingBytes[k]);
        });
        const { kinds, numbers, starts, ends, codes, lines, bad, fix, input } = this.at;
        this.kernel.layout(input, width, capacity, kinds, numbers, starts, ends, codes, lines, bad, fix, missingAt, missing.length);
        this.columns = Array.from({ length: width }, () => ({
            kinds: new Uint8Array(0),
            numbers: new Float64Array(0),
            texts: new Array(capacity).fill(undefined),
            source: { bytes: Buffer.alloc(0), starts: new Int32Array(0), ends: new Int32Array(0), codes: new Int32Array(0), strings: new interner/* Interner */.M() },
        }));
        this.views();
    }
    /** Copies lines to scan into the kernel's input; the batch's texts are read from there. */
    load(bytes, start, stop) {
        this.reserve(stop - start + 16); // the kernel reads 16 bytes at a time
        this.input.fill(0, stop - start, stop - start + 16);
        bytes.copy(this.input, 0, start, stop);
    }
    /**
     * Scans the loaded input from `from` (a line start, on `line`) to `stop`, adding rows to the batch;
     * returns where it stopped: at stop, or after the line that filled the batch or the list of bad rows.
     */
    scan(from, stop, line) {
        this.state[LINE] = line;
        this.state[BAD] = 0;
        this.state[FIX] = 0;
        const next = this.kernel.scan(from, stop, this.delimiter);
        // Long integers and exponents: the kernel leaves them to Number(), which rounds every form right.
        const fixes = new Int32Array(this.kernel.memory.buffer, this.at.fix, 2 * this.state[FIX]);
        for (let k = 0; k < fixes.length; k += 2) {
            const column = this.columns[fixes[k]];
            const row = fixes[k + 1];
            column.numbers[row] = Number(this.input.toString('latin1', column.source.starts[row], column.source.ends[row]));
        }
        return next;
    }
    /** Rows in the batch. */
    get rows() {
        return this.state[ROWS];
    }
    /** Starts the next batch. */
    clearRows() {
        this.state[ROWS] = 0;
    }
    get nextLine() {
        return this.state[LINE];
    }
    /** Rows of the last scan with the wrong number of fields: [line, fields] pairs. */
    badRows() {
        return new Int32Array(this.kernel.memory.buffer, this.at.bad, 2 * this.state[BAD]);
    }
    /** Grows the memory so that the input holds `bytes`; views of the old memory are made again. */
    reserve(bytes) {
        const needed = this.at.input + bytes;
        const have = this.kernel.memory.buffer.byteLength;
        if (needed <= have && this.state)
            return;
        if (needed > have)
            this.kernel.memory.grow(Math.ceil((Math.max(needed, 2 * have) - have) / PAGE));
        this.views();
    }
    views() {
        const buffer = this.kernel.memory.buffer;
        const { capacity } = this;
        this.state = new Int32Array(buffer, 0, 4);
        this.input = Buffer.from(buffer, this.at.input);
        this.lines = new Int32Array(buffer, this.at.lines, capacity);
        this.columns?.forEach((column, c) => {
            column.kinds = new Uint8Array(buffer, this.at.kinds + c * capacity, capacity);
            column.numbers = new Float64Array(buffer, this.at.numbers + 8 * c * capacity, capacity);
            column.source.bytes = this.input;
            column.source.starts = new Int32Array(buffer, this.at.starts + 4 * c * capacity, capacity);
            column.source.ends = new Int32Array(buffer, this.at.ends + 4 * c * capacity, capacity);
            column.source.codes = new Int32Array(buffer, this.at.codes + 4 * c * capacity, capacity);
        });
    }
}

// EXTERNAL MODULE: ./src/data/table.ts
var table = __webpack_require__(82704);
;// CONCATENATED MODULE: ./src/data/csv-bytes.ts
// The common case of a CSV/TSV file, typed straight from its bytes: no quotes, valid UTF-8. Fields are
// found and classified where they lie, by a WebAssembly kernel (csv-kernel.ts), and their text is made
// only when something reads it (textAt), so a million numbers make no strings. Anything else (a quote,
// invalid UTF-8, an over-long line) is handed back, from the start of a line, to the text parser,
// which knows every rule of RFC 4180.



const NEWLINE = 10;
const CR = 13;
const QUOTE = 0x22;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MAX_GATHER = 16 << 20;
class CsvByteScanner {
    sink;
    options;
    /** The line the next row starts on. */
    line = 1;
    /** The header said stop: nothing more is read. */
    stopped = false;
    columns;
    /** The carried bytes (a line not ended yet), then the new chunk: one buffer, reused by every push. */
    work = Buffer.allocUnsafe(0);
    carried = 0;
    /** work[0, ended) holds whole lines (ended is just past the last newline). */
    ended = 0;
    /** Bytes to gather before reading: about a batch of rows, as long as the rows read so far (and at most MAX_GATHER). */
    wanted = 0;
    kernel;
    delimiter;
    missing;
    atFileStart;
    constructor(sink, options) {
        this.sink = sink;
        this.options = options;
        this.delimiter = options.delimiter.charCodeAt(0);
        this.missing = [...options.missing].map((m) => Buffer.from(m));
        this.atFileStart = !options.columns;
        if (options.columns)
            this.setColumns(options.columns);
    }
    /**
     * Takes a chunk; reads whole lines once about a batch of them has come (a wide table's rows are
     * long: reading each chunk at once would make batches of a few rows, and work per batch and column).
     * Returns the bytes this scanner cannot read (from a line start), for the text parser. The chunk is
     * copied: the caller may reuse it.
     */
    push(chunk) {
        if (this.stopped)
            return undefined;
        const length = this.carried + chunk.length;
        if (length > this.work.length) {
            const grown = Buffer.allocUnsafe(Math.max(length, 2 * this.work.length));
            this.work.copy(grown, 0, 0, this.carried);
            this.work = grown;
        }
        chunk.copy(this.work, this.carried);
        this.carried = length;
        if (this.atFileStart) {
            if (length < BOM.length && BOM.subarray(0, length).equals(this.work.subarray(0, length)))
                return undefined; // maybe the start of a byte order mark
            this.atFileStart = false;
            if (this.work.subarray(0, BOM.length).equals(BOM)) {
                this.work.copyWithin(0, BOM.length, length);
                this.carried -= BOM.length;
            }
        }
        // A quote or NUL is for the text parser: the whole lines before this chunk are read here, the rest handed over.
        const handOver = chunk.indexOf(QUOTE) !== -1 || chunk.indexOf(0) !== -1;
        if (!handOver) {
            const newline = chunk.lastIndexOf(NEWLINE);
            if (newline !== -1)
                this.ended = this.carried - chunk.length + newline + 1;
            if (this.carried - this.ended > this.options.maxRowChars)
                return this.rest(0);
            if (this.carried < this.wanted)
                return undefined;
        }
        if (!(0,external_node_buffer_.isUtf8)(this.work.subarray(0, this.ended)))
            return this.rest(0);
        if (this.ended > 0)
            this.read(this.work.subarray(0, this.carried), this.ended);
        if (handOver)
            return this.rest(this.ended);
        this.work.copyWithin(0, this.ended, this.carried);
        this.carried -= this.ended;
        this.ended = 0;
        return undefined;
    }
    /** The bytes from `start` (a line start) on, for the text parser. */
    rest(start) {
        const rest = Buffer.from(this.work.subarray(start, this.carried));
        this.carried = this.ended = 0;
        return rest;
    }
    /** The lines not read yet, the last one maybe without a newline; returns them for the text parser if this scanner cannot read them. */
    end() {
        const rest = Buffer.from(this.work.subarray(0, this.carried));
        this.carried = this.ended = 0;
        if (rest.length === 0 || this.stopped)
            return undefined;
        if (this.atFileStart || !(0,external_node_buffer_.isUtf8)(rest))
            return rest;
        this.read(rest[rest.length - 1] === NEWLINE ? rest : Buffer.concat([rest, Buffer.from([NEWLINE])]), rest[rest.length - 1] === NEWLINE ? rest.length : rest.length + 1);
        return undefined;
    }
    /** Whole lines in bytes[0, stop), stop just past a newline. */
    read(bytes, stop) {
        let start = 0;
        if (!this.columns)
            start = this.readHeader(bytes, stop);
        const line = this.line;
        if (this.kernel && start < stop) {
            this.readRows(this.kernel, bytes, start, stop);
            this.wanted = Math.min(MAX_GATHER, Math.ceil(((stop - start) / (this.line - line)) * this.kernel.capacity));
        }
        this.flush();
    }
    /** Skips blank lines, takes the first other line as the header; returns where rows begin. */
    readHeader(bytes, stop) {
        let start = 0;
        while (start < stop) {
            const newline = bytes.indexOf(NEWLINE, start);
            const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
            const line = this.line++;
            if (end > start) {
                const names = this.sink.header(bytes.toString('utf8', start, end).split(this.options.delimiter), line);
                if (names)
                    this.setColumns(names);
                else
                    this.stopped = true;
                return newline + 1;
            }
            start = newline + 1;
        }
        return stop;
    }
    setColumns(names) {
        this.columns = names;
        this.kernel = new CsvKernel(names.length, (0,table/* batchRows */.e1)(names.length), this.delimiter, this.missing);
    }
    /** Rows from whole lines, a batch at a time; rows with the wrong number of fields are findings. */
    readRows(kernel, bytes, start, stop) {
        kernel.load(bytes, start, stop);
        const width = kernel.columns.length;
        for (let from = 0; from < stop - start;) {
            from = kernel.scan(from, stop - start, this.line);
            const bad = kernel.badRows();
            for (let k = 0; k < bad.length; k += 2)
                this.sink.malformed({ line: bad[k], message: `expected ${width} fields as in the header, found ${bad[k + 1]}` });
            this.line = kernel.nextLine;
            if (kernel.rows === kernel.capacity)
                this.flush();
        }
    }
    flush() {
        const kernel = this.kernel;
        if (!kernel || kernel.rows === 0)
            return;
        this.sink.rows(kernel.columns, kernel.lines, kernel.rows);
        for (const column of kernel.columns)
            column.texts.fill(undefined, 0, kernel.rows); // texts made for this batch
        kernel.clearRows();
    }
}

;// CONCATENATED MODULE: ./src/data/csv.ts
// Streaming RFC 4180 parser: bytes in, rows out with the line each row starts on.
// Asked to type values, it reads from bytes while the file allows (csv-bytes.ts) and hands the rest
// to the text path. The text path works on decoded text a chunk at a time; lines without a quote take
// the fast path (one native split), quoted fields take a character loop.




const csv_QUOTE = '"';
/** Length of an incomplete UTF-8 sequence at the end of a chunk (0 to 3 bytes). */
function incompleteTail(chunk) {
    for (let back = 1; back <= Math.min(3, chunk.length); back++) {
        const byte = chunk[chunk.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // continuation byte: keep looking for the lead
        const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}
class CsvParser {
    sink;
    options;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pending = '';
    line = 1;
    headerSeen = false;
    columns = 0;
    invalidUtf8 = false;
    utf8Carry = Buffer.alloc(0);
    stopped = false;
    bomChecked = false;
    sawNul = false;
    scanner;
    constructor(sink, options) {
        this.sink = sink;
        this.options = options;
        if (options.columns) {
            this.headerSeen = true;
            this.columns = options.columns.length;
            this.bomChecked = true;
        }
        if (options.missing && sink.typedRows) {
            const typedRows = sink.typedRows.bind(sink);
            const { delimiter, maxRowChars, columns, missing } = options;
            this.scanner = new CsvByteScanner({ header: (names, line) => this.header(names, line), rows: typedRows, malformed: (problem) => sink.malformed(problem) }, { delimiter, maxRowChars, missing, ...(columns && { columns }) });
        }
    }
    get isStopped() {
        return this.stopped || this.scanner?.stopped === true;
    }
    /** The line the next row would start on: one more than the newlines read so far. */
    get nextLine() {
        return this.scanner?.line ?? this.line;
    }
    push(chunk) {
        if (this.stopped)
            return;
        if (this.scanner) {
            const rest = this.scanner.push(chunk);
            if (rest === undefined)
                return;
            this.handOver();
            chunk = rest;
        }
        this.checkUtf8(chunk);
        if (!this.sawNul && chunk.indexOf(0) !== -1)
            this.sawNul = true;
        let text = this.decoder.write(chunk);
        if (!this.bomChecked && text !== '') {
            this.bomChecked = true;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        this.pending = this.pending === '' ? text : this.pending + text;
        this.consume(false);
    }
    /**
     * isUtf8 is native and fast; the slow search for the bad row runs only when it fails.
     * A sequence cut by the chunk boundary is carried over and checked with the next chunk.
     */
    checkUtf8(chunk) {
        if (this.invalidUtf8)
            return;
        const joined = this.utf8Carry.length > 0 ? Buffer.concat([this.utf8Carry, chunk]) : chunk;
        const tail = incompleteTail(joined);
        if (!(0,external_node_buffer_.isUtf8)(joined.subarray(0, joined.length - tail)))
            this.invalidUtf8 = true;
        this.utf8Carry = Buffer.from(joined.subarray(joined.length - tail));
    }
    /** The byte scanner met what only the text path reads: it goes on from the scanner's line and header. */
    handOver() {
        const scanner = this.scanner;
        this.scanner = undefined;
        this.line = scanner.line;
        if (scanner.columns) {
            this.headerSeen = true;
            this.columns = scanner.columns.length;
            this.bomChecked = true;
        }
    }
    end() {
        if (this.stopped)
            return;
        if (this.scanner) {
            const rest = this.scanner.end();
            if (rest === undefined)
                return;
            this.handOver();
            this.push(rest);
        }
        if (this.utf8Carry.length > 0)
            this.invalidUtf8 = true;
        this.pending += this.decoder.end();
        this.consume(true);
    }
    consume(final) {
        if (this.pending.indexOf(csv_QUOTE) === -1)
            this.consumeUnquoted(final);
        else
            this.consumeQuoted(final);
        if (this.pending.length > this.options.maxRowChars) {
            this.sink.malformed({
                line: this.line,
                message: `a row longer than ${this.options.maxRowChars} characters starts here (an unclosed quote, or not a delimited text file); reading stopped`,
            });
            this.stopped = true;
        }
    }
    /** The common case, a chunk with no quote at all: one native split into lines, one per line into fields. */
    consumeUnquoted(final) {
        const text = this.pending;
        const delimiter = this.options.delimiter;
        const lastNewline = text.lastIndexOf('\n');
        const rest = text.slice(lastNewline + 1);
        if (lastNewline !== -1) {
            const lines = text.slice(0, lastNewline).split('\n');
            for (const line of lines) {
                this.emit((line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line).split(delimiter), this.line);
                this.line++;
            }
        }
        this.pending = rest;
        if (final && rest !== '') {
            this.emit((rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest).split(delimiter), this.line);
            this.line++;
            this.pending = '';
        }
    }
    consumeQuoted(final) {
        const text = this.pending;
        const delimiter = this.options.delimiter;
        let pos = 0;
        let nextQuote = text.indexOf(csv_QUOTE);
        while (pos < text.length) {
            let end = text.indexOf('\n', pos);
            if (nextQuote !== -1 && nextQuote < pos)
                nextQuote = text.indexOf(csv_QUOTE, pos);
            if (nextQuote === -1 || (end !== -1 && nextQuote > end)) {
                // Fast path: no quote before the end of this line.
                if (end === -1) {
                    if (!final)
                        break;
                    end = text.length;
                }
                const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
                this.emit(text.slice(pos, stop).split(delimiter), this.line);
                this.line++;
                pos = end + 1;
                continue;
            }
            const parsed = this.parseQuotedRow(text, pos, final);
            if (parsed === undefined)
                break; // row continues in the next chunk
            const startLine = this.line;
            this.line += parsed.newlines;
            this.emit(parsed.fields, startLine);
            if (parsed.bad)
                this.sink.malformed({ line: startLine, message: parsed.bad });
            pos = parsed.next;
        }
        this.pending = pos >= text.length ? '' : text.slice(pos);
    }
    /** A row holding quotes, from `start`; undefined when it runs past the text and more may come. */
    parseQuotedRow(text, start, final) {
        const delimiter = this.options.delimiter;
        const fields = [];
        let pos = start;
        let newlines = 0;
        let bad;
        for (;;) {
            if (text[pos] === csv_QUOTE) {
                let value = '';
                let from = pos + 1;
                for (;;) {
                    const close = text.indexOf(csv_QUOTE, from);
                    if (close === -1) {
                        if (!final)
                            return undefined;
                        value += text.slice(from);
                        newlines += countNewlines(text, from, text.length);
                        bad ??= `a quoted field is never closed (it runs to the end of the file)`;
                        fields.push(value);
                        return { fields, next: text.length, newlines: newlines + 1, bad };
                    }
                    newlines += countNewlines(text, from, close);
                    value += text.slice(from, close);
                    if (text[close + 1] === csv_QUOTE) {
                        value += csv_QUOTE;
                        from = close + 2;
                        continue;
                    }
                    pos = close + 1;
                    break;
                }
                if (pos === text.length && !final)
                    return undefined; // the row may go on in the next chunk
                // After a closing quote only a delimiter or the end of the row may follow.
                const after = text[pos];
                if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
                    bad ??= `unexpected text after a closing quote in column ${fields.length + 1}`;
                    const stop = findFieldEnd(text, pos, delimiter);
                    value += text.slice(pos, stop);
                    pos = stop;
                }
                fields.push(value);
            }
            else {
                const stop = findFieldEnd(text, pos, delimiter);
                if (stop === text.length && !final)
                    return undefined;
                fields.push(text.slice(pos, stop));
                pos = stop;
            }
            const c = text[pos];
            if (c === delimiter) {
                pos++;
                continue;
            }
            if (c === '\r' && text[pos + 1] === '\n')
                pos++;
            if (c === '\r' && pos + 1 >= text.length && !final)
                return undefined;
            return { fields, next: pos + 1, newlines: newlines + 1, bad };
        }
    }
    emit(fields, line) {
        if (this.stopped)
            return;
        if (this.sawNul && fields.some((f) => f.includes('\0'))) {
            // A NUL byte is no character of a text table: a binary file, or UTF-16 text read as UTF-8.
            const what = this.headerSeen ? 'this row (left out)' : 'the header (reading stopped)';
            this.sink.malformed({ line, message: `NUL bytes in ${what}: not a UTF-8 text file (binary, or saved as UTF-16?)` });
            this.stopped ||= !this.headerSeen;
            return;
        }
        if (this.invalidUtf8 && fields.some((f) => f.includes('\uFFFD'))) {
            this.sink.malformed({ line, message: 'invalid UTF-8 bytes in this row (shown as U+FFFD); re-save the file as UTF-8' });
        }
        if (!this.headerSeen) {
            if (fields.length === 1 && fields[0] === '')
                return; // blank lines before the header
            this.headerSeen = true;
            this.columns = fields.length;
            this.header(fields, line);
            return;
        }
        if (fields.length === 1 && fields[0] === '' && this.columns > 1)
            return; // blank line
        if (fields.length !== this.columns) {
            this.sink.malformed({ line, message: `expected ${this.columns} fields as in the header, found ${fields.length}` });
            return;
        }
        this.sink.row(fields, line);
    }
    /**
     * Hands the header on with every column named once (renamed columns are findings at its line); a
   * header wider than maxColumns is a finding and stops the reading. Returns the names, or undefined then.
   */
    header(fields, line) {
        const max = this.options.maxColumns ?? table/* DEFAULT_MAX_COLUMNS */.jk;
        if (fields.length > max) {
            this.sink.malformed({ line, message: `the header has ${fields.length} columns, more than max-columns (${max}); reading stopped (raise max-columns to read this file)` });
            this.stopped = true;
            return undefined;
        }
        const names = uniqueNames(fields, (message) => this.sink.malformed({ line, message }));
        this.sink.header(names, line);
        return names;
    }
}
/**
 * Header names made unique and non-empty, as a table needs them: an empty name becomes unnamed_<column>,
 * a repeated one <name>.1, <name>.2 … (pandas' convention), never a name the header has. `report` hears each.
 */
function uniqueNames(fields, report) {
    const used = new Set(fields);
    const seen = new Set();
    return fields.map((field, c) => {
        if (field !== '' && !seen.has(field)) {
            seen.add(field);
            return field;
        }
        const base = field === '' ? `unnamed_${c + 1}` : field;
        let name = field === '' ? base : `${base}.1`;
        for (let k = 2; used.has(name); k++)
            name = `${base}.${k}`;
        used.add(name);
        report?.(field === '' ? `column ${c + 1} has no name in the header; it is read as "${name}"` : `the header names "${field}" more than once; column ${c + 1} is read as "${name}"`);
        return name;
    });
}
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function findFieldEnd(text, from, delimiter) {
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === delimiter || c === '\n' || c === '\r')
            return i;
    }
    return text.length;
}


/***/ }),

/***/ 95373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ EMPTY_I32),
/* harmony export */   Hz: () => (/* binding */ EMPTY_F64),
/* harmony export */   ME: () => (/* binding */ EMPTY_U8),
/* harmony export */   Yo: () => (/* binding */ detach),
/* harmony export */   _r: () => (/* binding */ release),
/* harmony export */   gT: () => (/* binding */ grown),
/* harmony export */   h: () => (/* binding */ EMPTY_U16)
/* harmony export */ });
/* unused harmony export EMPTY_I8 */
// Arrays that grow with the data. A wide table has a profile, a dictionary and sketches per column:
// each starts as a shared empty array (a typed array costs an allocation and counts towards the
// collector's external memory, so 10,000 columns × a few of them is felt) and grows when values come.
const EMPTY_F64 = new Float64Array(0);
const EMPTY_I32 = new Int32Array(0);
const EMPTY_U16 = new Uint16Array(0);
const EMPTY_U8 = new Uint8Array(0);
const EMPTY_I8 = new Int8Array(0);
/** Arrays smaller than this are left to the collector: giving one back costs an object of its own. */
const RELEASED_BYTES = 4096;
/** ArrayBuffer.prototype.transfer: Node 21 and later; on Node 20 (which the CLI supports) the collector frees the memory. */
const transfer = ArrayBuffer.prototype.transfer;
/** Frees a buffer's memory now by detaching it (every view of it reads as empty after). */
function detach(buffer) {
    transfer?.call(buffer, 0);
}
/**
 * Gives an array's memory back now, detaching its buffer, instead of at the garbage collection that would
 * free it. For arrays held only by their owner and replaced or done with: one that outlived the young
 * generation (a sketch's, kept for the whole read of a part) would wait for a full collection, which V8
 * makes rarely, so that the memory of a long read grew with its rows. Views of part of a buffer, and
 * small arrays (a wide table's columns have thousands: see RELEASED_BYTES), are left.
 */
function release(array) {
    const { buffer } = array;
    if (array.byteLength >= RELEASED_BYTES && array.byteOffset === 0 && array.byteLength === buffer.byteLength && buffer instanceof ArrayBuffer)
        detach(buffer);
}
/** A copy of `array` with room for `length` items. */
function grown(array, length) {
    const out = new array.constructor(length);
    out.set(array);
    return out;
}


/***/ }),

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ Interner),
/* harmony export */   S: () => (/* binding */ MAX_ENTRIES)
/* harmony export */ });
/* harmony import */ var _growable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95373);
// A dictionary of field bytes that repeat: a column's few distinct values (codes, categories, small
// integers) are decoded once and numbered, so millions of fields make neither millions of short-lived
// strings nor millions of lookups by string (the profile counts by number). Bounded: past MAX_ENTRIES
// values are decoded every time. Its tables start empty and grow with the entries: a table of
// 10,000 columns has 10,000 of them, most holding a few values (a numeric column often none: the
// profile counts numbers by value).

const MAX_ENTRIES = 4096;
/** Longer values are decoded every time: they are rarely repeated and would fill the pool. */
const MAX_BYTES = 64;
/** Slots at most: twice MAX_ENTRIES, so probes stay short. */
const MAX_SLOT_BITS = 13;
const FIRST_SLOT_BITS = 6;
class Interner {
    bits = 0;
    /** Open addressing: entry index + 1 per slot, 0 for an empty slot; at most half full. */
    slots = _growable_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_I32 */ .Dq;
    /** Per entry: its FNV-1a hash, or for a short value its packed bytes. */
    hashes = _growable_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_I32 */ .Dq;
    /** Entry i's bytes are pool[offsets[i], offsets[i + 1]). */
    offsets = _growable_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_I32 */ .Dq;
    pool = _growable_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_U8 */ .ME;
    strings = [];
    /** The UTF-8 text of bytes[start, end). */
    text(bytes, start, end) {
        const code = this.code(bytes, start, end);
        return code >= 0 ? this.strings[code] : bytes.toString('utf8', start, end);
    }
    /** The entry of bytes[start, end), added if there is room; -1 for a long value or a full table. */
    code(bytes, start, end) {
        const length = end - start;
        if (length > MAX_BYTES)
            return -1;
        if (this.slots.length === 0)
            this.grow();
        const short = length <= 4;
        const key = short ? packed(bytes, start, end) : fnv(bytes, start, end);
        const mask = this.slots.length - 1;
        let slot = this.slotOf(key, short);
        for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
            if (this.hashes[entry - 1] === key && (short ? this.offsets[entry] - this.offsets[entry - 1] === length : this.equals(entry - 1, bytes, start, length)))
                return entry - 1;
            slot = (slot + 1) & mask;
        }
        if (this.strings.length === MAX_ENTRIES)
            return -1;
        if (2 * (this.strings.length + 1) > this.slots.length) {
            this.grow();
            return this.code(bytes, start, end);
        }
        this.add(slot, key, bytes, start, end);
        return this.strings.length - 1;
    }
    /** The text of an entry. */
    textOf(code) {
        return this.strings[code];
    }
    /**
     * Values of at most 4 bytes (codes, flags, small numbers: most repeated values) are their own key,
     * hashed by one multiplication; longer ones by their FNV-1a hash.
     */
    slotOf(key, short) {
        return short ? Math.imul(key, 0x9e3779b1) >>> (32 - this.bits) : key & (this.slots.length - 1);
    }
    equals(id, bytes, start, length) {
        const from = this.offsets[id];
        if (this.offsets[id + 1] - from !== length)
            return false;
        for (let i = 0; i < length; i++)
            if (this.pool[from + i] !== bytes[start + i])
                return false;
        return true;
    }
    /** Makes the first slots, or quadruples them (and the entry arrays; few steps, few arrays to collect), and places every entry again. */
    grow() {
        this.bits = this.bits === 0 ? FIRST_SLOT_BITS : Math.min(MAX_SLOT_BITS, this.bits + 2);
        const capacity = 1 << (this.bits - 1);
        this.slots = new Int32Array(1 << this.bits);
        this.hashes = (0,_growable_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.hashes, capacity);
        this.offsets = (0,_growable_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.offsets, capacity + 1);
        const mask = this.slots.length - 1;
        for (let id = 0; id < this.strings.length; id++) {
            let slot = this.slotOf(this.hashes[id], this.offsets[id + 1] - this.offsets[id] <= 4);
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & mask;
            this.slots[slot] = id + 1;
        }
    }
    add(slot, key, bytes, start, end) {
        const id = this.strings.length;
        const from = this.offsets[id];
        if (from + end - start > this.pool.length)
            this.pool = (0,_growable_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.pool, Math.max(64, 2 * this.pool.length, from + end - start));
        this.pool.set(bytes.subarray(start, end), from);
        this.offsets[id + 1] = from + end - start;
        this.hashes[id] = key;
        this.slots[slot] = id + 1;
        this.strings.push(bytes.toString('utf8', start, end));
    }
}
/** The bytes packed into an int, with the length apart ("\0A" is not "A"). */
function packed(bytes, start, end) {
    let key = 0;
    for (let i = start; i < end; i++)
        key = (key << 8) | bytes[i];
    return key ^ ((end - start) << 29);
}
function fnv(bytes, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    return h;
}


/***/ }),

/***/ 44079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ planRowGroups),
  G: () => (/* binding */ readParquetColumns)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/data/parquet-codecs.ts
// Page decompression. ZSTD, GZIP and Brotli are Node's own (native zlib, several times faster than
// the JavaScript decoders); Snappy and LZ4 are small block formats decoded here. A page's declared
// size is never allocated on trust: the native decoders stop at it and allocate as output appears,
// and the block decoders first check it against what their input can expand to.

/** Most bytes a native decoder's first output buffer takes before any output exists. */
const FIRST_CHUNK = 1 << 20;
/**
 * Codecs this Node lacks, with what to do: zlib has zstd from Node 22.15 (and 23.8), and the CLI also runs
 * on Node 20. Empty on the actions' Node 24.
 */
const CODECS_LACKING = new Map("zstdDecompressSync" in (external_node_zlib_default()) ? [] : [['ZSTD', `ZSTD needs Node 22.15 or later, with zstd in its zlib (this is Node ${process.versions.node}): run on a newer Node, or write the file with Snappy or GZIP`]]);
function decompress(codec, input, size) {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    let output;
    switch (codec) {
        case 'UNCOMPRESSED':
            output = bytes;
            break;
        case 'ZSTD':
            output = parquet_codecs_native(() => external_node_zlib_default().zstdDecompressSync(bytes, limits(size)), size);
            break;
        case 'GZIP':
            output = parquet_codecs_native(() => external_node_zlib_default().unzipSync(bytes, limits(size)), size);
            break;
        case 'BROTLI':
            output = parquet_codecs_native(() => external_node_zlib_default().brotliDecompressSync(bytes, limits(size)), size);
            break;
        case 'SNAPPY':
            output = snappy(bytes, size);
            break;
        case 'LZ4_RAW':
            output = outputFor(bytes, size, 256, 'LZ4');
            lz4Block(bytes, output, 0, size);
            break;
        case 'LZ4':
            output = hadoopLz4(bytes, size);
            break;
        default:
            throw new Error(`the ${codec} codec is not supported (use ZSTD, Snappy, GZIP, Brotli, LZ4_RAW or none)`);
    }
    if (output.length !== size)
        throw new Error(`the page decompresses to ${output.length} bytes where its header says ${size} (corrupt)`);
    return output;
}
// A chunk one byte larger than the page: output that filled it exactly would make Node allocate a next
// chunk, unused, for every page.
const limits = (size) => ({ maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, Math.min(size + 1, FIRST_CHUNK)) });
function parquet_codecs_native(run, size) {
    if (size === 0)
        return Buffer.alloc(0);
    try {
        return run();
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
            throw new Error(`the page decompresses to more than the ${size} bytes its header says (corrupt)`);
        throw new Error(`the compressed page is corrupt (${error.message})`);
    }
}
/** Checks a declared size against the most a block format can expand `input` to, before allocating it. */
function outputFor(input, size, ratio, codec) {
    if (size > input.length * ratio + 64)
        throw new Error(`the page's header says ${size} bytes, more than ${input.length} bytes of ${codec} can hold (corrupt)`);
    return Buffer.allocUnsafe(size);
}
const corrupt = (codec) => new Error(`the ${codec} data of the page is corrupt`);
/** Snappy's block format (github.com/google/snappy, format_description.txt). A copy of 64 bytes takes at least 3. */
function snappy(input, size) {
    let ip = 0;
    let length = 0;
    for (let shift = 0;; shift += 7) {
        if (ip >= input.length || shift > 28)
            throw corrupt('Snappy');
        const b = input[ip++];
        length += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0)
            break;
    }
    if (length !== size)
        throw new Error(`the page's Snappy data holds ${length} bytes where its header says ${size} (corrupt)`);
    const out = outputFor(input, size, 22, 'Snappy');
    let op = 0;
    while (ip < input.length) {
        const tag = input[ip++];
        const type = tag & 3;
        if (type === 0) {
            let n = tag >> 2;
            if (n >= 60) {
                const extra = n - 59;
                if (ip + extra > input.length)
                    throw corrupt('Snappy');
                n = 0;
                for (let k = 0; k < extra; k++)
                    n += input[ip + k] * 2 ** (8 * k);
                ip += extra;
            }
            n += 1;
            if (ip + n > input.length || op + n > size)
                throw corrupt('Snappy');
            input.copy(out, op, ip, ip + n);
            ip += n;
            op += n;
            continue;
        }
        let n;
        let offset;
        if (type === 1) {
            if (ip >= input.length)
                throw corrupt('Snappy');
            n = ((tag >> 2) & 7) + 4;
            offset = ((tag >> 5) << 8) | input[ip++];
        }
        else if (type === 2) {
            if (ip + 2 > input.length)
                throw corrupt('Snappy');
            n = (tag >> 2) + 1;
            offset = input[ip] | (input[ip + 1] << 8);
            ip += 2;
        }
        else {
            if (ip + 4 > input.length)
                throw corrupt('Snappy');
            n = (tag >> 2) + 1;
            offset = input.readUInt32LE(ip);
            ip += 4;
        }
        if (offset === 0 || offset > op || op + n > size)
            throw corrupt('Snappy');
        copyMatch(out, op, offset, n);
        op += n;
    }
    if (op !== size)
        throw corrupt('Snappy');
    return out;
}
/** LZ4's block format (github.com/lz4/lz4, lz4_Block_format.md) into out[at, at + size). A byte of match length adds at most 255. */
function lz4Block(input, out, at, size) {
    let ip = 0;
    let op = at;
    const end = at + size;
    while (ip < input.length) {
        const token = input[ip++];
        let literals = token >> 4;
        if (literals === 15) {
            for (let b = 255; b === 255; literals += b) {
                if (ip >= input.length)
                    throw corrupt('LZ4');
                b = input[ip++];
            }
        }
        if (ip + literals > input.length || op + literals > end)
            throw corrupt('LZ4');
        input.copy(out, op, ip, ip + literals);
        ip += literals;
        op += literals;
        if (ip === input.length)
            break; // the last sequence has literals only
        if (ip + 2 > input.length)
            throw corrupt('LZ4');
        const offset = input[ip] | (input[ip + 1] << 8);
        ip += 2;
        let n = (token & 15) + 4;
        if ((token & 15) === 15) {
            for (let b = 255; b === 255; n += b) {
                if (ip >= input.length)
                    throw corrupt('LZ4');
                b = input[ip++];
            }
        }
        if (offset === 0 || offset > op - at || op + n > end)
            throw corrupt('LZ4');
        copyMatch(out, op, offset, n);
        op += n;
    }
    if (op !== end)
        throw corrupt('LZ4');
}
/** The deprecated LZ4 codec as Hadoop frames it: blocks each led by their big-endian sizes. */
function hadoopLz4(input, size) {
    const out = outputFor(input, size, 256, 'LZ4');
    let ip = 0;
    let op = 0;
    while (ip + 8 <= input.length) {
        const raw = input.readUInt32BE(ip);
        const packed = input.readUInt32BE(ip + 4);
        ip += 8;
        if (ip + packed > input.length || op + raw > size)
            throw corrupt('LZ4');
        lz4Block(input.subarray(ip, ip + packed), out, op, raw);
        ip += packed;
        op += raw;
    }
    if (ip !== input.length || op !== size)
        throw corrupt('LZ4');
    return out;
}
/** Copies n bytes from `offset` back; the source may overlap what is being written (a repeat). */
function copyMatch(out, op, offset, n) {
    const from = op - offset;
    if (offset >= n)
        out.copy(out, op, from, from + n);
    else
        for (let k = 0; k < n; k++)
            out[op + k] = out[from + k];
}

// EXTERNAL MODULE: ./src/data/values.ts
var values = __webpack_require__(62884);
;// CONCATENATED MODULE: ./src/data/parquet-convert.ts

const TWO_32 = 4294967296;
/** Instants a Date can hold (±10^8 days). */
const MAX_MS = 8.64e15;
const BOOLEAN_TEXT = Buffer.from('falsetrue');
class Converter {
    logical;
    physical;
    strings;
    // Scratch for the physical values, grown to the most asked for (a dictionary's entries).
    raw = new Float64Array(0);
    rawStarts = new Int32Array(0);
    rawEnds = new Int32Array(0);
    /** 64-bit values beyond 2^53 in the last call: their positions and exact texts. */
    wideAt = [];
    wideText = [];
    scale;
    booleanCodes;
    constructor(logical, physical, 
    /** The column's dictionary of texts (made when first needed). */
    strings) {
        this.logical = logical;
        this.physical = physical;
        this.strings = strings;
        this.scale = logical.kind === 'decimal' ? 10 ** logical.scale : 1;
    }
    /**
     * The next `present` values of the stream into target's rows `at` (undefined: rows 0, 1, …). Returns
     * the bytes their texts lie in (text and booleans), which target's starts and ends point into.
     */
    convert(values, present, at, target) {
        if (this.raw.length < present)
            [this.raw, this.rawStarts, this.rawEnds] = [new Float64Array(present), new Int32Array(present), new Int32Array(present)];
        const { logical } = this;
        if (logical.kind === 'text' || (logical.kind === 'decimal' && this.physical.type.endsWith('BYTE_ARRAY'))) {
            const bytes = values.bytes(this.rawStarts, this.rawEnds, present);
            if (logical.kind === 'decimal') {
                this.bigDecimals(bytes, present, at, target, logical.scale);
                return undefined;
            }
            this.texts(bytes, present, at, target);
            return bytes;
        }
        this.wideAt.length = 0;
        this.wideText.length = 0;
        values.numbers(this.raw, present, (j, hi, lo) => this.wide(j, hi, lo));
        this.numbers(present, at, target);
        if (logical.kind !== 'boolean')
            return undefined;
        // Booleans are the texts "false" and "true", numbered once, so that they are profiled per code.
        const strings = this.strings();
        const codes = (this.booleanCodes ??= Int32Array.of(strings.code(BOOLEAN_TEXT, 0, 5), strings.code(BOOLEAN_TEXT, 5, 9)));
        for (let j = 0; j < present; j++) {
            const i = at ? at[j] : j;
            const b = target.numbers[i];
            target.starts[i] = b * 5;
            target.ends[i] = 5 + b * 4;
            target.codes[i] = codes[b];
        }
        return BOOLEAN_TEXT;
    }
    /** The text of value i of target, from its kind and number (the arrays are read when called). */
    formatter(target) {
        switch (this.logical.kind) {
            case 'decimal': {
                const scale = this.logical.scale;
                // Exact where the value was (below 2^51 and 22 digits: convert() made the others' texts).
                return (i) => decimalText(Math.round(target.numbers[i] * this.scale), scale);
            }
            case 'date':
            case 'timestamp':
                return (i) => {
                    const iso = new Date(target.numbers[i]).toISOString();
                    return target.kinds[i] === values/* Kind */.b8.date ? iso.slice(0, 10) : iso;
                };
            case 'boolean':
                return (i) => (target.numbers[i] ? 'true' : 'false');
            default:
                return (i) => String(target.numbers[i]);
        }
    }
    /** A 64-bit value beyond 2^53: its exact text (integers, decimals) or exact instant, set after conversion. */
    wide(j, hi, lo) {
        const logical = this.logical;
        this.wideAt.push(j);
        if (logical.kind === 'timestamp') {
            // Nanoseconds since 1970 are all beyond 2^53: the milliseconds are worked out exactly from the halves.
            const d = logical.perMs;
            const whole = Math.floor(TWO_32 / d);
            this.raw[j] = hi * whole + Math.floor((hi * (TWO_32 - whole * d) + lo) / d);
            this.wideText.push('');
            return;
        }
        const exact = BigInt(hi) * BigInt(TWO_32) + BigInt(lo);
        this.wideText.push(logical.kind === 'decimal' ? decimalText(exact, logical.scale) : exact.toString());
    }
    numbers(present, at, target) {
        const { raw, logical } = this;
        const { kinds, numbers, texts } = target;
        switch (logical.kind) {
            case 'integer':
                for (let j = 0; j < present; j++) {
                    const i = at ? at[j] : j;
                    kinds[i] = values/* Kind */.b8.integer;
                    numbers[i] = raw[j];
                }
                break;
            case 'float':
                for (let j = 0; j < present; j++) {
                    const i = at ? at[j] : j;
                    const x = raw[j];
                    kinds[i] = Number.isInteger(x) ? values/* Kind */.b8.integer : values/* Kind */.b8.number;
                    numbers[i] = x;
                }
                break;
            case 'boolean':
                for (let j = 0; j < present; j++) {
                    const i = at ? at[j] : j;
                    kinds[i] = values/* Kind */.b8.boolean;
                    numbers[i] = raw[j];
                }
                break;
            case 'decimal': {
                const kind = logical.scale > 0 ? values/* Kind */.b8.number : values/* Kind */.b8.integer;
                const exact = logical.scale <= 22;
                for (let j = 0; j < present; j++) {
                    const i = at ? at[j] : j;
                    kinds[i] = kind;
                    const u = raw[j];
                    numbers[i] = exact ? u / this.scale : Number(decimalText(u, logical.scale));
                    if (!exact || Math.abs(u) >= 2 ** 51)
                        texts[i] = decimalText(u, logical.scale);
                }
                break;
            }
            case 'date':
                for (let j = 0; j < present; j++)
                    instant(target, at ? at[j] : j, raw[j] * 86_400_000, values/* Kind */.b8.date);
                break;
            case 'timestamp': {
                const perMs = logical.perMs;
                for (let j = 0; j < present; j++)
                    instant(target, at ? at[j] : j, Math.floor(raw[j] / perMs), values/* Kind */.b8.datetime);
                break;
            }
        }
        const { wideAt, wideText } = this;
        for (let w = 0; w < wideAt.length; w++) {
            const j = wideAt[w];
            const i = at ? at[j] : j;
            if (logical.kind === 'timestamp')
                instant(target, i, raw[j], values/* Kind */.b8.datetime);
            else {
                texts[i] = wideText[w];
                if (logical.kind === 'decimal')
                    numbers[i] = Number(wideText[w]);
            }
        }
    }
    /** Byte arrays of text: strings, or ISO dates and datetimes (as typed JSON strings are). */
    texts(bytes, present, at, target) {
        const { kinds, numbers, starts, ends, codes } = target;
        const { rawStarts, rawEnds } = this;
        for (let j = 0; j < present; j++) {
            const i = at ? at[j] : j;
            const s = rawStarts[j];
            const e = rawEnds[j];
            starts[i] = s;
            ends[i] = e;
            codes[i] = values/* NO_CODE_YET */.Vv;
            const n = e - s;
            const t = n === 10 || n >= 16 ? (0,values/* parseIsoTimeBytes */.X8)(bytes, s, e) : NaN;
            if (t === t) {
                kinds[i] = n === 10 ? values/* Kind */.b8.date : values/* Kind */.b8.datetime;
                numbers[i] = t;
            }
            else {
                kinds[i] = values/* Kind */.b8.string;
                numbers[i] = NaN;
            }
        }
    }
    /** DECIMAL in big-endian two's complement bytes (FIXED_LEN_BYTE_ARRAY, BYTE_ARRAY). */
    bigDecimals(bytes, present, at, target, scale) {
        for (let j = 0; j < present; j++) {
            const i = at ? at[j] : j;
            const u = unscaled(bytes, this.rawStarts[j], this.rawEnds[j]);
            target.kinds[i] = scale > 0 ? values/* Kind */.b8.number : values/* Kind */.b8.integer;
            if (typeof u === 'number' && scale <= 22) {
                target.numbers[i] = u / this.scale;
                if (Math.abs(u) >= 2 ** 51)
                    target.texts[i] = decimalText(u, scale);
            }
            else {
                const text = decimalText(u, scale);
                target.texts[i] = text;
                target.numbers[i] = Number(text);
            }
        }
    }
}
/** An instant, or (beyond what a Date holds) a string saying so. */
function instant(target, i, ms, kind) {
    if (Math.abs(ms) <= MAX_MS) {
        target.kinds[i] = kind;
        target.numbers[i] = ms;
    }
    else {
        target.kinds[i] = values/* Kind */.b8.string;
        target.numbers[i] = NaN;
        target.texts[i] = `${ms} ms since 1970 (out of range)`;
    }
}
/** The unscaled value of a big-endian two's complement integer: a number while exact, else a bigint. */
function unscaled(bytes, s, e) {
    const n = e - s;
    if (n === 0)
        return 0;
    // Leading bytes that only extend the sign leave at most 6 bytes (48 bits): exact as a number.
    const fill = bytes[s] & 0x80 ? 0xff : 0;
    let first = s;
    while (first < e - 6 && bytes[first] === fill)
        first++;
    if (e - first <= 6 && (bytes[first] & 0x80) === (fill & 0x80))
        return bytes.readIntBE(first, e - first);
    let value = 0n;
    for (let k = s; k < e; k++)
        value = (value << 8n) | BigInt(bytes[k]);
    return fill ? value - (1n << BigInt(8 * n)) : value;
}
/** An unscaled decimal as text with `scale` digits after the point, as a CSV writer writes it. */
function decimalText(unscaledValue, scale) {
    const negative = unscaledValue < 0;
    let digits = (negative ? -unscaledValue : unscaledValue).toString();
    if (scale > 0) {
        digits = digits.padStart(scale + 1, '0');
        digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    }
    return negative ? `-${digits}` : digits;
}

;// CONCATENATED MODULE: ./src/data/parquet.wasm.ts
// Generated by npm run wasm from assembly/parquet.ts (AssemblyScript 0.28.20, --enable simd -O3 --runtime stub --noAssert --initialMemory 1 --use abort=): do not edit.
const PARQUET_WASM = 'AGFzbQEAAAABEwNgA39/fwF/YAF/AX9gAn9/AX8DBgUBAAACAAUDAQABBgYBfwFBAAsHJwQGbGV2ZWxzAAIGZ2F0aGVyAAMIZGlz' +
    'dGluY3QABAZtZW1vcnkCAAqdFgXNAgIDfgd/IAAoAgAhBCAAKAIEIQggACgCCCEJA0BBACEHQQAhBgNAIAZBHEsgBCAITnIEQEEA' +
    'DwsgBC0AACEKIARBAWohBCAHIApB/wBxIAZ0ciEHIApBgAFxBEAgBkEHaiEGDAELCyAHQQFNDQALIAdBAXEEQCAHQQF2rSICQgOG' +
    'IQEgCUEASgRAIAEgCCAEa6xCA4YgCax/IgMgASADUxshAQsgAVAEQEEADwsgAEEBNgIQIAAgBEEDdDYCGCAAIAE+AgwgACAIrEIB' +
    'fCIBIASsIAIgCax+fCICIAEgAlMbPgIAQQEPCyAJQQdqQQN1IgkgBGogCEoEQEEADwtBACEGA0AgBSAJSARAIAYgBCAFai0AACAF' +
    'QQN0dHIhBiAFQQFqIQUMAQsLIABBADYCECAAIAY2AhQgACAHQQF2NgIMIAAgBCAJajYCAEEBC+cBAgZ/AX5CASAAKAIIIgishkIB' +
    'fSEJA0AgAiAESgRAIAAoAgwEf0EBBSAAEAALRQRAQQAPCyACIARrIgMgACgCDCIHIAMgB0gbIQYgACgCEARAIAAoAhghBSAEIQMD' +
    'QCADIAQgBmpIBEAgASADQQJ0aiAFQQN2KQMAIAVBB3GtiCAJgz4CACAFIAhqIQUgA0EBaiEDDAELCyAAIAU2AhgFIAAoAhQhBSAE' +
    'IQMDQCADIAQgBmpIBEAgASADQQJ0aiAFNgIAIANBAWohAwwBCwsLIAAgByAGazYCDCAEIAZqIQQMAQsLQQEL+wEBB38gAEFAayIF' +
    'KAIMBH9BAQUgBRAAC0UEQEF/DwsgBSgCEAR/QQAFIAUoAhQgAkYLBH8gBSgCDCABTgVBAAsEQCAFIAUoAgwgAWs2AgwgAEEBNgI4' +
    'IAEPCyAFIAAoAhgiBSABEAFFBEBBfw8LIAAoAhQhBiAAKAIAIQcgACgCBCEIA0AgASADSgRAIAUgA0ECdGooAgAiCSACRgRAIAYg' +
    'BEECdGogAzYCACAEQQFqIQQFIAlBAEggAiAJSHIEQEF+DwUgAyAHakEAOgAAIAggA0EDdGpEAAAAAAAA+H85AwALCyADQQFqIQMM' +
    'AQsLIAAgASAERjYCOCAEC7gGARB/IAAoAhghAiAAKAI4QQFGIgMgACgCNEEBRiIEcQRAIAAoAjAhAyAAKAIUGiAAKAIAIQQgACgC' +
    'BCEFIAAoAgghBiAAKAIMIQcgACgCECEIIAAoAhwhCSAAKAIgIQogACgCJCELIAAoAighDCAAKAIsIQ1BACEAAn8DQCAAIAFIBEBB' +
    'fSADIAIgAEECdCIOaigCACIPTQ0CGiAAIARqIAkgD2otAAA6AAAgBSAAQQN0aiAKIA9BA3RqKwMAOQMAIAYgDmogCyAPQQJ0Ig9q' +
    'KAIANgIAIAcgDmogDCAPaigCADYCACAIIA5qIA0gD2ooAgA2AgAgAEEBaiEADAELC0EACw8LIAQEQCAAKAIwIQUgACgCFCEGIAAo' +
    'AgAhByAAKAIEIQggACgCCCEJIAAoAgwhCiAAKAIQIQsgACgCHCEMIAAoAiAhDSAAKAIkIQ4gACgCKCEPIAAoAiwhEEEAIQACfwNA' +
    'IAAgAUgEQEF9IAUgAiAAQQJ0IgRqKAIAIgNNDQIaIAQgBmooAgAiEUECdCEEIAcgEWogAyAMai0AADoAACAIIBFBA3RqIA0gA0ED' +
    'dGorAwA5AwAgBCAJaiAOIANBAnQiA2ooAgA2AgAgBCAKaiADIA9qKAIANgIAIAQgC2ogAyAQaigCADYCACAAQQFqIQAMAQsLQQAL' +
    'DwsgAwRAIAAoAjAhAyAAKAIUGiAAKAIAIQQgACgCBCEFIAAoAhAhBiAAKAIcIQcgACgCICEIQQAhAAJ/A0AgACABSARAQX0gAyAC' +
    'IABBAnQiCWooAgAiCk0NAhogACAEaiAHIApqLQAAOgAAIAUgAEEDdGogCCAKQQN0aisDADkDACAGIAlqIAo2AgAgAEEBaiEADAEL' +
    'C0EACw8LIAAoAjAhAyAAKAIUIQQgACgCACEFIAAoAgQhBiAAKAIQIQcgACgCHCEIIAAoAiAhCUEAIQACfwNAIAAgAUgEQEF9IAMg' +
    'AiAAQQJ0IgpqKAIAIgtNDQIaIAUgBCAKaigCACIKaiAIIAtqLQAAOgAAIAYgCkEDdGogCSALQQN0aisDADkDACAHIApBAnRqIAs2' +
    'AgAgAEEBaiEADAELC0EACwurCQIRfwF+IAAoAhghCiAAKAKAASEIIAAoAoQBIQcgACgCiAEhCyAAKAKMASEMIAAoApABIQ0gACgC' +
    'MCEOQQAkAAJ/AkAgACgCOEEBRgRAQgEgAEHgAGoiDygCCCIQrIZCAX0hFEEAIQIDQCABIAJKBEBBfyAPKAIMBH9BAQUgDxAAC0UN' +
    'BBogASACayIDIA8oAgwiESADIBFIGyESIA8oAhAEQCAPKAIYIQQgAiEDA0AgAyACIBJqSARAIARBA3YpAwAgBEEHca2IIBSDpyEG' +
    'IAQgEGohBCAGIA5PDQYgCCAGQQJ0aiIJKAIAQQFrIgVBAEgEQCMAIgVBAWoiEyQAIAkgEzYCACAFQQJ0IgkgB2ogBjYCACAJIAtq' +
    'QQA2AgAgCSAMaiADNgIACyALIAVBAnRqIgkgCSgCAEEBajYCACADQQJ0IgkgDWogBTYCACAJIApqIAY2AgAgA0EBaiEDDAELCyAP' +
    'IAQ2AhgFIA4gDygCFCIFTQ0EIAggBUECdGoiBCgCAEEBayIDQQBIBEAjACIDQQFqIgYkACAEIAY2AgAgA0ECdCIEIAdqIAU2AgAg' +
    'BCALakEANgIAIAQgDGogAjYCAAsgCyADIgRBAnRqIgMgAygCACASajYCACACIQMDQCADIAIgEmpIBEAgA0ECdCIGIA1qIAQ2AgAg' +
    'BiAKaiAFNgIAIANBAWohAwwBCwsLIA8gESASazYCDCACIBJqIQIMAQsLBSAAQeAAaiAKIAIQAUUEQEF/DwsgACgCFCEJQX8hAwNA' +
    'IAEgBUoEQCACIAZKBH8gCSAGQQJ0aigCACAFRgVBAAsEQCAKIAZBAnRqKAIAIQ8gBkEBaiEGIA4gD00NBCAIIA9BAnRqIhAoAgBB' +
    'AWsiBEEASARAIwAiBEEBaiIRJAAgECARNgIAIARBAnQiECAHaiAPNgIAIAsgEGpBADYCACAMIBBqIAU2AgALBSADQQBIBEAjACID' +
    'QQFqJAAgA0ECdCIEIAdqQX82AgAgBCALakEANgIAIAQgDGogBTYCAAsgAyEECyALIARBAnRqIg8gDygCAEEBajYCACANIAVBAnRq' +
    'IAQ2AgAgBUEBaiEFDAELCwsgACgCNEEBRiEBIAAoApQBIQIgACgCmAEhAyAAKAKcASEEIAAoAqABIQUgACgCpAEhBiAAKAIcIQkg' +
    'ACgCICEKIAAoAiQhCyAAKAIoIQwgACgCLCENQQAhAANAIAAjAEgEQAJAIAcgAEECdCIOaigCACIPQQBIBEAgACACakEAOgAAIAMg' +
    'AEEDdGpEAAAAAAAA+H85AwAgBiAOakF/NgIADAELIA9BAnQiECAIakEANgIAIAAgAmogCSAPai0AADoAACADIABBA3RqIAogD0ED' +
    'dGorAwA5AwAgAQRAIAQgDmogCyAQaigCADYCACAFIA5qIAwgEGooAgA2AgAgBiAOaiANIBBqKAIANgIABSAGIA5qIA82AgALCyAA' +
    'QQFqIQAMAQsLIwAPC0F9CyAAKAKAASECIAAoAoQBIQNBACEAA0AgACMASARAIAMgAEECdGooAgAiBEEATgRAIAIgBEECdGpBADYC' +
    'AAsgAEEBaiEADAELCws=';

;// CONCATENATED MODULE: ./src/data/parquet-kernel.ts
// Host of the Parquet kernel (assembly/parquet.ts): an instance per read under way (a thread keeps one for
// its next read), its memory shared by the columns read. Each column holds regions of it (its batch
// columns, dictionary, current page) that it reuses while they are large enough; growing the memory
// makes every view again (onGrow).

const PAGE = 65536;
/** A column's descriptor (see assembly/parquet.ts): i32 slots. */
const Slot = {
    outKinds: 0, outNumbers: 1, outStarts: 2, outEnds: 3, outCodes: 4, rows: 5, indices: 6,
    dKinds: 7, dNumbers: 8, dStarts: 9, dEnds: 10, dCodes: 11, dSize: 12, dTexts: 13, identity: 14,
    levels: 16, values: 24,
    dSlots: 32, uEntries: 33, uCounts: 34, uFirst: 35, uOf: 36, uKinds: 37, uNumbers: 38, uStarts: 39, uEnds: 40, uCodes: 41,
};
/** A stream's state, from its slot. */
const Stream = { pos: 0, end: 1, width: 2, left: 3 };
const DESCRIPTOR_BYTES = 192;
const ERRORS = {
    [-1]: 'the levels or dictionary indices end before the page\'s values (corrupt)',
    [-2]: 'a definition level above the column\'s maximum (corrupt)',
    [-3]: 'a dictionary index beyond the dictionary\'s entries (corrupt)',
};
let compiled;
class ParquetKernel {
    kernel;
    top = 8;
    listeners = [];
    constructor() {
        compiled ??= new WebAssembly.Module(Buffer.from(PARQUET_WASM, 'base64'));
        this.kernel = new WebAssembly.Instance(compiled).exports;
    }
    get buffer() {
        return this.kernel.memory.buffer;
    }
    /** Forgets every region and listener (the memory stays, for the next read to use). */
    reset() {
        this.top = 8;
        this.listeners.length = 0;
    }
    /** Called after the memory grows, when every view of it must be made again. */
    onGrow(listener) {
        this.listeners.push(listener);
    }
    /** A new region of `bytes` (8-aligned, with 8 readable bytes past it). */
    alloc(bytes) {
        const at = this.top;
        this.top = Math.ceil((at + bytes + 8) / 8) * 8;
        const have = this.kernel.memory.buffer.byteLength;
        if (this.top > have) {
            this.kernel.memory.grow(Math.ceil((Math.max(this.top, 2 * have) - have) / PAGE));
            for (const listener of this.listeners)
                listener();
        }
        return at;
    }
    /** See assembly/parquet.ts: the present values of the next n rows (or throws what is wrong). */
    levels(column, n, max) {
        return check(this.kernel.levels(column, n, max));
    }
    gather(column, present) {
        check(this.kernel.gather(column, present));
    }
    /** See assembly/parquet.ts: the batch's distinct entries (decoding its dictionary indices); returns how many. */
    distinct(column, n, present) {
        return check(this.kernel.distinct(column, n, present));
    }
}
function check(result) {
    if (result < 0)
        throw new Error(ERRORS[result] ?? `error ${result}`);
    return result;
}

// EXTERNAL MODULE: ./src/data/growable.ts
var growable = __webpack_require__(95373);
;// CONCATENATED MODULE: ./src/data/parquet-thrift.ts
// Thrift's compact protocol, as Parquet writes its page headers and footer: structs read into plain
// objects keyed by field id, or walked field by field, skipping what the reader does not use. Every
// length is checked against the bytes before anything is made from it, so a corrupt header is an
// error, never an allocation.
const STOP = 0;
const TRUE = 1;
const FALSE = 2;
const BYTE = 3;
const I16 = 4;
const I32 = 5;
const I64 = 6;
const DOUBLE = 7;
const BINARY = 8;
const LIST = 9;
const SET = 10;
const MAP = 11;
const STRUCT = 12;
/** Page headers nest three deep, a footer's statistics seven; anything deeper is not Parquet's. */
const MAX_DEPTH = 16;
class ThriftReader {
    bytes;
    pos;
    end;
    constructor(bytes, pos, end = bytes.length) {
        this.bytes = bytes;
        this.pos = pos;
        this.end = end;
    }
    /** A struct, from its first field header to its STOP. */
    struct(depth = 0) {
        if (depth > MAX_DEPTH)
            throw new Error('a Thrift struct nested too deeply');
        const out = {};
        let id = 0;
        for (;;) {
            const header = this.byte();
            const type = header & 0x0f;
            if (type === STOP)
                return out;
            const delta = header >> 4;
            id = delta !== 0 ? id + delta : this.zigzag();
            out[id] = this.value(type, depth);
        }
    }
    /**
     * Walks a struct's fields: `read` takes those it wants, reading each value with this reader, and
     * returns false for the rest, which are skipped without making anything of them.
     */
    fields(read, depth = 0) {
        if (depth > MAX_DEPTH)
            throw new Error('a Thrift struct nested too deeply');
        let id = 0;
        for (;;) {
            const header = this.byte();
            const type = header & 0x0f;
            if (type === STOP)
                return;
            const delta = header >> 4;
            id = delta !== 0 ? id + delta : this.zigzag();
            if (!read(id, type))
                this.skip(type, depth);
        }
    }
    /** A list's header: the number of its elements, which must be of `type`. */
    list(type) {
        const header = this.byte();
        const size = header >> 4 === 15 ? this.varint() : header >> 4;
        if (size > 0 && (header & 0x0f) !== type)
            throw new Error(`a Thrift list of type ${header & 0x0f} where ${type} belongs`);
        this.need(size); // every element takes at least a byte
        return size;
    }
    binary() {
        return this.value(BINARY, 0);
    }
    /** An integer field's value, of any width. */
    integer(type) {
        if (type === BYTE)
            return (this.byte() << 24) >> 24;
        if (type !== I16 && type !== I32 && type !== I64)
            throw new Error(`a Thrift field of type ${type} where an integer belongs`);
        return this.long();
    }
    /** A zigzag i64: a number where it is exact, else a bigint (a corrupt footer's, reported as it is). */
    long() {
        const start = this.pos;
        for (let i = 0; i < 7; i++)
            if ((this.byte() & 0x80) === 0)
                return ((this.pos = start), this.zigzag());
        this.pos = start;
        let z = 0n;
        for (let shift = 0n;; shift += 7n) {
            if (shift > 63n)
                throw new Error('a Thrift integer longer than 10 bytes');
            const b = this.byte();
            z |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return (z >> 1n) ^ -(z & 1n);
        }
    }
    /** Passes over a value of the type. */
    skip(type, depth) {
        switch (type) {
            case TRUE:
            case FALSE:
                return;
            case BYTE:
                this.need(1);
                this.pos++;
                return;
            case I16:
            case I32:
            case I64:
                while (this.byte() & 0x80)
                    ;
                return;
            case DOUBLE:
                this.need(8);
                this.pos += 8;
                return;
            case BINARY: {
                const length = this.varint();
                this.need(length);
                this.pos += length;
                return;
            }
            case LIST:
            case SET: {
                const header = this.byte();
                const size = header >> 4 === 15 ? this.varint() : header >> 4;
                const element = header & 0x0f;
                this.need(size);
                for (let i = 0; i < size; i++)
                    this.skipElement(element, depth);
                return;
            }
            case MAP: {
                const size = this.varint();
                if (size === 0)
                    return;
                const types = this.byte();
                this.need(size);
                for (let i = 0; i < size; i++) {
                    this.skipElement(types >> 4, depth);
                    this.skipElement(types & 0x0f, depth);
                }
                return;
            }
            case STRUCT:
                return this.fields(() => false, depth + 1);
            default:
                throw new Error(`an unknown Thrift type ${type}`);
        }
    }
    /** A collection's booleans take a byte each, where a struct's field holds its value in its type. */
    skipElement(type, depth) {
        this.skip(type === TRUE || type === FALSE ? BYTE : type, depth + 1);
    }
    value(type, depth) {
        switch (type) {
            case TRUE:
                return true;
            case FALSE:
                return false;
            case BYTE:
                return (this.byte() << 24) >> 24;
            case I16:
            case I32:
            case I64:
                return this.zigzag();
            case DOUBLE: {
                this.need(8);
                const value = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 8).getFloat64(0, true);
                this.pos += 8;
                return value;
            }
            case BINARY: {
                const length = this.varint();
                this.need(length);
                const value = this.bytes.subarray(this.pos, this.pos + length);
                this.pos += length;
                return value;
            }
            case LIST:
            case SET: {
                const header = this.byte();
                const size = header >> 4 === 15 ? this.varint() : header >> 4;
                const element = header & 0x0f;
                this.need(size); // every element takes at least a byte
                const list = [];
                for (let i = 0; i < size; i++)
                    list.push(element === TRUE || element === FALSE ? this.byte() === 1 : this.value(element, depth + 1));
                return list;
            }
            case STRUCT:
                return this.struct(depth + 1);
            default:
                throw new Error(`an unknown Thrift type ${type}`);
        }
    }
    byte() {
        if (this.pos >= this.end)
            throw new Error('a Thrift struct runs past its bytes');
        return this.bytes[this.pos++];
    }
    need(count) {
        if (count > this.end - this.pos)
            throw new Error(`a Thrift field of ${count} bytes runs past its bytes`);
    }
    /** An unsigned LEB128 varint, exact up to 2^53 (wider values are corrupt for Parquet's fields). */
    varint() {
        let value = 0;
        let scale = 1;
        for (let i = 0; i < 8; i++) {
            const b = this.byte();
            value += (b & 0x7f) * scale;
            if ((b & 0x80) === 0)
                return value;
            scale *= 128;
        }
        throw new Error('a Thrift integer longer than 8 bytes');
    }
    zigzag() {
        const z = this.varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    }
}

;// CONCATENATED MODULE: ./src/data/parquet-rle.ts
// Parquet's RLE / bit-packing hybrid, decoded as a stream (a batch asks for its values and the decoder
// keeps its place in the current run, so nothing is allocated from a count the file declares): for RLE
// booleans and for counting a v1 page's present values. Levels and dictionary indices, the hot ones,
// are decoded by the kernel (assembly/parquet.ts) with the same rules.
/** Value bits at bit offset `bit` of `bytes`, for widths up to 32 (the caller has checked the bytes exist). */
function bitsAt(bytes, bit, width) {
    const p = bit >>> 3;
    const shift = bit & 7;
    let v = (bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24)) >>> shift;
    if (shift + width > 32)
        v |= bytes[p + 4] << (32 - shift);
    return width === 32 ? v : v & ((1 << width) - 1);
}
/** An unsigned LEB128 varint below 2^32 at bytes[pos]: [value, next position]. */
function varint(bytes, pos, end) {
    let value = 0;
    for (let shift = 0; shift <= 28; shift += 7) {
        if (pos >= end)
            break;
        const b = bytes[pos++];
        value += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0)
            return [value, pos];
    }
    throw new Error('a run header runs past the end of its data (corrupt)');
}
class RleDecoder {
    bytes;
    pos;
    end;
    width;
    /** Values left in the current run. */
    left = 0;
    packed = false;
    /** The repeated value of an RLE run, or the bit offset of a bit-packed run's next value. */
    value = 0;
    bit = 0;
    constructor(bytes, pos, end, width) {
        this.bytes = bytes;
        this.pos = pos;
        this.end = end;
        this.width = width;
        if (width > 32)
            throw new Error(`a bit width of ${width} (corrupt)`);
    }
    /** Decodes the next n values into out[at, at + n). */
    read(out, at, n) {
        const { bytes, width } = this;
        while (n > 0) {
            if (this.left === 0)
                this.nextRun();
            const k = Math.min(n, this.left);
            if (!this.packed)
                out.fill(this.value, at, at + k);
            else if (width <= 24) {
                // Bytes in order into an accumulator: fewer loads than reading each value at its bit offset.
                let p = this.bit >>> 3;
                let have = 8 - (this.bit & 7);
                let acc = bytes[p++] >>> (this.bit & 7);
                const mask = (1 << width) - 1;
                for (let i = at; i < at + k; i++) {
                    while (have < width) {
                        acc |= bytes[p++] << have;
                        have += 8;
                    }
                    out[i] = acc & mask;
                    acc >>>= width;
                    have -= width;
                }
                this.bit += k * width;
            }
            else {
                let bit = this.bit;
                for (let i = at; i < at + k; i++, bit += width)
                    out[i] = bitsAt(bytes, bit, width);
                this.bit = bit;
            }
            at += k;
            n -= k;
            this.left -= k;
        }
    }
    /** Reads n values and counts those equal to `target` (definition levels: the present values). */
    count(n, target, scratch) {
        let found = 0;
        while (n > 0) {
            if (this.left === 0)
                this.nextRun();
            const k = Math.min(n, this.left, scratch.length);
            if (!this.packed)
                found += this.value === target ? k : 0;
            else {
                this.read(scratch, 0, k);
                for (let i = 0; i < k; i++)
                    if (scratch[i] === target)
                        found++;
                n -= k;
                continue;
            }
            this.left -= k;
            n -= k;
        }
        return found;
    }
    nextRun() {
        let header;
        do {
            if (this.pos >= this.end)
                throw new Error('the levels or dictionary indices end before the page\'s values (corrupt)');
            [header, this.pos] = varint(this.bytes, this.pos, this.end);
        } while (header === 0 || header === 1); // an empty run
        if ((header & 1) === 1) {
            const groups = Math.floor(header / 2);
            const bytes = groups * this.width;
            // A writer may end the last run early when its padding holds no values; what is read is checked.
            this.packed = true;
            this.bit = this.pos * 8;
            this.left = Math.min(groups * 8, Math.floor(((this.end - this.pos) * 8) / Math.max(1, this.width)));
            if (this.left === 0 && this.width > 0)
                throw new Error('a bit-packed run runs past the end of its data (corrupt)');
            if (this.width === 0)
                this.left = groups * 8;
            this.pos += bytes;
            return;
        }
        this.packed = false;
        this.left = Math.floor(header / 2);
        const size = (this.width + 7) >> 3;
        if (this.pos + size > this.end)
            throw new Error('a run runs past the end of its data (corrupt)');
        let value = 0;
        for (let k = 0; k < size; k++)
            value += this.bytes[this.pos + k] * 2 ** (8 * k);
        this.value = value | 0;
        this.pos += size;
    }
}

;// CONCATENATED MODULE: ./src/data/parquet-delta.ts
// DELTA_BINARY_PACKED, decoded as a stream, in exact 64-bit two's complement arithmetic on pairs of
// 32-bit halves (no BigInt per value). Also the lengths of DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY.

const parquet_delta_TWO_32 = 4294967296;
/** Values per miniblock beyond this are not written by any writer we know, and would be a large scratch. */
const MAX_MINIBLOCK = 1 << 16;
class DeltaDecoder {
    bytes;
    pos;
    end;
    /** Values not yet returned. */
    remaining;
    perBlock;
    miniblocks;
    perMiniblock;
    /** The current value, as signed high and unsigned low halves. */
    hi;
    lo;
    first = true;
    minHi = 0;
    minLo = 0;
    widths = new Uint8Array(0);
    miniblock = 0;
    /** Values left in the current miniblock, and the bit offset of its next one. */
    left = 0;
    bit = 0;
    width = 0;
    constructor(bytes, pos, end) {
        this.bytes = bytes;
        this.pos = pos;
        this.end = end;
        [this.perBlock, this.pos] = varint(bytes, this.pos, end);
        [this.miniblocks, this.pos] = varint(bytes, this.pos, end);
        [this.remaining, this.pos] = varint(bytes, this.pos, end);
        this.perMiniblock = this.perBlock / this.miniblocks;
        if (!(this.miniblocks > 0 && Number.isInteger(this.perMiniblock) && this.perMiniblock % 8 === 0 && this.perMiniblock <= MAX_MINIBLOCK)) {
            throw new Error(`a DELTA_BINARY_PACKED header with ${this.perBlock} values in ${this.miniblocks} miniblocks (corrupt)`);
        }
        [this.hi, this.lo] = this.zigzag64();
        this.miniblock = this.miniblocks; // the first block's header comes after the first value
    }
    /**
     * The next n values as numbers into out[at, at + n): exact below 2^53; beyond, `wide` gets the exact
     * halves. INT32 values (and byte array lengths) are written modulo 2^32; `unsigned` reads them so.
     */
    read(out, at, n, int32, unsigned = false, wide) {
        if (n > this.remaining)
            throw new Error(`a DELTA_BINARY_PACKED stream holds ${this.remaining} more values where ${n} are needed (corrupt)`);
        const { bytes } = this;
        for (let i = at; i < at + n; i++) {
            if (this.first)
                this.first = false;
            else {
                if (this.left === 0)
                    this.nextMiniblock();
                const width = this.width;
                let rLo = 0;
                let rHi = 0;
                if (width > 0) {
                    if (width <= 32)
                        rLo = bitsAt(bytes, this.bit, width) >>> 0;
                    else {
                        rLo = bitsAt(bytes, this.bit, 32) >>> 0;
                        rHi = bitsAt(bytes, this.bit + 32, width - 32);
                    }
                    this.bit += width;
                }
                this.left--;
                const lo = this.lo + this.minLo + rLo;
                const carry = lo >= 2 * parquet_delta_TWO_32 ? 2 : lo >= parquet_delta_TWO_32 ? 1 : 0;
                this.lo = lo - carry * parquet_delta_TWO_32;
                this.hi = (this.hi + this.minHi + rHi + carry) | 0;
            }
            this.remaining--;
            if (int32)
                out[i] = unsigned ? this.lo : this.lo | 0;
            else {
                const hi = unsigned ? this.hi >>> 0 : this.hi;
                out[i] = hi * parquet_delta_TWO_32 + this.lo;
                if (hi >= 0x200000 || hi < -0x200000)
                    wide?.(i, hi, this.lo);
            }
        }
    }
    /** Skips what is left of the stream without decoding it; returns the position just past it. */
    skipToEnd() {
        let values = this.remaining - (this.first ? 1 : 0) - this.left;
        while (values > 0) {
            if (this.miniblock >= this.miniblocks)
                this.blockHeader();
            this.pos += (this.perMiniblock * this.widths[this.miniblock++]) / 8;
            values -= this.perMiniblock;
        }
        if (this.pos > this.end)
            throw new Error('a DELTA_BINARY_PACKED stream runs past the end of its page (corrupt)');
        this.remaining = 0;
        return this.pos;
    }
    nextMiniblock() {
        if (this.miniblock >= this.miniblocks)
            this.blockHeader();
        const width = this.widths[this.miniblock++];
        if (width > 64)
            throw new Error(`a DELTA_BINARY_PACKED miniblock of bit width ${width} (corrupt)`);
        // Only the values still to come must be there (the spec pads the last miniblock; not every writer may).
        const needed = Math.ceil((Math.min(this.perMiniblock, this.remaining) * width) / 8);
        if (this.pos + needed > this.end)
            throw new Error('a DELTA_BINARY_PACKED miniblock runs past the end of its page (corrupt)');
        this.width = width;
        this.bit = this.pos * 8;
        this.left = this.perMiniblock;
        this.pos += (this.perMiniblock * width) / 8;
    }
    blockHeader() {
        [this.minHi, this.minLo] = this.zigzag64();
        if (this.pos + this.miniblocks > this.end)
            throw new Error('a DELTA_BINARY_PACKED block runs past the end of its page (corrupt)');
        this.widths = this.bytes.subarray(this.pos, this.pos + this.miniblocks);
        this.pos += this.miniblocks;
        this.miniblock = 0;
    }
    /** A zigzag varint of up to 64 bits, as [signed high half, unsigned low half]. */
    zigzag64() {
        let lo = 0;
        let hi = 0;
        for (let shift = 0;; shift += 7) {
            if (this.pos >= this.end || shift > 63)
                throw new Error('a DELTA_BINARY_PACKED integer runs past the end of its page (corrupt)');
            const b = this.bytes[this.pos++];
            const bits = b & 0x7f;
            if (shift < 32) {
                lo |= bits << shift;
                if (shift > 25)
                    hi |= bits >>> (32 - shift);
            }
            else
                hi |= bits << (shift - 32);
            if ((b & 0x80) === 0)
                break;
        }
        const negative = lo & 1;
        const zLo = ((lo >>> 1) | (hi << 31)) ^ -negative;
        const zHi = (hi >>> 1) ^ -negative;
        return [zHi | 0, zLo >>> 0];
    }
}

;// CONCATENATED MODULE: ./src/data/parquet-values.ts
// The non-null values of one data page, in their physical form, as a stream a batch reads from: numbers
// (INT32, INT64, FLOAT, DOUBLE, BOOLEAN as 0/1) or byte arrays (as ranges of a buffer). One class per
// encoding; each checks its reads against the page's bytes. (Dictionary indices are the kernel's:
// parquet-kernel.ts.)


// Parquet's encoding numbers.
const PLAIN = 0;
const PLAIN_DICTIONARY = 2;
const RLE = 3;
const DELTA_BINARY_PACKED = 5;
const DELTA_LENGTH_BYTE_ARRAY = 6;
const DELTA_BYTE_ARRAY = 7;
const RLE_DICTIONARY = 8;
const BYTE_STREAM_SPLIT = 9;
const ENCODING_NAMES = ['PLAIN', 'GROUP_VAR_INT', 'PLAIN_DICTIONARY', 'RLE', 'BIT_PACKED', 'DELTA_BINARY_PACKED', 'DELTA_LENGTH_BYTE_ARRAY', 'DELTA_BYTE_ARRAY', 'RLE_DICTIONARY', 'BYTE_STREAM_SPLIT'];
const encodingName = (encoding) => ENCODING_NAMES[encoding] ?? `encoding ${encoding}`;
const parquet_values_TWO_32 = 4294967296;
/** 32-bit words of scratch, shared by every PLAIN page (each is read through before the next). */
let scratchWords = new Int32Array(1024);
function aligned(bytes) {
    if (scratchWords.byteLength < bytes)
        scratchWords = new Int32Array(Math.ceil(bytes / 4) * 2);
    return scratchWords;
}
/** What a stream cannot give: the column's type asked for the other shape (a corrupt or unusual file). */
class Base {
    what;
    constructor(what) {
        this.what = what;
    }
    numbers(_out, _n, _wide) {
        throw new Error(`${this.what} holds no numbers`);
    }
    bytes(_starts, _ends, _n) {
        throw new Error(`${this.what} holds no byte arrays`);
    }
}
/** The values stream of a page's [start, end) of `bytes`; `count`: its non-null values (BYTE_STREAM_SPLIT needs it). */
function pageValues(encoding, physical, bytes, start, end, count) {
    const { type } = physical;
    switch (encoding) {
        case PLAIN:
            return new Plain(physical, bytes, start, end);
        case RLE:
            if (type !== 'BOOLEAN')
                break;
            if (start + 4 > end)
                throw new Error('an RLE page without its length (corrupt)');
            return new Booleans(bytes, start + 4, Math.min(end, start + 4 + bytes.readUInt32LE(start)));
        case DELTA_BINARY_PACKED:
            if (type === 'INT32' || type === 'INT64')
                return new Deltas(physical, bytes, start, end);
            break;
        case DELTA_LENGTH_BYTE_ARRAY:
            if (type === 'BYTE_ARRAY')
                return new DeltaLengths(bytes, start, end);
            break;
        case DELTA_BYTE_ARRAY:
            if (type === 'BYTE_ARRAY' || type === 'FIXED_LEN_BYTE_ARRAY')
                return new DeltaStrings(bytes, start, end);
            break;
        case BYTE_STREAM_SPLIT:
            if (type !== 'BOOLEAN' && type !== 'BYTE_ARRAY')
                return new Split(physical, bytes, start, end, count);
            break;
    }
    throw new Error(`${encodingName(encoding)} pages of ${type} values are not supported`);
}
const widthOf = (physical) => (physical.type === 'INT32' || physical.type === 'FLOAT' ? 4 : physical.type === 'FIXED_LEN_BYTE_ARRAY' ? physical.width : 8);
/** Reads a fixed-width little-endian value at p (INT32, INT64, FLOAT, DOUBLE) as a number. */
function fixedNumber(view, p, physical, i, wide) {
    switch (physical.type) {
        case 'INT32':
            return physical.unsigned ? view.getUint32(p, true) : view.getInt32(p, true);
        case 'INT64': {
            const lo = view.getUint32(p, true);
            const hi = physical.unsigned ? view.getUint32(p + 4, true) : view.getInt32(p + 4, true);
            if (hi >= 0x200000 || hi < -0x200000)
                wide(i, hi, lo);
            return hi * parquet_values_TWO_32 + lo;
        }
        case 'FLOAT':
            return view.getFloat32(p, true);
        default:
            return view.getFloat64(p, true);
    }
}
class Plain extends Base {
    physical;
    page;
    pos;
    end;
    bit = 0;
    constructor(physical, page, pos, end) {
        super(`a PLAIN page of ${physical.type} values`);
        this.physical = physical;
        this.page = page;
        this.pos = pos;
        this.end = end;
    }
    numbers(out, n, wide) {
        const { physical, page } = this;
        if (physical.type === 'BOOLEAN') {
            if (this.pos * 8 + this.bit + n > this.end * 8)
                this.short();
            for (let i = 0; i < n; i++, this.bit++)
                out[i] = (page[this.pos + (this.bit >>> 3)] >> (this.bit & 7)) & 1;
            return;
        }
        if (physical.type === 'BYTE_ARRAY' || physical.type === 'FIXED_LEN_BYTE_ARRAY' || physical.type === 'INT96')
            super.numbers(out, n, wide);
        const width = widthOf(physical);
        if (this.pos + n * width > this.end)
            this.short();
        const bytes = page.subarray(this.pos, this.pos + n * width);
        this.pos += n * width;
        // Little-endian values copied as they are into aligned memory, then read as typed arrays.
        if (physical.type === 'DOUBLE') {
            new Uint8Array(out.buffer, out.byteOffset, n * 8).set(bytes);
            return;
        }
        const words = aligned(n * width);
        new Uint8Array(words.buffer, 0, n * width).set(bytes);
        if (physical.type === 'FLOAT') {
            const floats = new Float32Array(words.buffer, 0, n);
            for (let i = 0; i < n; i++)
                out[i] = floats[i];
        }
        else if (physical.type === 'INT32') {
            if (physical.unsigned)
                for (let i = 0; i < n; i++)
                    out[i] = words[i] >>> 0;
            else
                for (let i = 0; i < n; i++)
                    out[i] = words[i];
        }
        else {
            for (let i = 0; i < n; i++) {
                const lo = words[2 * i] >>> 0;
                const hi = physical.unsigned ? words[2 * i + 1] >>> 0 : words[2 * i + 1];
                if (hi >= 0x200000 || hi < -0x200000)
                    wide(i, hi, lo);
                out[i] = hi * parquet_values_TWO_32 + lo;
            }
        }
    }
    bytes(starts, ends, n) {
        const { page, end } = this;
        if (this.physical.type === 'FIXED_LEN_BYTE_ARRAY') {
            const width = this.physical.width;
            if (this.pos + n * width > end)
                this.short();
            for (let i = 0; i < n; i++, this.pos += width)
                [starts[i], ends[i]] = [this.pos, this.pos + width];
            return page;
        }
        if (this.physical.type !== 'BYTE_ARRAY')
            return super.bytes(starts, ends, n);
        let pos = this.pos;
        for (let i = 0; i < n; i++) {
            if (pos + 4 > end)
                this.short();
            const length = page.readUInt32LE(pos);
            pos += 4;
            if (length > end - pos)
                this.short();
            starts[i] = pos;
            ends[i] = pos += length;
        }
        this.pos = pos;
        return page;
    }
    short() {
        throw new Error('the page ends before its values do (corrupt)');
    }
}
class Booleans extends Base {
    rle;
    scratch = new Int32Array(0);
    constructor(bytes, start, end) {
        super('an RLE page of booleans');
        this.rle = new RleDecoder(bytes, start, end, 1);
    }
    numbers(out, n) {
        if (this.scratch.length < n)
            this.scratch = new Int32Array(n);
        this.rle.read(this.scratch, 0, n);
        for (let i = 0; i < n; i++)
            out[i] = this.scratch[i];
    }
}
class Deltas extends Base {
    physical;
    delta;
    constructor(physical, bytes, start, end) {
        super(`a DELTA_BINARY_PACKED page of ${physical.type} values`);
        this.physical = physical;
        this.delta = new DeltaDecoder(bytes, start, end);
    }
    numbers(out, n, wide) {
        this.delta.read(out, 0, n, this.physical.type === 'INT32', this.physical.unsigned, wide);
    }
}
/** Byte array lengths as DELTA_BINARY_PACKED, then the bytes one after another. */
class DeltaLengths extends Base {
    page;
    end;
    lengths;
    pos;
    scratch = new Int32Array(0);
    constructor(page, start, end) {
        super('a DELTA_LENGTH_BYTE_ARRAY page');
        this.page = page;
        this.end = end;
        this.lengths = new DeltaDecoder(page, start, end);
        this.pos = new DeltaDecoder(page, start, end).skipToEnd();
    }
    bytes(starts, ends, n) {
        if (this.scratch.length < n)
            this.scratch = new Int32Array(n);
        this.lengths.read(this.scratch, 0, n, true);
        let pos = this.pos;
        for (let i = 0; i < n; i++) {
            const length = this.scratch[i];
            if (length < 0 || length > this.end - pos)
                throw new Error('a DELTA_LENGTH_BYTE_ARRAY page ends before its values do (corrupt)');
            starts[i] = pos;
            ends[i] = pos += length;
        }
        this.pos = pos;
        return this.page;
    }
}
/** Incremental strings: each value is a prefix of the one before plus a suffix (DELTA_LENGTH_BYTE_ARRAY). */
class DeltaStrings extends Base {
    prefixes;
    suffixes;
    previous = Buffer.alloc(0);
    arena = Buffer.alloc(0);
    prefixScratch = new Int32Array(0);
    suffixStarts = new Int32Array(0);
    suffixEnds = new Int32Array(0);
    constructor(page, start, end) {
        super('a DELTA_BYTE_ARRAY page');
        this.prefixes = new DeltaDecoder(page, start, end);
        this.suffixes = new DeltaLengths(page, new DeltaDecoder(page, start, end).skipToEnd(), end);
    }
    bytes(starts, ends, n) {
        if (this.prefixScratch.length < n)
            [this.prefixScratch, this.suffixStarts, this.suffixEnds] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
        const prefixes = this.prefixScratch;
        this.prefixes.read(prefixes, 0, n, true);
        const page = this.suffixes.bytes(this.suffixStarts, this.suffixEnds, n);
        let previousLength = this.previous.length;
        let total = 0;
        for (let i = 0; i < n; i++) {
            const prefix = prefixes[i];
            if (prefix < 0 || prefix > previousLength)
                throw new Error('a DELTA_BYTE_ARRAY value reuses more bytes than the value before it has (corrupt)');
            previousLength = prefix + this.suffixEnds[i] - this.suffixStarts[i];
            total += previousLength;
        }
        if (total > MAX_ARENA)
            throw new Error(`a DELTA_BYTE_ARRAY page's values take more than ${MAX_ARENA} bytes in a batch`);
        if (this.arena.length < total)
            this.arena = Buffer.allocUnsafe(Math.max(total, 2 * this.arena.length));
        const arena = this.arena;
        let at = 0;
        let previous = this.previous;
        let previousStart = 0;
        for (let i = 0; i < n; i++) {
            const prefix = prefixes[i];
            starts[i] = at;
            previous.copy(arena, at, previousStart, previousStart + prefix);
            at += prefix;
            at += page.copy(arena, at, this.suffixStarts[i], this.suffixEnds[i]);
            ends[i] = at;
            previous = arena;
            previousStart = starts[i];
        }
        if (n > 0)
            this.previous = Buffer.from(arena.subarray(starts[n - 1], ends[n - 1]));
        return arena;
    }
}
/** Values of a batch of DELTA_BYTE_ARRAY strings are built in memory; more than this is not a real page. */
const MAX_ARENA = 1 << 28;
/** BYTE_STREAM_SPLIT: byte k of every value, then byte k + 1 of every value, … */
class Split extends Base {
    physical;
    page;
    start;
    count;
    scratch;
    scratchView;
    next = 0;
    width;
    constructor(physical, page, start, end, count) {
        super(`a BYTE_STREAM_SPLIT page of ${physical.type} values`);
        this.physical = physical;
        this.page = page;
        this.start = start;
        this.count = count;
        this.width = widthOf(physical);
        this.scratch = Buffer.alloc(Math.max(8, this.width));
        this.scratchView = new DataView(this.scratch.buffer, this.scratch.byteOffset, this.scratch.length);
        if (count * this.width !== end - start)
            throw new Error(`a BYTE_STREAM_SPLIT page of ${end - start} bytes for ${count} values of ${this.width} bytes (corrupt)`);
    }
    numbers(out, n, wide) {
        if (this.physical.type === 'FIXED_LEN_BYTE_ARRAY')
            super.numbers(out, n, wide);
        this.take(n, (i) => (out[i] = fixedNumber(this.scratchView, 0, this.physical, i, wide)));
    }
    bytes(starts, ends, n) {
        if (this.physical.type !== 'FIXED_LEN_BYTE_ARRAY')
            return super.bytes(starts, ends, n);
        const arena = Buffer.allocUnsafe(n * this.width);
        this.take(n, (i) => {
            this.scratch.copy(arena, i * this.width, 0, this.width);
            starts[i] = i * this.width;
            ends[i] = (i + 1) * this.width;
        });
        return arena;
    }
    take(n, use) {
        const { page, scratch, width, count } = this;
        if (this.next + n > count)
            throw new Error('a BYTE_STREAM_SPLIT page ends before its values do (corrupt)');
        for (let i = 0; i < n; i++, this.next++) {
            for (let k = 0; k < width; k++)
                scratch[k] = page[this.start + k * count + this.next];
            use(i);
        }
    }
}

;// CONCATENATED MODULE: ./src/data/parquet-pages.ts
// The pages of one column chunk, one after another: header (Thrift), CRC where the writer put one,
// decompression, and where a data page's definition levels and values lie (page formats v1 and v2).





const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;
const DATA_PAGE_V2 = 3;
const parquet_pages_int = (value, what) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        throw new Error(`its header gives ${what} as ${String(value)} (corrupt)`);
    return value;
};
class PageReader {
    chunk;
    codec;
    maxDefinition;
    /** 0-based number of the page last read, for messages. */
    index = -1;
    pos = 0;
    /** The previous data page's decompressed bytes, freed when the next page is read (see release). */
    last;
    constructor(chunk, codec, maxDefinition) {
        this.chunk = chunk;
        this.codec = codec;
        this.maxDefinition = maxDefinition;
    }
    /** The next data or dictionary page; undefined at the end of the column chunk. */
    next() {
        if (this.last && this.codec !== 'UNCOMPRESSED')
            release(this.last);
        this.last = undefined;
        while (this.pos < this.chunk.length) {
            this.index++;
            const reader = new ThriftReader(this.chunk, this.pos);
            let header;
            try {
                header = reader.struct();
            }
            catch (error) {
                throw new Error(`its header is corrupt (${error.message})`);
            }
            const compressed = parquet_pages_int(header[3], 'the compressed size');
            const size = parquet_pages_int(header[2], 'the uncompressed size');
            const start = reader.pos;
            const end = start + compressed;
            if (end > this.chunk.length)
                throw new Error(`its ${compressed} bytes run past the end of the column chunk (truncated or corrupt)`);
            this.pos = end;
            const raw = this.chunk.subarray(start, end);
            if (typeof header[4] === 'number' && (header[4] >>> 0) !== external_node_zlib_default().crc32(raw))
                throw new Error('its CRC does not match its bytes (corrupt)');
            const type = header[1];
            if (type === DATA_PAGE)
                return this.dataPage(header[5], raw, size);
            if (type === DATA_PAGE_V2)
                return this.dataPageV2(header[8], raw, size);
            if (type === DICTIONARY_PAGE) {
                const dictionary = header[7];
                if (!dictionary)
                    throw new Error('a dictionary page without its header (corrupt)');
                return { type: 'dictionary', count: parquet_pages_int(dictionary[1], 'the number of values'), encoding: parquet_pages_int(dictionary[2], 'the encoding'), values: whole(decompress(this.codec, raw, size)) };
            }
            if (type !== 1)
                throw new Error(`a page of unknown type ${String(type)} (corrupt)`); // index pages are skipped
        }
        return undefined;
    }
    dataPage(header, raw, size) {
        if (!header)
            throw new Error('a data page without its header (corrupt)');
        const count = parquet_pages_int(header[1], 'the number of values');
        const encoding = parquet_pages_int(header[2], 'the encoding');
        const page = (this.last = decompress(this.codec, raw, size));
        if (this.maxDefinition === 0)
            return { type: 'data', count, encoding, values: whole(page) };
        if (header[3] !== RLE)
            throw new Error(`definition levels in ${encodingName(header[3])} are not supported`);
        if (page.length < 4 || 4 + page.readUInt32LE(0) > page.length)
            throw new Error('its definition levels run past the end of the page (corrupt)');
        const levelsEnd = 4 + page.readUInt32LE(0);
        return { type: 'data', count, encoding, levels: { bytes: page, start: 4, end: levelsEnd }, values: { bytes: page, start: levelsEnd, end: page.length } };
    }
    dataPageV2(header, raw, size) {
        if (!header)
            throw new Error('a data page without its header (corrupt)');
        const count = parquet_pages_int(header[1], 'the number of values');
        const nulls = parquet_pages_int(header[2], 'the number of nulls');
        const encoding = parquet_pages_int(header[4], 'the encoding');
        const definitionBytes = parquet_pages_int(header[5], 'the length of the definition levels');
        const repetitionBytes = parquet_pages_int(header[6], 'the length of the repetition levels');
        if (repetitionBytes !== 0)
            throw new Error('repetition levels in a column that cannot repeat (corrupt)');
        const levelsEnd = repetitionBytes + definitionBytes;
        if (levelsEnd > raw.length || levelsEnd > size || nulls > count)
            throw new Error('its levels run past the end of the page (corrupt)');
        const compressed = header[7] !== false;
        const rest = raw.subarray(levelsEnd);
        const values = compressed ? (this.last = decompress(this.codec, rest, size - levelsEnd)) : rest;
        if (values.length !== size - levelsEnd)
            throw new Error(`the page holds ${values.length + levelsEnd} bytes where its header says ${size} (corrupt)`);
        const levels = this.maxDefinition > 0 ? { bytes: raw, start: 0, end: definitionBytes } : undefined;
        return { type: 'data', count, encoding, nulls, values: whole(values), ...(levels && { levels }) };
    }
}
const whole = (bytes) => ({ bytes, start: 0, end: bytes.length });
/**
 * Frees a page's decompressed bytes now rather than at the next garbage collection, when they are a
 * buffer of their own (not the column chunk's, nor a slice of Node's shared pool): a collection comes
 * only after many pages, whose native buffers would otherwise pile up and fragment the allocator.
 */
function release(bytes) {
    if (bytes.byteOffset === 0 && bytes.buffer.byteLength - bytes.byteLength <= 1 && bytes.byteLength >= 4096)
        (0,growable/* detach */.Yo)(bytes.buffer);
}

// EXTERNAL MODULE: ./src/data/interner.ts
var interner = __webpack_require__(4417);
;// CONCATENATED MODULE: ./src/data/parquet-column.ts
// One column's values, a batch at a time, in the shapes the profile and the checks read (ClassifiedColumn):
// kinds and numbers in typed arrays, texts made only when asked for. A dictionary page is typed once; a
// batch of its indices comes by distinct value (ClassifiedColumn.coded: each value once, with its count,
// first row and each row's value), so that the profile and the checks work once per value, and its rows
// are gathered only if something reads them; byte arrays stay bytes until read. The batch's arrays and
// the dictionary lie in the kernel's memory (parquet-kernel.ts), which decodes the levels and indices,
// lists a batch's distinct values and gathers its rows; pages of other encodings are decoded and
// converted here (parquet-values.ts, parquet-convert.ts).







const readerTexts = () => ({ rows: [], values: [], entries: [] });
/** Lets go of the texts a read left in its arrays (the arrays are kept). */
function clearTexts({ rows, values, entries }) {
    rows.fill(undefined);
    values.fill(undefined);
    entries.fill(undefined);
}
/** The kernel's regions for a coded batch (see assembly/parquet.ts, distinct). */
const CODED_REGIONS = ['uEntries', 'uCounts', 'uFirst', 'uOf', 'uKinds', 'uNumbers', 'uStarts', 'uEnds', 'uCodes'];
/**
 * A batch's rows, as the profile and the checks read them. A coded batch's rows (see read) are gathered
 * from its dictionary only when first read: the consumers that take it value by value (coded) read none.
 */
class Rows {
    arrays;
    format;
    /** Gathers the rows of the coded batch, when not yet done. */
    pending;
    coded;
    held;
    constructor(arrays, format) {
        this.arrays = arrays;
        this.format = format;
    }
    get kinds() {
        this.pending?.();
        return this.arrays.kinds;
    }
    get numbers() {
        this.pending?.();
        return this.arrays.numbers;
    }
    get texts() {
        this.pending?.();
        return this.arrays.texts;
    }
    get source() {
        this.pending?.();
        return this.held;
    }
}
class ColumnReader {
    column;
    capacity;
    kernel;
    texts;
    out;
    /** out's arrays and the source's, as decoding fills them. */
    batch;
    source;
    strings;
    physical;
    converter;
    maxDefinition;
    pages;
    /** Rows left in the current page; its values when not dictionary indices (which the kernel decodes). */
    page;
    dictionary;
    /** Whether the batch came from a dictionary without entry texts (its codes are then entry numbers). */
    fromEntries = false;
    // In the kernel's memory: the descriptor, the batch's arrays (and the rows of its present values),
    // the dictionary's entries and the current page's levels and indices.
    descriptor;
    descriptorView;
    regions;
    /** A batch from a dictionary page by distinct value (out.coded), and which entry each value is. */
    coded;
    valueEntries;
    rows;
    indices;
    entries = { at: 0, bytes: 0 };
    levelBytes = { at: 0, bytes: 0 };
    indexBytes = { at: 0, bytes: 0 };
    constructor(column, capacity, kernel, texts = readerTexts()) {
        this.column = column;
        this.capacity = capacity;
        this.kernel = kernel;
        this.texts = texts;
        const native = column.native;
        this.maxDefinition = native.maxDefinition;
        const { element, logical } = native;
        this.physical = { type: element.type, width: element.type_length ?? 0, unsigned: logical.kind === 'integer' && logical.unsigned };
        this.converter = new Converter(logical, this.physical, () => this.interner());
        this.descriptor = kernel.alloc(DESCRIPTOR_BYTES);
        const words = () => kernel.alloc(4 * capacity);
        this.regions = { kinds: kernel.alloc(capacity), numbers: kernel.alloc(8 * capacity), starts: words(), ends: words(), codes: words(), rows: words(), indices: words(), uEntries: words(), uCounts: words(), uFirst: words(), uOf: words(), uKinds: kernel.alloc(capacity), uNumbers: kernel.alloc(8 * capacity), uStarts: words(), uEnds: words(), uCodes: words() };
        if (texts.rows.length < capacity)
            texts.rows = new Array(capacity).fill(undefined);
        this.batch = { kinds: new Uint8Array(0), numbers: new Float64Array(0), texts: texts.rows, starts: new Int32Array(0), ends: new Int32Array(0), codes: new Int32Array(0) };
        const format = this.converter.formatter(this.batch);
        // A batch from a large dictionary (no entry texts): each entry's text is made once, when first asked for.
        const formatRow = (i) => {
            this.out.pending?.();
            const d = this.dictionary;
            return this.fromEntries && d ? (d.texts[this.batch.codes[i]] ??= format(i)) : format(i);
        };
        this.out = new Rows(this.batch, formatRow);
        // A value of a large dictionary's batch (no entry texts) is its entry: its text is made once, as a row's.
        const formatValue = (s) => {
            const d = this.dictionary;
            return (d.texts[this.valueEntries[s]] ??= d.format(this.valueEntries[s]));
        };
        const values = { kinds: new Uint8Array(0), numbers: new Float64Array(0), texts: texts.values, format: formatValue }; // texts grow with the values
        this.coded = { values, size: 0, counts: new Int32Array(0), first: new Int32Array(0), of: new Int32Array(0), nulls: 0 };
        this.views();
        kernel.onGrow(() => this.views());
        const d = this.descriptorView;
        const { kinds, numbers, starts, ends, codes, rows, indices } = this.regions;
        [d[Slot.outKinds], d[Slot.outNumbers], d[Slot.outStarts], d[Slot.outEnds], d[Slot.outCodes], d[Slot.rows], d[Slot.indices]] = [kinds, numbers, starts, ends, codes, rows, indices];
        for (const region of CODED_REGIONS)
            d[Slot[region]] = this.regions[region];
        d[Slot.identity] = this.maxDefinition === 0 ? 1 : 0; // levels() sets it where there are levels
    }
    /** The column's interner, made when first needed (most numeric columns never need one). */
    interner() {
        if (this.texts.interned?.column !== this.column.name)
            this.texts.interned = { column: this.column.name, strings: new interner/* Interner */.M() };
        return (this.strings ??= this.texts.interned.strings);
    }
    /** Views of the kernel's memory, made again whenever it grows. */
    views() {
        const buffer = this.kernel.buffer;
        const { capacity, regions, batch } = this;
        this.descriptorView = new Int32Array(buffer, this.descriptor, DESCRIPTOR_BYTES / 4);
        batch.kinds = new Uint8Array(buffer, regions.kinds, capacity);
        batch.numbers = new Float64Array(buffer, regions.numbers, capacity);
        batch.starts = new Int32Array(buffer, regions.starts, capacity);
        batch.ends = new Int32Array(buffer, regions.ends, capacity);
        batch.codes = new Int32Array(buffer, regions.codes, capacity);
        if (this.source)
            Object.assign(this.source, { starts: batch.starts, ends: batch.ends, codes: batch.codes });
        this.rows = new Int32Array(buffer, regions.rows, capacity);
        this.indices = new Int32Array(buffer, regions.indices, capacity);
        const coded = this.coded;
        coded.values.kinds = new Uint8Array(buffer, regions.uKinds, capacity);
        coded.values.numbers = new Float64Array(buffer, regions.uNumbers, capacity);
        if (coded.values.source)
            Object.assign(coded.values.source, this.valueTexts());
        [coded.counts, coded.first, coded.of] = [regions.uCounts, regions.uFirst, regions.uOf].map((at) => new Int32Array(buffer, at, capacity));
        this.valueEntries = new Int32Array(buffer, regions.uEntries, capacity);
        if (this.dictionary)
            Object.assign(this.dictionary, this.entryViews(this.dictionary.size));
    }
    /** Hands the batch's texts out as bytes (or, without bytes, as made from the numbers). */
    sourced(bytes) {
        if (!bytes) {
            this.out.held = undefined;
            return;
        }
        const { starts, ends, codes } = this.batch;
        this.source ??= { bytes, starts, ends, codes, strings: this.interner() };
        this.source.bytes = bytes;
        this.out.held = this.source;
    }
    /** Where the texts of a coded batch's values lie (when its dictionary's entries have texts). */
    valueTexts() {
        const { buffer } = this.kernel;
        const { regions, capacity } = this;
        return { starts: new Int32Array(buffer, regions.uStarts, capacity), ends: new Int32Array(buffer, regions.uEnds, capacity), codes: new Int32Array(buffer, regions.uCodes, capacity) };
    }
    /** The dictionary's arrays, as views of its region (after them: a slot per entry, for distinct(), then the kinds). */
    entryViews(size) {
        const buffer = this.kernel.buffer;
        const at = this.entries.at;
        return { numbers: new Float64Array(buffer, at, size), starts: new Int32Array(buffer, at + 8 * size, size), ends: new Int32Array(buffer, at + 12 * size, size), codes: new Int32Array(buffer, at + 16 * size, size), kinds: new Uint8Array(buffer, at + 24 * size, size) };
    }
    /** A region of at least `bytes`: `region` itself while large enough, else a new one of twice that. */
    reserve(region, bytes) {
        if (bytes <= region.bytes)
            return region;
        const size = Math.max(bytes, 2 * region.bytes);
        return { at: this.kernel.alloc(size), bytes: size };
    }
    /** Copies bytes into a region of the kernel's memory and points the stream at `slot` to them. */
    stream(slot, region, bytes, width) {
        if (width > 32)
            throw new Error(`a bit width of ${width} (corrupt)`);
        this[region] = this.reserve(this[region], bytes.length);
        const at = this[region].at;
        new Uint8Array(this.kernel.buffer, at, bytes.length).set(bytes);
        const d = this.descriptorView;
        d[slot + Stream.pos] = at;
        d[slot + Stream.end] = at + bytes.length;
        d[slot + Stream.width] = width;
        d[slot + Stream.left] = 0;
    }
    /** Starts reading a column chunk (its bytes, compressed). */
    begin(chunk, codec) {
        this.pages = new PageReader(chunk, codec, this.maxDefinition);
        this.page = undefined;
        this.dictionary = undefined;
    }
    /** 0-based number of the page being read, for messages. */
    get pageIndex() {
        return this.pages?.index ?? -1;
    }
    /** Rows left in the current page, reading the next page when this one is used up; 0 at the end of the chunk. */
    available() {
        while (!this.page || this.page.rowsLeft === 0) {
            const page = this.pages.next();
            if (!page)
                return 0;
            if (page.type === 'dictionary')
                this.readDictionary(page.count, page.encoding, page.values);
            else
                this.startPage(page.count, page.encoding, page.values, page.levels, page.nulls);
        }
        return this.page.rowsLeft;
    }
    /**
     * Decodes the next n rows (at most available()) into out[0, n); the texts made for the last batch are
     * dropped. A batch of a dictionary page comes by distinct value (out.coded), its rows gathered when read.
     */
    read(n) {
        const page = this.page;
        const out = this.out;
        out.pending = undefined;
        out.coded = undefined;
        const present = this.maxDefinition > 0 ? this.kernel.levels(this.descriptor, n, this.maxDefinition) : n;
        page.rowsLeft -= n;
        if (page.values) {
            this.fromEntries = false;
            this.clearTexts(n);
            this.sourced(this.converter.convert(page.values, present, present === n ? undefined : this.rows, this.batch));
            return;
        }
        this.distinct(n, present);
        const d = this.dictionary;
        out.pending = () => {
            out.pending = undefined;
            if (d.textsLater)
                this.textsOf(d);
            this.fromEntries = !d.bytes;
            this.clearTexts(n);
            this.gather(present, present === n ? undefined : this.rows);
        };
    }
    clearTexts(n) {
        const texts = this.batch.texts;
        for (let i = 0; i < n; i++)
            texts[i] = undefined; // twice as fast as fill() on an array that has held strings
    }
    startPage(count, encoding, values, levels, nulls) {
        const dictionary = encoding === PLAIN_DICTIONARY || encoding === RLE_DICTIONARY;
        if (dictionary && !this.dictionary)
            throw new Error('a dictionary-encoded page comes before any dictionary page (corrupt)');
        if (!levels && nulls)
            throw new Error(`${nulls} nulls in a column that cannot hold any (corrupt)`);
        const width = 32 - Math.clz32(this.maxDefinition);
        if (levels)
            this.stream(Slot.levels, 'levelBytes', levels.bytes.subarray(levels.start, levels.end), width);
        this.page = { rowsLeft: count };
        if (dictionary) {
            if (values.start >= values.end && count > (nulls ?? 0))
                throw new Error('a dictionary-encoded page without its bit width (corrupt)');
            this.stream(Slot.values, 'indexBytes', values.bytes.subarray(values.start + 1, values.end), values.bytes[values.start] ?? 0);
            return;
        }
        // BYTE_STREAM_SPLIT lays values out by their count: v1 pages say it only through their levels.
        let present = count - (nulls ?? 0);
        if (levels && nulls === undefined && encoding === BYTE_STREAM_SPLIT)
            present = new RleDecoder(levels.bytes, levels.start, levels.end, width).count(count, this.maxDefinition, new Uint8Array(this.capacity));
        this.page.values = pageValues(encoding, this.physical, values.bytes, values.start, values.end, present);
    }
    readDictionary(count, encoding, span) {
        if (encoding !== PLAIN && encoding !== PLAIN_DICTIONARY)
            throw new Error(`a dictionary page in ${encodingName(encoding)} is not supported`);
        const minBytes = this.physical.type === 'BOOLEAN' ? 1 / 8 : this.physical.type === 'FIXED_LEN_BYTE_ARRAY' ? Math.max(1, this.physical.width) : 4;
        if (count * minBytes > span.end - span.start)
            throw new Error(`a dictionary page of ${span.end - span.start} bytes cannot hold the ${count} values its header says (corrupt)`);
        this.dictionary = undefined;
        this.entries = this.reserve(this.entries, 25 * count);
        new Int32Array(this.kernel.buffer, this.entries.at + 20 * count, count).fill(0); // distinct()'s slots
        const texts = this.texts.entries;
        for (let e = 0; e < count; e++)
            texts[e] = undefined;
        const entries = { size: count, wide: false, texts, format: () => '', textsLater: false, ...this.entryViews(count) };
        entries.format = this.converter.formatter(entries);
        this.dictionary = entries; // its views are made again if the memory grows
        const bytes = this.converter.convert(pageValues(PLAIN, this.physical, span.bytes, span.start, span.end, count), count, undefined, entries);
        for (let e = 0; e < count && !entries.wide; e++)
            entries.wide = texts[e] !== undefined;
        if (bytes) {
            entries.bytes = bytes;
            const strings = this.interner();
            for (let e = 0; e < count; e++)
                if (entries.codes[e] === values/* NO_CODE_YET */.Vv)
                    entries.codes[e] = strings.code(bytes, entries.starts[e], entries.ends[e]);
        }
        else
            entries.textsLater = count <= interner/* MAX_ENTRIES */.S;
        const d = this.descriptorView;
        const at = this.entries.at;
        [d[Slot.dNumbers], d[Slot.dStarts], d[Slot.dEnds], d[Slot.dCodes], d[Slot.dSlots], d[Slot.dKinds]] = [at, at + 8 * count, at + 12 * count, at + 16 * count, at + 20 * count, at + 24 * count];
        d[Slot.dSize] = count;
        d[Slot.dTexts] = entries.bytes ? 1 : 0;
    }
    /**
     * A small dictionary of numbers or instants gets the texts of its entries, interned, so that the
     * repetitions in its batches' rows are profiled once per code (as a CSV column's are), when they are
     * first read: a batch taken by value (out.coded) needs none. A large one is left without: an entry's
     * text is made when first asked for (see out.format).
     */
    textsOf(entries) {
        entries.textsLater = false;
        const texts = [];
        const format = this.converter.formatter(entries);
        for (let e = 0; e < entries.size; e++)
            texts.push(entries.kinds[e] === values/* Kind */.b8.null ? '' : (entries.texts[e] ?? format(e)));
        const bytes = Buffer.from(texts.join(''), 'latin1');
        const strings = this.interner();
        let at = 0;
        for (let e = 0; e < entries.size; e++) {
            entries.starts[e] = at;
            entries.ends[e] = at += texts[e].length;
            entries.codes[e] = strings.code(bytes, entries.starts[e], entries.ends[e]);
        }
        entries.bytes = bytes;
        this.descriptorView[Slot.dTexts] = 1;
    }
    /** The kernel gathers the entries of the page's dictionary indices (decoded by distinct) into the batch. */
    gather(present, at) {
        const d = this.dictionary;
        this.kernel.gather(this.descriptor, present);
        this.sourced(d.bytes);
        if (!d.wide)
            return;
        for (let j = 0; j < present; j++) {
            const text = d.texts[this.indices[j]];
            if (text !== undefined)
                this.out.texts[at ? at[j] : j] = text;
        }
    }
    /** The batch's n rows by distinct value (out.coded), as the kernel lists them. */
    distinct(n, present) {
        const d = this.dictionary;
        const coded = this.coded;
        const values = coded.values;
        const size = (coded.size = this.kernel.distinct(this.descriptor, n, present));
        coded.nulls = n - present;
        const texts = values.texts;
        for (let s = 0; s < size; s++)
            texts[s] = undefined;
        if (d.wide)
            for (let s = 0; s < size; s++)
                if (this.valueEntries[s] >= 0)
                    texts[s] = d.texts[this.valueEntries[s]];
        if (d.bytes) {
            values.source ??= { bytes: d.bytes, strings: this.interner(), ...this.valueTexts() };
            values.source.bytes = d.bytes;
        }
        else
            values.source = undefined;
        this.out.coded = coded;
    }
}

;// CONCATENATED MODULE: ./src/data/parquet-fallback.ts
async function fallbackReader(file, metadata) {
    // Loaded only when needed: the decoders (brotli's above all) are most of a bundle that reads CSV.
    const [{ asyncBufferFromFile, parquetRead }, { compressors }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 51992)), __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 20138))]);
    const buffer = await asyncBufferFromFile(file);
    return {
        async read(column, rowStart, rowEnd) {
            let values = [];
            await parquetRead({
                file: buffer, metadata, compressors, columns: [column], rowStart, rowEnd,
                onComplete: (rows) => (values = rows.map((row) => plain(row[0]))),
            });
            return values;
        },
    };
}
/**
 * A value as the profile takes typed values: safe INT64s as numbers (others, and bytes, as their text,
 * so that nested values can be written as JSON), undefined as null.
 */
function plain(value) {
    if (value === undefined)
        return null;
    if (typeof value === 'bigint')
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('hex');
    if (Array.isArray(value))
        return value.map(plain);
    if (value !== null && typeof value === 'object' && !(value instanceof Date))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/constants.js
var constants = __webpack_require__(40312);
;// CONCATENATED MODULE: ./src/data/parquet-footer.ts


const MAGIC = 0x31524150; // "PAR1"
/** Deeper schemas are not data anyone writes (and would exhaust the stack). */
const parquet_footer_MAX_DEPTH = 64;
/** A problem with the file as a whole: the reader reports it as a finding naming the file. */
class ParquetFileError extends Error {
}
/**
 * The last footers parsed on this thread, by their bytes (which decide the layout): each part of a large
 * file (a run of its row groups, a task of its own) reads the same footer, and parsing it (objects for
 * every column chunk of every row group) would cost each part as much as the whole file's footer, which
 * grows with the file: 30M rows, 120 KB of footer, parsed 19 times took more than the rows' own garbage.
 * Two: a drift check reads its reference and its current data at once.
 */
const parsed = [];
const PARSED_KEPT = 2;
/**
 * Where a footer is read to be compared with the kept ones, on this thread: a new buffer per part (60M
 * rows: 240 KB, 40 parts) would outlive young collections while the read awaits and wait for a full one.
 * Taken while a read uses it (a drift check reads two files at once): the other read takes a new one.
 */
let scratch;
/** Reads and checks the footer of the open file. */
async function readFooter(handle, fileBytes) {
    if (fileBytes < 12)
        throw new ParquetFileError(`it is too short (${fileBytes} bytes) to be one`);
    const tail = Buffer.alloc(8);
    const head = Buffer.alloc(4);
    await handle.read(tail, 0, 8, fileBytes - 8);
    await handle.read(head, 0, 4, 0);
    if (head.readUInt32LE(0) !== MAGIC || tail.readUInt32LE(4) !== MAGIC)
        throw new ParquetFileError(`it does not start and end with "PAR1" (truncated, or another format?)`);
    const length = tail.readUInt32LE(0);
    if (length > fileBytes - 12)
        throw new ParquetFileError(`the footer says it is ${length} bytes long, more than the file's ${fileBytes} bytes hold (truncated or corrupt)`);
    const buffer = scratch && scratch.length >= length + 8 ? scratch : Buffer.alloc(length + 8);
    scratch = undefined;
    const read = buffer.subarray(0, length + 8);
    let footer;
    try {
        await handle.read(read, 0, length + 8, fileBytes - length - 8);
        const known = parsed.find((p) => p.fileBytes === fileBytes && p.footer.equals(read));
        if (known)
            return known.layout;
        footer = Buffer.from(read); // kept: the scratch is read into again
    }
    finally {
        scratch = buffer;
    }
    let layout;
    try {
        layout = layoutOf(new ThriftReader(footer, 0, length), fileBytes, fileBytes - length - 8);
    }
    catch (error) {
        throw error instanceof ParquetFileError ? error : new ParquetFileError(`its footer is corrupt: ${error.message}`);
    }
    if (layout.columns.some((c) => c.fallback))
        layout.metadata = await hyparquetMetadata(footer);
    parsed.unshift({ footer, fileBytes, layout });
    parsed.length = Math.min(parsed.length, PARSED_KEPT);
    return layout;
}
/** hyparquet's reading of the whole footer, for its reading of the columns it reads (see parquet-fallback.ts). */
async function hyparquetMetadata(footer) {
    // The footer's module alone: hyparquet's whole reader is loaded only for its fallback.
    const { parquetMetadata } = await __webpack_require__.e(/* import() */ 367).then(__webpack_require__.bind(__webpack_require__, 96367));
    try {
        return parquetMetadata(footer, { geoparquet: false });
    }
    catch (error) {
        throw new ParquetFileError(`its footer is corrupt: ${error.message}`);
    }
}
/** The footer's FileMetaData: its schema, then its row groups (read once the schema is known, whatever their order). */
function layoutOf(reader, fileBytes, dataEnd) {
    let schema = [];
    let rowGroupsAt;
    reader.fields((id, type) => {
        if (id === 4 && type === LIST)
            rowGroupsAt = reader.pos; // passed over here, read below
        if (id !== 2 || type !== LIST)
            return false;
        schema = Array.from({ length: reader.list(STRUCT) }, () => schemaElement(reader.struct(1)));
        return true;
    });
    const { columns, leafPaths } = columnsOf(schema);
    const rowGroups = [];
    let firstRow = 0;
    if (rowGroupsAt !== undefined) {
        reader.pos = rowGroupsAt;
        const count = reader.list(STRUCT);
        for (let g = 0; g < count; g++) {
            const group = rowGroupOf(reader, g, leafPaths, dataEnd, firstRow);
            rowGroups.push(group);
            firstRow += group.rows;
        }
    }
    return { columns, rowGroups, rows: firstRow, fileBytes };
}
function columnsOf(schema) {
    if (schema.length === 0)
        throw new ParquetFileError('its footer has no schema');
    const columns = [];
    const leafPaths = [];
    let at = 1;
    // Walks one schema element and its children; returns whether a repeated field lies within.
    const walk = (path, definition) => {
        const element = schema[at++];
        if (!element)
            throw new ParquetFileError('its footer has a schema with fewer elements than it declares');
        if (path.length > parquet_footer_MAX_DEPTH)
            throw new ParquetFileError(`its schema nests fields more than ${parquet_footer_MAX_DEPTH} deep`);
        const here = [...path, element.name];
        const level = definition + (element.repetition_type === 'OPTIONAL' ? 1 : 0);
        let repeated = element.repetition_type === 'REPEATED';
        if (element.num_children) {
            if (element.num_children > schema.length)
                throw new ParquetFileError('its footer has a schema with more children than elements');
            for (let c = 0; c < element.num_children; c++)
                repeated = walk(here, level) || repeated;
            return repeated;
        }
        leafPaths.push(here);
        const logical = logicalOf(element);
        const column = { name: here.join('.') };
        if (repeated)
            column.fallback = 'a repeated field';
        else if (typeof logical === 'string')
            column.fallback = logical;
        else
            column.native = { leaf: leafPaths.length - 1, element, logical, maxDefinition: level };
        columns.push(column);
        return repeated;
    };
    for (let f = 0; f < (schema[0].num_children ?? 0); f++) {
        const name = schema[at]?.name ?? '';
        const before = columns.length;
        // A list or map within a field: hyparquet assembles the whole field, as one column.
        if (walk([], 0))
            columns.splice(before, columns.length - before, { name, fallback: 'a nested (repeated) field' });
    }
    return { columns, leafPaths };
}
/** A RowGroup: its rows, its uncompressed bytes, and where each of its column chunks lies (checked). */
function rowGroupOf(reader, g, leafPaths, dataEnd, firstRow) {
    let rows;
    let bytes = 0;
    const fields = [];
    reader.fields((id, type) => {
        if (id === 1 && type === LIST)
            for (let c = reader.list(STRUCT); c > 0; c--)
                fields.push(chunkFields(reader));
        else if (id === 2)
            bytes = reader.integer(type);
        else if (id === 3)
            rows = reader.integer(type);
        else
            return false;
        return true;
    }, 2);
    if (typeof rows !== 'number' || !Number.isSafeInteger(rows) || rows < 0)
        throw new ParquetFileError(`its footer gives row group ${g} ${rows} rows (corrupt)`);
    if (fields.length !== leafPaths.length)
        throw new ParquetFileError(`its footer gives row group ${g} ${fields.length} column chunks for ${leafPaths.length} columns`);
    const chunks = fields.map((chunk, c) => {
        const name = leafPaths[c].join('.');
        if (!chunk.meta)
            throw new ParquetFileError(`row group ${g}, column "${name}": its column chunk is in another file (${chunk.filePath ?? 'not named'}), which is not supported`);
        const path = chunk.path?.join('.');
        if (path !== name)
            throw new ParquetFileError(`row group ${g}: column chunk ${c} is "${path}" where the schema has "${name}"`);
        const data = Number(chunk.data);
        const dictionary = chunk.dictionary === undefined ? undefined : Number(chunk.dictionary);
        // Some writers set the dictionary offset to 0 when there is none; the first page says what it is.
        const start = dictionary !== undefined && dictionary > 0 && dictionary < data ? dictionary : data;
        const end = start + Number(chunk.compressed);
        if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 4 && end > start && end <= dataEnd)) {
            throw new ParquetFileError(`row group ${g}, column "${name}": the footer places its column chunk at bytes ${start}–${end}, outside the file's ${dataEnd} bytes of data (truncated or corrupt)`);
        }
        return { start, end, codec: constants/* CompressionCodecs */.IE[Number(chunk.codec)] ?? `unknown (${chunk.codec})` };
    });
    return { rows, firstRow, chunks, bytes: Number(bytes) || 0 };
}
/** A ColumnChunk's place and its ColumnMetaData's path, codec and offsets; the rest (statistics above all) is passed over. */
function chunkFields(reader) {
    const chunk = {};
    reader.fields((id, type) => {
        if (id === 1 && type === BINARY)
            chunk.filePath = parquet_footer_text(reader.binary());
        else if (id === 3 && type === STRUCT) {
            chunk.meta = true;
            reader.fields((field, kind) => {
                if (field === 3 && kind === LIST)
                    chunk.path = Array.from({ length: reader.list(BINARY) }, () => parquet_footer_text(reader.binary()));
                else if (field === 4)
                    chunk.codec = reader.integer(kind);
                else if (field === 7)
                    chunk.compressed = reader.integer(kind);
                else if (field === 9)
                    chunk.data = reader.integer(kind);
                else if (field === 11)
                    chunk.dictionary = reader.integer(kind);
                else
                    return false;
                return true;
            }, 5);
        }
        else
            return false;
        return true;
    }, 4);
    return chunk;
}
const decoder = new TextDecoder();
const parquet_footer_text = (bytes) => decoder.decode(bytes);
/** A SchemaElement's struct as hyparquet names its fields (which the fallback and the checks below read). */
function schemaElement(s) {
    const int = (value) => (typeof value === 'number' ? value : undefined);
    return {
        type: constants/* ParquetTypes */.CE[int(s[1]) ?? -1],
        type_length: int(s[2]),
        repetition_type: constants/* FieldRepetitionTypes */.Nw[int(s[3]) ?? -1],
        name: s[4] instanceof Uint8Array ? parquet_footer_text(s[4]) : '',
        num_children: int(s[5]),
        converted_type: constants/* ConvertedTypes */.gQ[int(s[6]) ?? -1],
        scale: int(s[7]),
        precision: int(s[8]),
        field_id: int(s[9]),
        logical_type: logicalType(s[10]),
    };
}
/** LogicalType is a union: the field set names the type. */
const LOGICAL_TYPES = { 1: 'STRING', 2: 'MAP', 3: 'LIST', 4: 'ENUM', 5: 'DECIMAL', 6: 'DATE', 7: 'TIME', 8: 'TIMESTAMP', 10: 'INTEGER', 11: 'NULL', 12: 'JSON', 13: 'BSON', 14: 'UUID', 15: 'FLOAT16', 16: 'VARIANT', 17: 'GEOMETRY', 18: 'GEOGRAPHY' };
const TIME_UNITS = { 1: 'MILLIS', 2: 'MICROS', 3: 'NANOS' };
function logicalType(union) {
    if (!isStruct(union))
        return undefined;
    const id = Number(Object.keys(union)[0]);
    const fields = union[id];
    if (!isStruct(fields))
        return undefined;
    const type = LOGICAL_TYPES[id] ?? `an unknown logical type (${id})`;
    switch (type) {
        case 'DECIMAL':
            return { type, scale: Number(fields[1] ?? 0), precision: Number(fields[2]) };
        case 'TIME':
        case 'TIMESTAMP': {
            const unit = isStruct(fields[2]) ? TIME_UNITS[Number(Object.keys(fields[2])[0])] : undefined;
            if (!unit)
                throw new Error(`a ${type} without its unit`);
            return { type, isAdjustedToUTC: fields[1] === true, unit };
        }
        case 'INTEGER':
            return { type, bitWidth: Number(fields[1]), isSigned: fields[2] === true };
        default:
            return { type };
    }
}
const isStruct = (value) => typeof value === 'object' && !(value instanceof Uint8Array) && !Array.isArray(value);
/** How a leaf's values are read natively, or why they are left to hyparquet (a string). */
function logicalOf(element) {
    const { type, converted_type: converted, logical_type: logical } = element;
    const decimal = logical?.type === 'DECIMAL' || converted === 'DECIMAL';
    if (decimal && (type === 'INT32' || type === 'INT64' || type === 'FIXED_LEN_BYTE_ARRAY' || type === 'BYTE_ARRAY')) {
        const scale = logical?.type === 'DECIMAL' ? logical.scale : (element.scale ?? 0);
        return scale >= 0 && scale <= 76 ? { kind: 'decimal', scale } : `a DECIMAL with scale ${scale}`;
    }
    switch (type) {
        case 'BOOLEAN':
            return { kind: 'boolean' };
        case 'FLOAT':
        case 'DOUBLE':
            return logical ? `${type} as ${logical.type}` : { kind: 'float' };
        case 'INT32':
        case 'INT64': {
            if (logical?.type === 'DATE' || converted === 'DATE')
                return type === 'INT32' ? { kind: 'date' } : 'a DATE stored as INT64';
            if (logical?.type === 'TIMESTAMP')
                return { kind: 'timestamp', perMs: logical.unit === 'MILLIS' ? 1 : logical.unit === 'MICROS' ? 1000 : 1_000_000 };
            if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
                return { kind: 'timestamp', perMs: converted === 'TIMESTAMP_MILLIS' ? 1 : 1000 };
            if (logical?.type === 'INTEGER')
                return { kind: 'integer', unsigned: !logical.isSigned };
            if (converted?.startsWith('UINT_'))
                return { kind: 'integer', unsigned: true };
            if (!logical && (!converted || converted.startsWith('INT_')))
                return { kind: 'integer', unsigned: false };
            return `${type} as ${logical?.type ?? converted}`;
        }
        case 'BYTE_ARRAY':
            if (!logical || logical.type === 'STRING' || logical.type === 'ENUM')
                return converted === undefined || converted === 'UTF8' || converted === 'ENUM' ? { kind: 'text' } : `BYTE_ARRAY as ${converted}`;
            return `BYTE_ARRAY as ${logical.type}`;
        default:
            return `${type}${logical ? ` as ${logical.type}` : converted ? ` as ${converted}` : ''}`;
    }
}

// EXTERNAL MODULE: ./src/data/table.ts
var table = __webpack_require__(82704);
;// CONCATENATED MODULE: ./src/data/parquet.ts
// A Parquet file read column by column into batches of the profile's shapes (see parquet-column.ts):
// one row group at a time, so memory follows a row group's selected column chunks, never the file.
// Only the selected columns' chunks are read. A corrupt part of a row group is a finding naming the
// row group, column and page, and the reader goes on with the next row group.








const NO_MISSING = new Set();
/**
 * Rows per batch: more than CSV's 4,096, so that the profile's work per batch and distinct value is done
 * less often (larger batches save little more and keep more memory); fewer for a wide file, whose
 * batch holds about CELLS_PER_BATCH values.
 */
const MAX_BATCH_ROWS = 1 << 14;
const CELLS_PER_BATCH = 1 << 19;
/**
 * Reads the file's selected columns and row groups as batches; rows are numbered from the file's start.
 * Returns the names of the columns the selection left unread.
 */
async function readParquetColumns(file, visitor, options = {}) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        let layout;
        try {
            layout = await readFooter(handle, (await handle.stat()).size);
        }
        catch (error) {
            if (!(error instanceof ParquetFileError))
                throw error;
            visitor.malformed({ message: `not a readable Parquet file: ${error.message}` });
            return { unselected: [] };
        }
        const columns = layout.columns.filter((c) => (0,table/* isSelected */.sp)(options.select, c.name));
        const unselected = layout.columns.filter((c) => !columns.includes(c)).map((c) => c.name);
        const max = options.maxColumns ?? table/* DEFAULT_MAX_COLUMNS */.jk;
        if (columns.length > max) {
            visitor.malformed({ message: `the file has ${columns.length} columns, more than max-columns (${max}); reading stopped (raise max-columns to read this file)` });
            return { unselected };
        }
        const { start = 0, end = Infinity } = options.rowGroups ?? {};
        const lacking = lackingCodec(layout, columns);
        if (lacking) {
            if (start === 0)
                visitor.malformed({ message: `not a readable Parquet file on this Node: ${lacking}` }); // once, by the part that starts the file
            return { unselected };
        }
        const scratch = spare.pop() ?? { kernel: new ParquetKernel(), chunks: Buffer.alloc(0), texts: [] };
        try {
            const reader = new RowGroupReader(file, layout, columns, visitor, scratch);
            if (layout.rows === 0 && start === 0)
                reader.emptyBatch();
            for (let g = start; g < Math.min(end, layout.rowGroups.length); g++)
                await reader.read(g, handle);
        }
        finally {
            scratch.kernel.reset();
            scratch.texts.forEach(clearTexts);
            if (spare.length < 2)
                spare.push(scratch);
        }
        return { unselected };
    }
    finally {
        await handle.close();
    }
}
/** Why this Node cannot decompress the columns' chunks, if it lacks a codec they use: one finding on the file, not one per chunk. */
function lackingCodec(layout, columns) {
    if (CODECS_LACKING.size === 0)
        return undefined;
    for (const group of layout.rowGroups) {
        for (const column of columns) {
            const why = column.native && CODECS_LACKING.get(group.chunks[column.native.leaf].codec);
            if (why)
                return why;
        }
    }
    return undefined;
}
/** Scratch of reads that ended, for the next on this thread: the parts of a large file reuse it, not grow their own. */
const spare = [];
/**
 * Parts of a file for several threads: runs of row groups of at least `bytes` uncompressed bytes each
 * (a part has fixed costs: its own profile, merged after), from the footer alone, so that the results
 * never depend on the number of cores; with the file's columns. Undefined when one part is all.
 */
async function planRowGroups(file, bytes) {
    const handle = await (0,promises_.open)(file, 'r');
    let layout;
    try {
        layout = await readFooter(handle, (await handle.stat()).size);
    }
    catch {
        return undefined; // the reader reports it
    }
    finally {
        await handle.close();
    }
    const parts = [];
    let size = 0;
    layout.rowGroups.forEach((group, g) => {
        if (parts.length === 0 || size >= bytes) {
            parts.push({ start: g, end: g });
            size = 0;
        }
        parts[parts.length - 1].end = g + 1;
        size += group.bytes;
    });
    // A last part much smaller than the others joins the one before.
    if (parts.length > 1 && size < bytes / 2)
        parts[parts.length - 2].end = parts.pop().end;
    return parts.length > 1 ? { columns: layout.columns.map((c) => c.name), ranges: parts } : undefined;
}
/** A column chunk whose pages disagree with the footer's row count (no one page is at fault). */
class ChunkError extends Error {
}
class RowGroupReader {
    file;
    layout;
    columns;
    visitor;
    scratch;
    readers;
    fallbackColumns = [];
    fallback;
    names;
    rowsPerBatch;
    constructor(file, layout, columns, visitor, scratch) {
        this.file = file;
        this.layout = layout;
        this.columns = columns;
        this.visitor = visitor;
        this.scratch = scratch;
        this.rowsPerBatch = Math.max(64, Math.min(MAX_BATCH_ROWS, Math.floor(CELLS_PER_BATCH / Math.max(1, columns.length))));
        this.readers = columns.map((c, i) => (c.native ? new ColumnReader(c, this.rowsPerBatch, scratch.kernel, (scratch.texts[i] ??= readerTexts())) : undefined));
        this.names = columns.map((c) => c.name);
    }
    /**
     * The row group's selected column chunks, in one read when they lie together (as a whole row group's
     * do), into the scratch buffer, which holds one row group's at a time.
     */
    async chunksOf(group, handle) {
        const places = this.readers.flatMap((reader) => (reader ? [group.chunks[reader.column.native.leaf]] : []));
        const start = Math.min(...places.map((p) => p.start));
        const span = Math.max(...places.map((p) => p.end)) - start;
        const total = places.reduce((sum, p) => sum + p.end - p.start, 0);
        const together = span <= total + (1 << 16);
        const size = together ? span : total;
        if (this.scratch.chunks.length < size)
            this.scratch.chunks = Buffer.allocUnsafe(size);
        const buffer = this.scratch.chunks;
        const read = async (at, length, position) => {
            const { bytesRead } = await handle.read(buffer, at, length, position);
            if (bytesRead !== length)
                throw new Error('the file ends inside its column chunks (truncated)');
        };
        const out = new Map();
        if (together)
            await read(0, span, start);
        let at = 0;
        for (const place of places) {
            const length = place.end - place.start;
            if (!together)
                await read(at, length, place.start);
            const offset = together ? place.start - start : at;
            out.set(place.start, buffer.subarray(offset, offset + length));
            at += length;
        }
        return out;
    }
    /** A file without rows still has columns: a batch of none names them. */
    emptyBatch() {
        const classified = this.columns.map(() => ({ kinds: new Uint8Array(0), numbers: new Float64Array(0), texts: [] }));
        this.visitor.batch({ columns: this.names, values: [], classified, firstRow: 1, length: 0, textual: false });
    }
    /**
     * Reads row group g as batches. What its bytes get wrong is a finding (the rest of the row group is
     * left out); what the visitor throws is not caught here.
     */
    async read(g, handle) {
        const group = this.layout.rowGroups[g];
        const at = { done: 0, column: -1 };
        let other;
        try {
            other = await this.begin(group, handle, at);
        }
        catch (error) {
            return this.failed(g, group, at, error);
        }
        for (;;) {
            let batch;
            try {
                batch = this.decode(group, other, at);
            }
            catch (error) {
                return this.failed(g, group, at, error);
            }
            if (!batch)
                return;
            this.visitor.batch({ columns: this.names, values: [], ...batch, firstRow: group.firstRow + at.done + 1, textual: false });
            at.done += batch.length;
        }
    }
    /** Starts every column on the row group: native ones on their chunk's bytes; hyparquet reads the others whole. */
    async begin(group, handle, at) {
        const { readers, columns } = this;
        const other = [];
        const chunks = readers.some((reader) => reader) ? await this.chunksOf(group, handle) : undefined;
        for (let c = 0; c < columns.length; c++) {
            at.column = c;
            const reader = readers[c];
            if (reader) {
                const place = group.chunks[reader.column.native.leaf];
                reader.begin(chunks.get(place.start), place.codec);
                continue;
            }
            const why = `read by hyparquet: ${columns[c].fallback}`;
            this.fallback ??= await fallbackReader(this.file, this.layout.metadata);
            other[c] = await this.fallback.read(columns[c].name, group.firstRow, group.firstRow + group.rows).catch((error) => {
                throw new Error(`${error.message} (${why})`);
            });
            if (other[c].length !== group.rows)
                throw new Error(`${other[c].length} rows where the footer says ${group.rows} (${why})`);
        }
        return other;
    }
    /** The row group's next batch; undefined at its end, once every column's pages agree with the footer. */
    decode(group, other, at) {
        const { readers, columns } = this;
        if (at.done === group.rows) {
            for (let c = 0; c < columns.length; c++) {
                at.column = c;
                if (readers[c] && readers[c].available() > 0)
                    throw new ChunkError(`its pages hold more rows than the footer's ${group.rows} (corrupt)`);
            }
            return undefined;
        }
        let n = Math.min(this.rowsPerBatch, group.rows - at.done);
        for (let c = 0; c < columns.length; c++) {
            at.column = c;
            const available = readers[c]?.available() ?? Infinity;
            if (available === 0)
                throw new ChunkError(`its pages end after ${at.done} rows where the footer says ${group.rows} (truncated or corrupt)`);
            n = Math.min(n, available);
        }
        const classified = columns.map((_, c) => {
            at.column = c;
            const reader = readers[c];
            if (reader) {
                reader.read(n);
                return reader.out;
            }
            return (this.fallbackColumns[c] = (0,values/* classifyColumn */.fR)(other[c].slice(at.done, at.done + n), n, NO_MISSING, false, this.fallbackColumns[c]));
        });
        return { classified, length: n };
    }
    failed(g, group, at, error) {
        if (error instanceof RangeError && /memory|allocation|array length/i.test(error.message))
            throw error;
        const reader = this.readers[at.column];
        const column = at.column >= 0 ? `, column "${this.columns[at.column].name}"` : '';
        const page = reader && reader.pageIndex >= 0 && !(error instanceof ChunkError) ? `, page ${reader.pageIndex}` : '';
        const rows = at.done < group.rows ? `; its rows ${group.firstRow + at.done + 1}–${group.firstRow + group.rows} were left out` : '';
        this.visitor.malformed({ row: group.firstRow + at.done + 1, message: `row group ${g}${column}${page}: ${error.message}${rows}` });
    }
}


/***/ }),

/***/ 12932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DC: () => (/* binding */ hashFile),
  xz: () => (/* binding */ readTable)
});

// UNUSED EXPORTS: delimiterOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/data/table.ts
var table = __webpack_require__(82704);
;// CONCATENATED MODULE: ./src/data/columns.ts

/**
 * Gathers rows into columnar batches. Records (JSON) may bring new keys at any row: a batch holds the
 * keys its own records have, a column missing from a batch is null there (the profile counts it so).
 * Work and memory follow the cells present, not rows × every key seen: records that each bring a new
 * key stay linear, and a batch ends once it holds BATCH_CELLS cells.
 */
class BatchBuilder {
    visitor;
    withLines;
    maxColumns;
    columns = [];
    index = new Map();
    values = [];
    lines = [];
    firstRow = 1;
    length = 0;
    capacity = table/* BATCH_ROWS */.B8;
    textual = false;
    /** Every key the records had, to hold them to maxColumns. */
    keys = new Set();
    constructor(visitor, withLines, maxColumns = table/* DEFAULT_MAX_COLUMNS */.jk) {
        this.visitor = visitor;
        this.withLines = withLines;
        this.maxColumns = maxColumns;
    }
    setColumns(names) {
        this.columns = names.slice();
        this.index = new Map(names.map((n, i) => [n, i]));
        this.values = names.map(() => []);
        this.capacity = (0,table/* batchRows */.e1)(names.length);
    }
    /** A row of fields in header order (CSV). */
    addFields(fields, line) {
        this.textual = true;
        for (let c = 0; c < fields.length; c++)
            this.values[c].push(fields[c]);
        if (this.withLines)
            this.lines.push(line);
        if (++this.length === this.capacity)
            this.flush();
    }
    /**
     * A record by key (JSON); keys absent from it are null. False, adding nothing, when it brings the
     * keys past maxColumns: a finding at its line (or row), and the caller stops reading.
     */
    addRecord(record, line) {
        const row = this.length;
        const keys = Object.keys(record);
        for (const key of keys) {
            if (this.keys.has(key))
                continue;
            if (this.keys.size === this.maxColumns) {
                const where = this.withLines ? { line } : { row: this.firstRow + row };
                this.visitor.malformed({ ...where, message: `key "${key.slice(0, 80)}" is column ${this.maxColumns + 1}, more than max-columns (${this.maxColumns}); reading stopped (raise max-columns to read this file)` });
                return false;
            }
            this.keys.add(key);
        }
        for (const key of keys) {
            let c = this.index.get(key);
            if (c === undefined) {
                c = this.columns.length;
                this.index.set(key, c);
                this.columns.push(key);
                this.values.push([]);
            }
            const column = this.values[c];
            while (column.length < row)
                column.push(null); // the batch's rows before, which lacked it
            column.push(record[key]);
        }
        if (this.withLines)
            this.lines.push(line);
        if (++this.length === table/* BATCH_ROWS */.B8 || this.length * this.columns.length >= table/* BATCH_CELLS */.VI)
            this.flush();
        return true;
    }
    /** Rows the CSV reader typed from bytes, in header order. */
    addTyped(classified, lines, rows) {
        this.flush();
        this.visitor.batch({ columns: this.columns, values: [], classified, lines: lines.subarray(0, rows), firstRow: this.firstRow, length: rows, textual: true });
        this.firstRow += rows;
    }
    flush() {
        if (this.length === 0)
            return;
        for (const column of this.values)
            while (column.length < this.length)
                column.push(null);
        const batch = { columns: this.columns.slice(), values: this.values, firstRow: this.firstRow, length: this.length, textual: this.textual };
        if (this.withLines)
            batch.lines = this.lines;
        this.visitor.batch(batch);
        this.firstRow += this.length;
        if (this.textual)
            this.values = this.columns.map(() => []);
        else {
            // Records: the next batch holds the keys its own records have.
            this.columns = [];
            this.index = new Map();
            this.values = [];
        }
        this.lines = [];
        this.length = 0;
    }
}

// EXTERNAL MODULE: ./src/data/csv.ts + 3 modules
var csv = __webpack_require__(32187);
// EXTERNAL MODULE: ./src/data/parquet.ts + 12 modules
var parquet = __webpack_require__(44079);
;// CONCATENATED MODULE: ./src/data/read.ts
// One streaming pass over a data file: bytes are hashed for the fingerprint and parsed into
// columnar batches. Malformed content becomes a finding with its line; only I/O failures throw.










// Reads of 128 KiB. Text parsed as strings wants small reads: a chunk's lines and fields live until its
// rows are processed, and short strings alive across a scavenge are promoted (the 3M-row CSV as text
// peaked at 216 MB with 32 KiB reads and 275 MB with 1 MiB; quoted, 207 MB with 32 KiB and 223 MB with
// 128 KiB). Bytes typed in place make few strings, and fewer, larger batches are 7% faster.
const CHUNK = 1 << 17;
const MAX_JSON_BYTES = 1 << 30;
const NEWLINE = 10;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Reads `file` once, calling the visitor with batches and malformed findings; returns the file's hash. */
async function readTable(file, options, visitor) {
    if (options.format === 'parquet')
        return readParquet(file, options, visitor);
    const hash = options.range ? undefined : (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const count = (chunk) => {
        hash?.update(chunk);
        bytes += chunk.length;
    };
    const { push, parser } = textConsumer(options, visitor);
    const gunzip = options.gzip ? (0,external_node_zlib_.createGunzip)() : undefined;
    try {
        if (gunzip) {
            const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK });
            raw.on('data', (chunk) => count(chunk));
            for await (const chunk of raw.pipe(gunzip))
                push(chunk);
        }
        else {
            for await (const chunk of fileChunks(file, options.range)) {
                count(chunk);
                push(chunk);
            }
        }
        push(undefined);
    }
    catch (error) {
        // zlib's own errors (Z_DATA_ERROR: bad header, method, flags, CRC or length; Z_BUF_ERROR: truncated) are the file's.
        const code = error.code;
        if (!gunzip || !code?.startsWith('Z_'))
            throw error;
        visitor.malformed({ message: `not a readable gzip file: ${error.message} (near byte ${gunzip.bytesWritten} of the compressed file)` });
    }
    return { sha256: hash?.digest('hex') ?? '', bytes, ...(parser && { text: { nextLine: parser.nextLine, stopped: parser.isStopped } }) };
}
/**
 * The file's bytes [start, end) in chunks of two buffers, reused in turn: a chunk is valid until the
 * next one is asked for (a buffer per read left hundreds of MB to the collector), and the next read is
 * already under way while the caller works on this one.
 */
async function* fileChunks(file, range, size = CHUNK) {
    const handle = await (0,promises_.open)(file, 'r');
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    const end = range?.end ?? Infinity;
    let position = range?.start ?? 0;
    const readInto = (buffer) => {
        const at = position;
        const length = Math.min(size, end - at);
        position += length;
        return length <= 0 ? Promise.resolve({ at, length, bytesRead: 0 }) : handle.read(buffer, 0, length, at).then(({ bytesRead }) => ({ at, length, bytesRead }));
    };
    let turn = 0;
    let pending = readInto(buffers[0]);
    try {
        for (;;) {
            const { at, length, bytesRead } = await pending;
            if (bytesRead === 0)
                return;
            if (bytesRead < length)
                position = at + bytesRead; // a short read: go on from where it stopped
            const current = buffers[turn];
            turn ^= 1;
            pending = readInto(buffers[turn]);
            yield current.subarray(0, bytesRead);
        }
    }
    finally {
        await pending.catch(() => undefined);
        await handle.close();
    }
}
/** A function taking decompressed chunks (undefined at the end) for the text formats. */
function textConsumer(options, visitor) {
    const maxRowChars = options.maxRowChars ?? 64 * 1024 * 1024;
    const maxColumns = options.maxColumns ?? table/* DEFAULT_MAX_COLUMNS */.jk;
    if (options.format === 'csv' || options.format === 'tsv') {
        const builder = new BatchBuilder(visitor, true);
        const columns = options.range?.columns;
        if (columns)
            builder.setColumns(columns);
        const parser = new csv/* CsvParser */.C({
            header: (names) => builder.setColumns(names),
            row: (fields, line) => builder.addFields(fields, line),
            typedRows: (classified, lines, length) => builder.addTyped(classified, lines, length),
            malformed: (problem) => visitor.malformed(problem),
        }, { delimiter: delimiterOf(options.format), maxRowChars, maxColumns, ...(columns && { columns }), ...(options.missing && { missing: options.missing }) });
        const push = (chunk) => {
            if (chunk)
                parser.push(chunk);
            else {
                parser.end();
                builder.flush();
            }
        };
        return { push, parser };
    }
    if (options.range)
        throw new Error(`byte ranges are for CSV and TSV, not ${options.format}`);
    const maxDepth = options.maxDepth ?? table/* DEFAULT_MAX_DEPTH */.J;
    return { push: options.format === 'jsonl' ? jsonLines(visitor, { maxRowChars, maxColumns, maxDepth }) : jsonArray(visitor, { maxColumns, maxDepth }) };
}
const delimiterOf = (format) => (format === 'tsv' ? '\t' : ',');
/**
 * JSON Lines, split on newline bytes (a newline is never part of a longer UTF-8 sequence): a line is
 * decoded once, when whole, however many chunks it spans. A byte order mark at the start is skipped.
 */
function jsonLines(visitor, limits) {
    const builder = new BatchBuilder(visitor, true, limits.maxColumns);
    /** The line begun in earlier chunks (copies: chunks are reused). */
    let parts = [];
    let carried = 0;
    let line = 1;
    let stopped = false;
    let atStart = true;
    const parseLine = (bytes, checked) => {
        const current = line++;
        const text = bytes.toString('utf8');
        if (text.trim() === '')
            return;
        if (!checked && !(0,external_node_buffer_.isUtf8)(bytes))
            visitor.malformed({ line: current, message: 'invalid UTF-8 bytes in this line (read as U+FFFD); re-save the file as UTF-8' });
        const record = parseRecord(text, limits.maxDepth, 0, (message) => visitor.malformed({ line: current, message }));
        if (record === undefined)
            return;
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            visitor.malformed({ line: current, message: `expected a JSON object (one record per line), found ${Array.isArray(record) ? 'an array' : JSON.stringify(record)?.slice(0, 40)}` });
            return;
        }
        if (!builder.addRecord(record, current))
            stopped = true;
    };
    return (chunk) => {
        if (!chunk) {
            if (carried > 0 && !stopped)
                parseLine(Buffer.concat(parts), false);
            builder.flush(); // the rows before a stop count
            return;
        }
        if (stopped)
            return;
        let start = 0;
        if (atStart) {
            if (carried + chunk.length < BOM.length && BOM.subarray(0, carried + chunk.length).equals(Buffer.concat([...parts, chunk]))) {
                parts.push(Buffer.from(chunk));
                carried += chunk.length;
                return;
            }
            atStart = false;
            const head = carried > 0 ? Buffer.concat([...parts, chunk]) : chunk;
            [parts, carried] = [[], 0];
            if (head.subarray(0, BOM.length).equals(BOM))
                start = BOM.length;
            chunk = head;
        }
        // Lines whole within the chunk are checked with it, at once; the slow search runs only when it fails.
        const valid = (0,external_node_buffer_.isUtf8)(chunk);
        for (let end = chunk.indexOf(NEWLINE, start); end !== -1 && !stopped; end = chunk.indexOf(NEWLINE, start)) {
            if (carried > 0) {
                parts.push(chunk.subarray(start, end));
                parseLine(Buffer.concat(parts), false);
                [parts, carried] = [[], 0];
            }
            else
                parseLine(chunk.subarray(start, end), valid);
            start = end + 1;
        }
        if (stopped || start === chunk.length)
            return;
        parts.push(Buffer.from(chunk.subarray(start)));
        carried += chunk.length - start;
        if (carried > limits.maxRowChars) {
            visitor.malformed({ line, message: `a line longer than ${limits.maxRowChars} bytes starts here; reading stopped` });
            stopped = true;
        }
    };
}
/**
 * JSON.parse of one record (a JSON Lines line, or a whole .json document with `outer` 1 for its array),
 * after a look that it nests no deeper than maxDepth: deeper values are a finding, never recursion
 * without end later on. `bad` hears the finding (with the line within `text`); undefined then.
 */
function parseRecord(text, maxDepth, outer, bad) {
    const deep = deepAt(text, maxDepth + outer);
    if (deep !== -1) {
        bad(`a value nested deeper than ${maxDepth} levels (arrays and objects); records must be flatter`, lineAt(text, deep));
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const at = /position (\d+)/.exec(message);
        bad(`not valid JSON: ${message}`, at ? lineAt(text, Number(at[1])) : undefined);
        return undefined;
    }
}
/** Where `text` first nests arrays and objects deeper than `max`, or -1; one pass, no recursion. */
function deepAt(text, max) {
    let opens = 0;
    for (let i = text.indexOf('['); i !== -1 && opens <= max; i = text.indexOf('[', i + 1))
        opens++;
    for (let i = text.indexOf('{'); i !== -1 && opens <= max; i = text.indexOf('{', i + 1))
        opens++;
    if (opens <= max)
        return -1; // fewer brackets than the cap cannot nest deeper
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++; // a backslash escapes the next character
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > max)
                return i;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return -1;
}
/** The 1-based line of position `at` in `text`. */
function lineAt(text, at) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** A JSON array of records: parsed whole (JSON has no streaming form), so it is capped in size. */
function jsonArray(visitor, limits) {
    const parts = [];
    let size = 0;
    return (chunk) => {
        if (chunk) {
            size += chunk.length;
            if (size > MAX_JSON_BYTES)
                throw new errors/* ConfigurationError */.j(`A .json data file over 1 GiB cannot be read at once: write it as JSON Lines (.jsonl) instead, one record per line.`);
            parts.push(Buffer.from(chunk)); // chunks are reused
            return;
        }
        let bytes = Buffer.concat(parts);
        if (bytes.subarray(0, BOM.length).equals(BOM))
            bytes = bytes.subarray(BOM.length);
        if (!(0,external_node_buffer_.isUtf8)(bytes))
            visitor.malformed({ line: firstInvalidLine(bytes), message: 'invalid UTF-8 bytes from this line on (read as U+FFFD); re-save the file as UTF-8' });
        const text = bytes.toString('utf8');
        const value = parseRecord(text, limits.maxDepth, 1, (message, line) => visitor.malformed({ line, message }));
        if (value === undefined)
            return;
        if (!Array.isArray(value)) {
            visitor.malformed({ line: 1, message: 'expected a JSON array of records ([{...}, {...}])' });
            return;
        }
        const builder = new BatchBuilder(visitor, false, limits.maxColumns);
        for (let i = 0; i < value.length; i++) {
            const record = value[i];
            if (record === null || typeof record !== 'object' || Array.isArray(record))
                visitor.malformed({ row: i + 1, message: `record ${i + 1} is not an object` });
            else if (!builder.addRecord(record, 0))
                break;
        }
        builder.flush();
    };
}
/** The first line of `bytes` that is not valid UTF-8. */
function firstInvalidLine(bytes) {
    let line = 1;
    for (let start = 0; start < bytes.length; line++) {
        const newline = bytes.indexOf(NEWLINE, start);
        const end = newline === -1 ? bytes.length : newline;
        if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(start, end)))
            return line;
        start = end + 1;
    }
    return line;
}
/**
 * The file's sha256 and size (a separate pass where parsing is split up). Reads of 1 MiB: the pass
 * shares its thread with range reads, and each read waits its turn in the event loop.
 */
async function hashFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of fileChunks(file, undefined, 1 << 20)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
/** Parquet, column by column (parquet.ts); the file's hash is taken while it is read, or apart for a part of it. */
async function readParquet(file, options, visitor) {
    const hashing = options.rowGroups ? undefined : hashFile(file);
    const { unselected } = await (0,parquet/* readParquetColumns */.G)(file, visitor, options);
    return { ...((await hashing) ?? { sha256: '', bytes: 0 }), ...(unselected.length > 0 && { unselected }) };
}


/***/ }),

/***/ 82704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ BATCH_ROWS),
/* harmony export */   J: () => (/* binding */ DEFAULT_MAX_DEPTH),
/* harmony export */   VI: () => (/* binding */ BATCH_CELLS),
/* harmony export */   e1: () => (/* binding */ batchRows),
/* harmony export */   jk: () => (/* binding */ DEFAULT_MAX_COLUMNS),
/* harmony export */   mT: () => (/* binding */ ProblemLog),
/* harmony export */   sp: () => (/* binding */ isSelected)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_EXAMPLES */
const DEFAULT_MAX_COLUMNS = 10_000;
const DEFAULT_MAX_DEPTH = 64;
const DEFAULT_MAX_EXAMPLES = 10;
/** Malformed parts of a file: all counted, the first `keep` kept with their lines, so memory holds `keep` however many there are. */
class ProblemLog {
    keep;
    count = 0;
    first = [];
    constructor(keep = DEFAULT_MAX_EXAMPLES) {
        this.keep = keep;
    }
    add(problem) {
        this.count++;
        if (this.first.length < this.keep)
            this.first.push(problem);
    }
}
const BATCH_ROWS = 4096;
/**
 * Cells (rows × columns) in a batch: a wide table has short batches, so that what a batch holds per
 * column (the CSV kernel's arrays, classified values) follows the data, not a fixed number of rows.
 */
const BATCH_CELLS = 1 << 18;
/** Rows in a batch of `columns` columns: BATCH_ROWS for up to 64 columns, fewer for wider tables, at least one. */
const batchRows = (columns) => Math.max(1, Math.min(BATCH_ROWS, Math.floor(BATCH_CELLS / Math.max(1, columns))));
const isSelected = (selection, name) => !selection || ((!selection.include || selection.include.includes(name)) && !selection.exclude?.includes(name));


/***/ }),

/***/ 62884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ textAt),
/* harmony export */   LT: () => (/* binding */ codeAt),
/* harmony export */   N6: () => (/* binding */ classifyBatch),
/* harmony export */   OF: () => (/* binding */ isPlainNumber),
/* harmony export */   R9: () => (/* binding */ typeOfKinds),
/* harmony export */   Vv: () => (/* binding */ NO_CODE_YET),
/* harmony export */   X8: () => (/* binding */ parseIsoTimeBytes),
/* harmony export */   b8: () => (/* binding */ Kind),
/* harmony export */   fR: () => (/* binding */ classifyColumn),
/* harmony export */   kd: () => (/* binding */ KIND_NAMES),
/* harmony export */   pr: () => (/* binding */ isPlainInteger)
/* harmony export */ });
/* unused harmony exports parseIsoTime, classifyBytes */
const Kind = {
    null: 0,
    boolean: 1,
    integer: 2,
    number: 3,
    date: 4,
    datetime: 5,
    string: 6,
};
const KIND_NAMES = ['null', 'boolean', 'integer', 'number', 'date', 'datetime', 'string'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Powers of ten that doubles hold exactly: m / 10^k with m < 2^53 is then correctly rounded (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const isDigit = (c) => c >= 48 && c <= 57;
/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function digits(bytes, from, count) {
    let value = 0;
    for (let i = from; i < from + count; i++) {
        const c = bytes[i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + c - 48;
    }
    return value;
}
/** The last valid date read: consecutive rows of a time series mostly share it. */
const lastDate = new Uint8Array(10);
let lastDateMs = NaN;
/** Epoch milliseconds of the ISO 8601 date YYYY-MM-DD at bytes[s], NaN if it is not a calendar date. */
function dayMs(bytes, s) {
    let same = !Number.isNaN(lastDateMs);
    for (let i = 0; i < 10 && same; i++)
        same = bytes[s + i] === lastDate[i];
    if (same)
        return lastDateMs;
    if (bytes[s + 4] !== 45 || bytes[s + 7] !== 45)
        return NaN;
    const y = digits(bytes, s, 4);
    const m = digits(bytes, s + 5, 2);
    const d = digits(bytes, s + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1)
        return NaN;
    const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (d > DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0))
        return NaN;
    for (let i = 0; i < 10; i++)
        lastDate[i] = bytes[s + i];
    return (lastDateMs = daysFromCivil(y, m, d) * 86_400_000);
}
/**
 * Epoch milliseconds of the ISO 8601 date (YYYY-MM-DD) or datetime (YYYY-MM-DD[T ]hh:mm[:ss[.fff]][Z|±hh[:]mm])
 * in bytes [s, e), NaN when it is not one or the calendar has no such day (2024-02-30). Read by position.
 */
function parseIsoTimeBytes(bytes, s, e) {
    const n = e - s;
    if (n < 10)
        return NaN;
    let ms = dayMs(bytes, s);
    if (n === 10 || Number.isNaN(ms))
        return ms;
    const sep = bytes[s + 10];
    if ((sep !== 84 && sep !== 32) || n < 16 || bytes[s + 13] !== 58)
        return NaN;
    const hh = digits(bytes, s + 11, 2);
    const mm = digits(bytes, s + 14, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
        return NaN;
    ms += hh * 3_600_000 + mm * 60_000;
    let i = s + 16;
    if (i < e && bytes[i] === 58) {
        const ss = digits(bytes, s + 17, 2);
        if (ss < 0 || ss > 59 || s + 19 > e)
            return NaN;
        ms += ss * 1000;
        i = s + 19;
        if (i < e && bytes[i] === 46) {
            let scale = 100;
            let j = i + 1;
            for (; j < e && isDigit(bytes[j]); j++) {
                ms += (bytes[j] - 48) * scale;
                scale /= 10;
            }
            if (j === i + 1)
                return NaN;
            i = j;
        }
    }
    if (i === e)
        return ms;
    const zone = bytes[i];
    if (zone === 90 && i === e - 1)
        return ms; // Z
    if ((zone !== 43 && zone !== 45) || i + 5 > e)
        return NaN;
    const oh = digits(bytes, i + 1, 2);
    const colon = bytes[i + 3] === 58 ? 1 : 0;
    if (i + 5 + colon !== e)
        return NaN;
    const om = digits(bytes, i + 3 + colon, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59)
        return NaN;
    return ms - (zone === 43 ? 1 : -1) * (oh * 3_600_000 + om * 60_000);
}
/** Text as bytes when it is ASCII (the only text that can be a number, date or boolean), else undefined. */
let asciiScratch = new Uint8Array(64);
function asciiBytes(text) {
    if (text.length > asciiScratch.length)
        asciiScratch = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 127)
            return undefined;
        asciiScratch[i] = c;
    }
    return asciiScratch;
}
/** Epoch milliseconds of an ISO 8601 date or datetime text (see parseIsoTimeBytes), NaN when it is not one. */
function parseIsoTime(text) {
    const bytes = asciiBytes(text);
    return bytes ? parseIsoTimeBytes(bytes, 0, text.length) : NaN;
}
/** -2, as assembly/csv.ts writes it for every field. */
const NO_CODE_YET = -2;
/** The dictionary code of value i (see Interner), -1 when it has none (typed values, long or rare texts). */
function codeAt(column, i) {
    const source = column.source;
    if (!source)
        return -1;
    const code = source.codes[i];
    return code !== NO_CODE_YET ? code : (source.codes[i] = source.strings.code(source.bytes, source.starts[i], source.ends[i]));
}
/**
 * Whether integer value i is written as String(its number), so that the number stands for its text:
 * no '+' sign and not "-0" (integers never have leading zeros: those are strings).
 */
function isPlainInteger(column, i) {
    const text = column.texts[i];
    if (text !== undefined)
        return text === String(column.numbers[i]);
    const source = column.source;
    if (!source)
        return !Object.is(column.numbers[i], -0);
    return source.bytes[source.starts[i]] !== 43 && !Object.is(column.numbers[i], -0);
}
/**
 * Whether numeric value i is written as String(its number), "1.5" or "-3" but not "1.50", "+3", ".5",
 * "-0" or "0.0000001" (String writes 1e-7): then its number stands for its text, and no text need be
 * made. Read from the bytes (or the text's characters); String() decides only for more than 15
 * significant digits, where the text may not be the shortest that gives the number. False for every
 * exponent form, even one String writes (1e+21): a caller then reads the text. A typed value without
 * bytes (a Parquet number) is plain when its text is: a decimal's "1.50" is not.
 */
function isPlainNumber(column, i) {
    const text = column.texts[i];
    const x = column.numbers[i];
    if (text != null) {
        const bytes = asciiBytes(text);
        const plain = bytes ? plainness(bytes, 0, text.length, x) : NOT_PLAIN;
        return plain === PLAIN || (plain === UNDECIDED && text === String(x));
    }
    if (!column.source)
        return textAt(column, i) === String(x); // typed values (Parquet): their text is made by format
    const { bytes, starts, ends } = column.source;
    const plain = plainness(bytes, starts[i], ends[i], x);
    return plain === PLAIN || (plain === UNDECIDED && bytes.toString('latin1', starts[i], ends[i]) === String(x));
}
const NOT_PLAIN = 0;
const PLAIN = 1;
/** More than 15 significant digits: the text may not be the shortest that gives x. */
const UNDECIDED = 2;
/** Whether bytes [s, e), a number x, are written as String(x) writes x (see isPlainNumber). */
function plainness(bytes, s, e, x) {
    let p = s;
    if (bytes[p] === 45) {
        if (x === 0)
            return NOT_PLAIN; // "-0": String(-0) is "0"
        p++;
    }
    const intStart = p;
    while (p < e && isDigit(bytes[p]))
        p++;
    const intDigits = p - intStart;
    if (intDigits === 0 || intDigits > 21 || (intDigits > 1 && bytes[intStart] === 48))
        return NOT_PLAIN; // "+3", ".5"; from 1e21 String writes an exponent; "00.5"
    let significant = bytes[intStart] === 48 ? 0 : intDigits;
    if (p < e) {
        if (bytes[p] !== 46)
            return NOT_PLAIN; // an exponent
        const fraction = ++p;
        while (p < e && isDigit(bytes[p]))
            p++;
        if (p !== e || p === fraction || bytes[e - 1] === 48)
            return NOT_PLAIN; // "5.", "1.5e3", "1.50"
        if (significant === 0) {
            let first = fraction;
            while (bytes[first] === 48)
                first++;
            if (first - fraction > 5)
                return NOT_PLAIN; // under 1e-6 String writes an exponent
            significant = e - first;
        }
        else
            significant += e - fraction;
    }
    // Up to 15 digits the text is the shortest that gives x (doubles hold 15 decimal digits): String's.
    return significant <= 15 ? PLAIN : UNDECIDED;
}
/** The text of value i (null for a null), made from its bytes on first use. */
function textAt(column, i) {
    if (column.kinds[i] === Kind.null)
        return null;
    const text = column.texts[i];
    if (text !== undefined)
        return text;
    if (!column.source)
        return (column.texts[i] = column.format(i));
    const code = codeAt(column, i);
    const { bytes, starts, ends, strings } = column.source;
    return (column.texts[i] = code >= 0 ? strings.textOf(code) : bytes.toString('utf8', starts[i], ends[i]));
}
/**
 * Types the non-null value in bytes [s, e) by inference (assembly/csv.ts has the same rules for the
 * byte scanner; test/data/csv-bytes.test.ts holds the two to the same answers) and writes out.kinds/out.numbers at i (no
 * allocation: this runs for every field). Integers, decimals and exponents are numbers; identifiers with
 * leading zeros (zip codes) stay strings; ISO dates and datetimes are instants; true/false (any case) booleans.
 */
function classifyBytes(bytes, s, e, out, i) {
    const { kinds, numbers } = out;
    numbers[i] = NaN;
    const first = s < e ? bytes[s] : 0;
    if (isDigit(first) || first === 45 || first === 43 || first === 46) {
        let p = first === 45 || first === 43 ? s + 1 : s;
        const intStart = p;
        let mantissa = 0;
        while (p < e && isDigit(bytes[p]))
            mantissa = mantissa * 10 + bytes[p++] - 48;
        const intDigits = p - intStart;
        if (p === e && intDigits > 0) {
            if (intDigits > 1 && bytes[intStart] === 48) {
                kinds[i] = Kind.string;
                return;
            }
            kinds[i] = Kind.integer;
            numbers[i] = intDigits <= 15 ? (first === 45 ? -mantissa : mantissa) : numberOf(bytes, s, e);
            return;
        }
        let fracDigits = 0;
        if (p < e && bytes[p] === 46) {
            p++;
            while (p < e && isDigit(bytes[p])) {
                mantissa = mantissa * 10 + bytes[p++] - 48;
                fracDigits++;
            }
        }
        let exponent = false;
        if (intDigits + fracDigits > 0 && p < e && (bytes[p] | 32) === 101) {
            p++;
            if (p < e && (bytes[p] === 43 || bytes[p] === 45))
                p++;
            const expStart = p;
            while (p < e && isDigit(bytes[p]))
                p++;
            exponent = p > expStart;
            if (!exponent)
                p = -1;
        }
        if (p === e && intDigits + fracDigits > 0) {
            kinds[i] = Kind.number;
            const exact = !exponent && intDigits + fracDigits <= 15;
            numbers[i] = exact ? (first === 45 ? -mantissa : mantissa) / POW10[fracDigits] : numberOf(bytes, s, e);
            return;
        }
        const n = e - s;
        if (n === 10 || n >= 16) {
            const t = parseIsoTimeBytes(bytes, s, e);
            if (!Number.isNaN(t)) {
                kinds[i] = n === 10 ? Kind.date : Kind.datetime;
                numbers[i] = t;
                return;
            }
        }
        kinds[i] = Kind.string;
        return;
    }
    const n = e - s;
    if ((n === 4 && isWord(bytes, s, 'true')) || (n === 5 && isWord(bytes, s, 'false'))) {
        kinds[i] = Kind.boolean;
        numbers[i] = n === 4 ? 1 : 0;
        return;
    }
    kinds[i] = Kind.string;
}
/** Number() of ASCII bytes: the rare long or exponent forms, where the fast path would not be exact. */
function numberOf(bytes, s, e) {
    let text = '';
    for (let i = s; i < e; i++)
        text += String.fromCharCode(bytes[i]);
    return Number(text);
}
/** Whether bytes at s spell `word` (lower case ASCII), in any case. */
function isWord(bytes, s, word) {
    for (let i = 0; i < word.length; i++)
        if ((bytes[s + i] | 32) !== word.charCodeAt(i))
            return false;
    return true;
}
/** Text from CSV/TSV typed by inference, as classifyBytes types its bytes. */
function classifyText(text, missing, out, i) {
    if (missing.has(text)) {
        out.kinds[i] = Kind.null;
        out.numbers[i] = NaN;
        return;
    }
    const bytes = text.length > 0 ? asciiBytes(text) : undefined;
    if (bytes)
        classifyBytes(bytes, 0, text.length, out, i);
    else {
        out.kinds[i] = Kind.string;
        out.numbers[i] = NaN;
    }
}
/** A typed value from JSON or Parquet. Strings are only recognised as dates, never as numbers. */
function classifyTyped(value) {
    if (value === null || value === undefined)
        return { kind: Kind.null, number: NaN, text: null };
    switch (typeof value) {
        case 'number':
            if (!Number.isFinite(value))
                return { kind: Kind.number, number: value, text: String(value) };
            return { kind: Number.isInteger(value) ? Kind.integer : Kind.number, number: value, text: String(value) };
        case 'bigint':
            return { kind: Kind.integer, number: Number(value), text: value.toString() };
        case 'boolean':
            return { kind: Kind.boolean, number: value ? 1 : 0, text: String(value) };
        case 'string':
            if (value.length === 10 || value.length >= 16) {
                const t = parseIsoTime(value);
                if (!Number.isNaN(t))
                    return { kind: value.length === 10 ? Kind.date : Kind.datetime, number: t, text: value };
            }
            return { kind: Kind.string, number: NaN, text: value };
        default:
            if (value instanceof Date)
                return { kind: Kind.datetime, number: value.getTime(), text: value.toISOString() };
            return { kind: Kind.string, number: NaN, text: JSON.stringify(value) };
    }
}
/**
 * `textual`: the values are CSV/TSV text whose types are to be inferred. `reuse` gives arrays from the
 * previous batch to fill again: fresh typed arrays per batch would be garbage the collector promotes.
 */
function classifyColumn(values, length, missing, textual, reuse) {
    const out = reuse && reuse.kinds.length >= length ? reuse : { kinds: new Uint8Array(length), numbers: new Float64Array(length), texts: new Array(length) };
    const { kinds, numbers, texts } = out;
    for (let i = 0; i < length; i++) {
        const value = values[i];
        if (textual) {
            classifyText(value, missing, out, i);
            texts[i] = kinds[i] === Kind.null ? null : value;
        }
        else {
            const c = classifyTyped(value);
            kinds[i] = c.kind;
            numbers[i] = c.number;
            texts[i] = c.text;
        }
    }
    return out;
}
/** The narrowest type holding every non-null kind seen (a bit mask of kind codes). */
function typeOfKinds(mask) {
    const bits = mask & ~(1 << Kind.null);
    if (bits === 0)
        return 'null';
    if (bits === 1 << Kind.integer)
        return 'integer';
    if ((bits & ~((1 << Kind.integer) | (1 << Kind.number))) === 0)
        return 'number';
    if (bits === 1 << Kind.boolean)
        return 'boolean';
    if (bits === 1 << Kind.date)
        return 'date';
    if ((bits & ~((1 << Kind.date) | (1 << Kind.datetime))) === 0)
        return 'datetime';
    return 'string';
}
/**
 * Classifies every column of a batch, filling the arrays the previous batch used at the same position
 * (`scratch`) so that no typed arrays become garbage per batch, and memory follows a batch's cells, not
 * every column ever seen. A batch the reader classified from bytes is taken as it is.
 */
function classifyBatch(batch, missing, scratch) {
    const classified = new Map();
    batch.columns.forEach((name, c) => {
        if (batch.classified) {
            classified.set(name, batch.classified[c]);
            return;
        }
        const column = classifyColumn(batch.values[c], batch.length, missing, batch.textual, scratch[c]);
        scratch[c] = column;
        classified.set(name, column);
    });
    return classified;
}


/***/ }),

/***/ 90651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ currentRepo),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** The repository the job runs for (GITHUB_REPOSITORY). */
function currentRepo(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('GITHUB_REPOSITORY is not set: run this step in GitHub Actions, or set GITHUB_REPOSITORY=owner/repo.');
    return { owner, repo };
}
/** The URL of this workflow run, for links in reports, issues and dispatched inputs. */
function runUrl(env) {
    return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
}
/** HTTP status of an Octokit error, if it is one. */
function statusOf(error) {
    return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}


/***/ }),

/***/ 82571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UW: () => (/* binding */ HIGHER_IS_BETTER),
/* harmony export */   W2: () => (/* binding */ rowLogLoss),
/* harmony export */   We: () => (/* binding */ r2Of),
/* harmony export */   a1: () => (/* binding */ proportionOf),
/* harmony export */   a3: () => (/* binding */ metricValue),
/* harmony export */   jd: () => (/* binding */ aucOf),
/* harmony export */   li: () => (/* binding */ f1Of),
/* harmony export */   m0: () => (/* binding */ TASK_OF),
/* harmony export */   vY: () => (/* binding */ SCORE_METRICS),
/* harmony export */   w1: () => (/* binding */ QUALITY_METRICS),
/* harmony export */   wo: () => (/* binding */ confusionOf)
/* harmony export */ });
/* unused harmony export rocAuc */
/* harmony import */ var _stats_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20329);
// Model quality on labelled rows, defined as scikit-learn 1.2 defines it (and as train-gate reads it):
// accuracy_score; precision_score, recall_score and f1_score of the positive class (zero_division → 0);
// roc_auc_score and log_loss of the positive class's score; mean_absolute_error, the root of
// mean_squared_error, r2_score.

const QUALITY_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2'];
const TASK_OF = {
    accuracy: 'classification', precision: 'classification', recall: 'classification', f1: 'classification', roc_auc: 'classification', log_loss: 'classification',
    mae: 'regression', rmse: 'regression', r2: 'regression',
};
const HIGHER_IS_BETTER = { accuracy: true, precision: true, recall: true, f1: true, roc_auc: true, log_loss: false, mae: false, rmse: false, r2: true };
/** Metrics of the score column; the others read the prediction column. */
const SCORE_METRICS = new Set(['roc_auc', 'log_loss']);
// A sample's confusion matrix and ROC AUC are read by several metrics and intervals: computed once.
const confusions = new WeakMap();
const aucs = new WeakMap();
function confusionOf(sample) {
    const known = confusions.get(sample);
    if (known)
        return known;
    const { actual, predicted, correct } = sample;
    const out = { tp: 0, fp: 0, fn: 0, tn: 0, correct: 0 };
    for (let i = 0; i < sample.n && predicted && correct; i++) {
        out.correct += correct[i];
        if (actual[i])
            predicted[i] ? out.tp++ : out.fn++;
        else
            predicted[i] ? out.fp++ : out.tn++;
    }
    confusions.set(sample, out);
    return out;
}
/** The sample's ROC AUC and DeLong's variance of it (rocAuc), of its score column. */
function aucOf(sample) {
    let known = aucs.get(sample);
    if (!known)
        aucs.set(sample, (known = rocAuc(sample.actual, sample.score, sample.n)));
    return known;
}
/** A proportion of the confusion matrix: successes over trials (the metric is 0 where there are no trials). */
function proportionOf(metric, c) {
    if (metric === 'accuracy')
        return [c.correct, c.tp + c.fp + c.fn + c.tn];
    return metric === 'precision' ? [c.tp, c.tp + c.fp] : [c.tp, c.tp + c.fn];
}
function f1Of(c) {
    return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}
/** Row indices by ascending score: a comparison sort for a small sample, the radix argsort (4 passes over 2^16 buckets) for a large one. */
function ascending(score, n) {
    if (n > 1 << 14)
        return (0,_stats_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .argsort */ .XQ)(score.subarray(0, n));
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    return order.sort((i, j) => score[i] - score[j]);
}
/**
 * ROC AUC (the Mann–Whitney probability, ties counting ½) and DeLong's variance of it (DeLong, DeLong &
 * Clarke-Pearson 1988): from each positive's share of negatives scoring below it and each negative's share
 * of positives scoring above it. One pass over the scores in order: a tie group shares its placements.
 */
function rocAuc(actual, score, n) {
    const order = ascending(score, n);
    let positives = 0;
    for (let i = 0; i < n; i++)
        positives += actual[i];
    const negatives = n - positives;
    if (positives === 0 || negatives === 0)
        return { auc: NaN, variance: NaN };
    // Groups of equal scores: [end, positives in it]; first pass for the area, second for the variances.
    const groups = [];
    let area = 0;
    let negativesBelow = 0;
    for (let start = 0; start < n;) {
        let end = start;
        let groupPositives = 0;
        while (end < n && score[order[end]] === score[order[start]])
            groupPositives += actual[order[end++]];
        const groupNegatives = end - start - groupPositives;
        area += groupPositives * (negativesBelow + groupNegatives / 2);
        negativesBelow += groupNegatives;
        groups.push(end - start, groupPositives);
        start = end;
    }
    const auc = area / (positives * negatives);
    let s10 = 0;
    let s01 = 0;
    let below = 0;
    let positivesBelow = 0;
    for (let g = 0; g < groups.length; g += 2) {
        const groupPositives = groups[g + 1];
        const groupNegatives = groups[g] - groupPositives;
        const v10 = (below + groupNegatives / 2) / negatives;
        const v01 = (positives - positivesBelow - groupPositives / 2) / positives;
        s10 += groupPositives * (v10 - auc) ** 2;
        s01 += groupNegatives * (v01 - auc) ** 2;
        below += groupNegatives;
        positivesBelow += groupPositives;
    }
    const variance = (positives > 1 ? s10 / (positives - 1) / positives : 0) + (negatives > 1 ? s01 / (negatives - 1) / negatives : 0);
    return { auc, variance };
}
/** log_loss's clipping (scikit-learn 1.2, eps="auto": the float64 machine epsilon). */
const EPS = 2 ** -52;
/** Each row's log loss −[a·ln p + (1 − a)·ln(1 − p)], p clipped to [ε, 1 − ε]. */
function rowLogLoss(actual, score, n) {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const p = Math.min(1 - EPS, Math.max(EPS, score[i]));
        out[i] = -Math.log(actual[i] ? p : 1 - p);
    }
    return out;
}
const mean = (x) => x.reduce((a, b) => a + b, 0) / x.length;
/** r2_score: 1 − SS_res/SS_tot; with a constant target 1 when the fit is perfect, else 0 (force_finite). */
function r2Of(sse, sst) {
    if (sst === 0)
        return sse === 0 ? 1 : 0;
    return 1 - sse / sst;
}
/** The metric on all of the sample's rows; NaN where it is undefined (ROC AUC of one class). */
function metricValue(sample, metric) {
    if (sample.task === 'regression') {
        const { y, yhat, n } = sample;
        let absolute = 0;
        let squares = 0;
        let sum = 0;
        for (let i = 0; i < n; i++) {
            const e = y[i] - yhat[i];
            absolute += Math.abs(e);
            squares += e * e;
            sum += y[i];
        }
        if (metric === 'mae')
            return absolute / n;
        if (metric === 'rmse')
            return Math.sqrt(squares / n);
        const average = sum / n;
        let total = 0;
        for (let i = 0; i < n; i++)
            total += (y[i] - average) ** 2;
        return r2Of(squares, total);
    }
    switch (metric) {
        case 'roc_auc':
            return aucOf(sample).auc;
        case 'log_loss':
            return mean(rowLogLoss(sample.actual, sample.score, sample.n));
        case 'f1':
            return f1Of(confusionOf(sample));
        default: {
            const [k, n] = proportionOf(metric, confusionOf(sample));
            return n === 0 ? 0 : k / n;
        }
    }
}


/***/ }),

/***/ 56408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ monitorFiles),
/* harmony export */   Vk: () => (/* binding */ monitorFileHere),
/* harmony export */   Wy: () => (/* binding */ labelOf)
/* harmony export */ });
/* unused harmony export monitorFileTask */
/* harmony import */ var _data_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12932);
/* harmony import */ var _data_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82704);
/* harmony import */ var _data_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62884);
/* harmony import */ var _profile_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5981);
/* harmony import */ var _windows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4863);
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
const isNumber = (kind) => kind === _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.integer || kind === _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.number;
/** A value as a class label: a number by its value ("1.0" is "1", as pandas writes integers beside empty cells), a boolean as 1 or 0 (numpy's True == 1), other text as it is. */
function labelOf(column, i) {
    const kind = column.kinds[i];
    if (kind === _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.null)
        return null;
    return isNumber(kind) || kind === _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.boolean ? String(column.numbers[i] + 0) : (0,_data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .textAt */ .$6)(column, i);
}
class Labels {
    labels = [];
    codes = new Map();
    many = false;
    code(column, i) {
        if (column.kinds[i] === _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.null)
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
    const whole = new _profile_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetProfile */ .y6(options);
    const windows = new Map();
    const problems = new _data_table_js__WEBPACK_IMPORTED_MODULE_4__/* .ProblemLog */ .mT();
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
    const summary = await (0,_data_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readTable */ .xz)(file.path, { format: file.format, gzip: file.gzip, missing, ...task.limits }, {
        batch: (batch) => {
            const classified = (0,_data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyBatch */ .N6)(batch, missing, scratch);
            const describe = (column, i) => `${file.display} ${batch.lines ? `line ${batch.lines[i]}` : `row ${batch.firstRow + i}`}: ${JSON.stringify((column && (0,_data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .textAt */ .$6)(column, i)) ?? '').slice(0, 42)}`;
            const labelled = (name, codes, values, bad) => {
                if (!codes || !values)
                    return;
                const column = classified.get(name);
                for (let i = 0; i < batch.length; i++) {
                    const kind = column ? column.kinds[i] : _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.null;
                    codes.push(column ? labels.code(column, i) : -1);
                    values.push(isNumber(kind) ? column.numbers[i] : NaN);
                    if (kind !== _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.null && !isNumber(kind) && bad.count++ === 0)
                        bad.first = describe(column, i);
                }
            };
            labelled(columns.target, target, targetValues, invalid.target);
            labelled(columns.prediction, prediction, predictionValues, invalid.prediction);
            if (score) {
                const column = classified.get(columns.score);
                for (let i = 0; i < batch.length; i++) {
                    const kind = column ? column.kinds[i] : _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.null;
                    const x = column && isNumber(kind) ? column.numbers[i] : NaN;
                    score.push(x);
                    if (kind !== _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.null && !(x >= 0 && x <= 1) && invalid.score.count++ === 0)
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
                const kind = column ? column.kinds[i] : _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.null;
                const t = kind === _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.date || kind === _data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kind */ .b8.datetime ? column.numbers[i] : isNumber(kind) ? column.numbers[i] * 1000 : NaN;
                const start = Number.isFinite(t) ? (0,_windows_js__WEBPACK_IMPORTED_MODULE_3__/* .windowStart */ .Nf)(window, t) : NaN;
                if (Number.isNaN(start) && invalid.timestamp.count++ === 0)
                    invalid.timestamp.first = describe(column, i);
                batchStarts[i] = start;
                starts.push(start);
                same &&= start === batchStarts[0];
            }
            const profileOf = (start, i) => {
                let profile = windows.get(start);
                if (!profile && windows.size === _windows_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_WINDOWS */ .F5) {
                    if (invalid.window.count++ === 0)
                        invalid.window.first = describe(column, i);
                    return undefined;
                }
                if (!profile)
                    windows.set(start, (profile = new _profile_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetProfile */ .y6(options)));
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
    const profile = new _profile_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetProfile */ .y6(options);
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
        const profile = (p) => (p instanceof _profile_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetProfile */ .y6 ? p : _profile_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetProfile */ .y6.fromJSON(p));
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

/***/ 4863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ parseWindow),
/* harmony export */   F5: () => (/* binding */ MAX_WINDOWS),
/* harmony export */   Nf: () => (/* binding */ windowStart)
/* harmony export */ });
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


/***/ }),

/***/ 5981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TH: () => (/* reexport */ DEFAULT_PROFILE_OPTIONS),
  y6: () => (/* reexport */ DatasetProfile),
  l8: () => (/* reexport */ HyperLogLog),
  Lr: () => (/* reexport */ PROFILE_KIND),
  ax: () => (/* reexport */ fingerprintOf),
  Sj: () => (/* reexport */ profileFileHere),
  xc: () => (/* reexport */ profileFiles)
});

// UNUSED EXPORTS: ColumnProfile, FrequentItems, KllSketch, PROFILE_VERSION, addValue, binOf, emptyMoments, hashNumber, hashString, mergeMoments, variance

// EXTERNAL MODULE: ./src/data/values.ts
var data_values = __webpack_require__(62884);
// EXTERNAL MODULE: ./src/data/interner.ts
var interner = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/data/growable.ts
var growable = __webpack_require__(95373);
// EXTERNAL MODULE: ./src/stats/arrays.ts
var arrays = __webpack_require__(20329);
;// CONCATENATED MODULE: ./src/profile/exact.ts
// A column's exact numeric values, as a multiset in one of two forms.
// - Counted: while every value is an integer (under 2^52) within a span of at most the budget and
//   65,536, a dense array holds a count per integer. Memory follows the span, not the rows, so any
//   number of rows stays exact, and the values are already in order.
// - Listed: any other value turns the multiset into Float64Array chunks (8 bytes a value, off the
//   JavaScript heap, no copy as it grows), merged by sharing the other's chunks and sorted once asked;
//   or, while its owner needs the order the values came in (keepOrder), kept in that order and sorted
//   in a copy when asked.


const CHUNK = 1 << 16;
/** Slots a count array may span (512 KB). */
const MAX_SPAN = 1 << 16;
/** How many sorted copies of lists that keep their order are kept (see sortedCopy). */
const SORTED_COPIES = 2;
class ExactValues {
    budget;
    length = 0;
    /** Counted form: counts[i] is how often offset + i occurs; undefined once listed. */
    counts = growable/* EMPTY_F64 */.Hz;
    offset = 0;
    low = Infinity;
    high = -Infinity;
    /** Listed form. */
    chunks = [];
    tail = growable/* EMPTY_F64 */.Hz;
    filled = 0;
    isSorted = true;
    cached;
    maxSpan;
    /**
     * The listed values stay in the order they came, never sorted in place (see arrivals): set by the owner
     * while it has nothing else to make its sketch from, and ended by it.
     */
    keepOrder = false;
    /**
     * budget: how many values may be listed. A count array has at most as many slots (and 65,536), so
     * integers within that span stay counted, exactly, however many rows there are.
     */
    constructor(budget = Infinity) {
        this.budget = budget;
        this.maxSpan = Math.min(MAX_SPAN, budget);
    }
    /** From a profile: ascending values, or distinct values with their counts; undefined when over the budget. */
    static of(values, counts, budget) {
        const exact = new ExactValues(budget);
        if (counts) {
            for (let i = 0; i < values.length; i++)
                if (!exact.push(values[i], counts[i]))
                    return undefined;
            return exact;
        }
        if (values.length > exact.budget)
            return undefined;
        const array = values instanceof Float64Array ? values : Float64Array.from(values);
        exact.toList();
        exact.adopt(array);
        let ascending = true;
        for (let i = 1; i < array.length && ascending; i++)
            ascending = array[i - 1] <= array[i];
        exact.isSorted = ascending; // profiles write their values sorted: no second sort
        return exact;
    }
    /** Adds `times` copies of x; false, changing nothing, when that would list more values than the budget. */
    push(x, times = 1) {
        if (this.count(x, times))
            return true;
        if (this.length + times > this.budget)
            return false;
        this.toList();
        for (let i = 0; i < times; i++)
            this.append(x);
        this.isSorted = false;
        return true;
    }
    /** Counts x if the counted form can hold it, growing within its span; false (and nothing changed) if not. */
    count(x, times = 1) {
        const counts = this.counts;
        if (!counts)
            return false;
        const slot = x - this.offset;
        if (!(slot >= 0 && slot < counts.length && Number.isInteger(slot))) {
            if (!Number.isInteger(x) || Math.abs(x) >= 2 ** 52 || !this.cover(Math.min(this.low, x), Math.max(this.high, x)))
                return false;
        }
        this.counts[x - this.offset] += times;
        this.length += times;
        if (x < this.low)
            this.low = x;
        if (x > this.high)
            this.high = x;
        return true;
    }
    /** Whether every integer in [low, high] can be counted now, so that counting them succeeds in any order. */
    canCount(low, high) {
        if (!this.counts || !Number.isInteger(low) || !Number.isInteger(high) || Math.abs(low) >= 2 ** 52 || Math.abs(high) >= 2 ** 52)
            return false;
        return Math.max(this.high, high) - Math.min(this.low, low) + 1 <= this.maxSpan;
    }
    /** Adds the other's values (listed chunks are shared, and neither side changes them after); false when over the budget. */
    absorb(other) {
        if (other.length === 0)
            return true;
        if (this.counts && other.counts && this.cover(Math.min(this.low, other.low), Math.max(this.high, other.high))) {
            for (let i = other.low - other.offset; i <= other.high - other.offset; i++)
                this.counts[i + other.offset - this.offset] += other.counts[i];
            this.length += other.length;
            this.low = Math.min(this.low, other.low);
            this.high = Math.max(this.high, other.high);
            return true;
        }
        if (this.length + other.length > this.budget)
            return false;
        if (other.counts) {
            other.forEachCount((x, count) => this.push(x, count));
            this.keepOrder = false; // the other's order is not known
            return true;
        }
        this.toList();
        other.seal();
        this.seal();
        this.chunks.push(...other.chunks);
        this.keepOrder = (this.keepOrder || this.length === 0) && other.keepOrder; // both in the order they came: this one's, then the other's
        this.length += other.length;
        this.isSorted = this.length === other.length && other.isSorted;
        return true;
    }
    /**
     * Gives the count array's memory back now (see growable.ts); the values are gone after. Listed chunks
     * are left to the collector: absorb shares them with the profile this one was merged into.
     */
    release() {
        if (this.counts)
            (0,growable/* release */._r)(this.counts);
        this.counts = undefined;
        this.chunks = [];
        this.tail = growable/* EMPTY_F64 */.Hz;
        this.filled = 0;
        this.length = 0;
        this.cached = undefined;
    }
    /** The listed values in the order they came, in chunks (while keepOrder; an empty or counted multiset has none). */
    arrivals() {
        if (this.counts || this.length === 0)
            return [];
        return this.filled > 0 ? [...this.chunks, this.tail.subarray(0, this.filled)] : this.chunks;
    }
    /** The values in order: the counted form as distinct values with counts, the listed form sorted once. */
    sample() {
        if (this.cached?.n === this.length)
            return this.cached;
        if (this.counts) {
            const distinct = [];
            const counts = [];
            this.forEachCount((x, count) => (distinct.push(x), counts.push(count)));
            const ends = new Float64Array(counts.length);
            let total = 0;
            counts.forEach((c, i) => (ends[i] = total += c));
            return (this.cached = { values: Float64Array.from(distinct), counts: Float64Array.from(counts), ends, n: this.length });
        }
        if (this.keepOrder)
            return sortedCopy(this);
        this.seal();
        if (!this.isSorted || this.chunks.length > 1) {
            const all = this.concat(); // a new array: chunks may be shared
            this.chunks = [this.isSorted ? all : (0,arrays/* sortNumbers */.Dx)(all)];
            this.isSorted = true;
        }
        return (this.cached = { values: this.chunks[0] ?? growable/* EMPTY_F64 */.Hz, n: this.length });
    }
    forEachCount(visit) {
        const counts = this.counts;
        for (let i = this.low - this.offset; i <= this.high - this.offset; i++)
            if (counts[i] > 0)
                visit(this.offset + i, counts[i]);
    }
    /**
     * Makes the count array cover low..high, unless that span is wider than the form allows (then the
     * values are listed, if the budget allows). A new array doubles and is centred on the values: each
     * regrowth at least halves the slack left, so there are few.
     */
    cover(low, high) {
        const counts = this.counts;
        if (low >= this.offset && high < this.offset + counts.length)
            return true;
        const span = high - low + 1;
        if (span > this.maxSpan)
            return false;
        let size = Math.max(16, 2 * counts.length);
        while (size < span)
            size *= 2;
        size = Math.min(size, this.maxSpan);
        const offset = Math.floor((low + high + 1 - size) / 2);
        const grown = new Float64Array(size);
        if (this.length > 0)
            grown.set(counts.subarray(this.low - this.offset, this.high - this.offset + 1), this.low - offset);
        this.counts = grown;
        this.offset = offset;
        return true;
    }
    /** Turns the counted form into the listed one (sorted, as counts are). */
    toList() {
        if (!this.counts)
            return;
        this.length = 0;
        this.forEachCount((x, count) => {
            for (let i = 0; i < count; i++)
                this.append(x);
        });
        this.counts = undefined;
        this.cached = undefined;
        this.isSorted = true;
    }
    append(x) {
        if (this.filled === this.tail.length) {
            // The tail doubles up to CHUNK, then is sealed: a short column holds a short array, a long one chunks.
            if (this.filled === CHUNK)
                this.seal();
            this.tail = (0,growable/* grown */.gT)(this.tail, Math.min(CHUNK, Math.max(16, 2 * this.filled)));
        }
        this.tail[this.filled++] = x;
        this.length++;
    }
    adopt(values) {
        this.seal();
        if (values.length > 0)
            this.chunks.push(values);
        this.length += values.length;
        this.isSorted = false;
    }
    /** The values in one new array, in the order they are listed. */
    concat() {
        const all = new Float64Array(this.length);
        let at = 0;
        for (const chunk of this.arrivals()) {
            all.set(chunk, at);
            at += chunk.length;
        }
        return all;
    }
    /** Ends the partly filled chunk: a view of its filled part joins the others. */
    seal() {
        if (this.filled > 0)
            this.chunks.push(this.tail.subarray(0, this.filled));
        this.tail = growable/* EMPTY_F64 */.Hz;
        this.filled = 0;
    }
}
/**
 * The sorted copies of the last few lists read that keep their order: a column's summaries read its sample
 * many times in a row, and a drift check reads two columns' at a time. Kept here, not by each list, so
 * that a wide table's columns do not hold their values twice once read.
 */
const sortedCopies = [];
function sortedCopy(values) {
    let copy = sortedCopies.find((c) => c.of === values && c.sample.n === values.length);
    if (!copy) {
        copy = { of: values, sample: { values: (0,arrays/* sortNumbers */.Dx)(values.concat()), n: values.length } };
        sortedCopies.unshift(copy);
        sortedCopies.length = Math.min(sortedCopies.length, SORTED_COPIES);
    }
    return copy.sample;
}
/** Each distinct value of a sample, in order, with how often it occurs. */
function forEachDistinct(sample, visit) {
    const { values, counts } = sample;
    for (let i = 0; i < values.length;) {
        let j = i + 1;
        if (!counts)
            while (j < values.length && values[j] === values[i])
                j++;
        visit(values[i], counts ? counts[i] : j - i);
        i = j;
    }
}
/** Linear interpolation between order statistics (numpy's default, type 7). */
function exactQuantile(sample, q) {
    if (sample.n === 0)
        return NaN;
    const h = (sample.n - 1) * q;
    const lo = Math.floor(h);
    const [low, high] = [valueAtRank(sample, lo), valueAtRank(sample, Math.min(lo + 1, sample.n - 1))];
    return low + (h - lo) * (high - low);
}
/** The value at a 0-based rank. */
function valueAtRank(sample, rank) {
    if (!sample.ends)
        return sample.values[rank];
    return sample.values[firstIndex(sample.ends, rank, true)];
}
/** How many values are below x. */
function countBelow(sample, x) {
    const i = firstIndex(sample.values, x, false);
    return sample.ends ? (i === 0 ? 0 : sample.ends[i - 1]) : i;
}
/** The first index of an ascending array whose value is ≥ x, or > x when `past`: a binary search. */
function firstIndex(sorted, x, past) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < x || (past && sorted[mid] === x))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/profile/number-counts.ts
// Counts per distinct number in one Float64Array: [value, count] per slot, open addressing, a count of
// 0 for an empty slot. A few hundred distinct values take a few KB in one allocation, where a Map of
// them takes a bucket table, an entry and often a heap number per value, and garbage as it grows.
// It starts empty and grows.

const floatView = new Float64Array(1);
const wordView = new Uint32Array(floatView.buffer);
/** Slots of the first table. */
const FIRST_SLOTS = 8;
class NumberCounts {
    /** slots[2s] is slot s's value, slots[2s + 1] its count (0: empty). */
    slots = growable/* EMPTY_F64 */.Hz;
    size = 0;
    /** `expected`: how many distinct values to make room for at once (none: the table grows from empty). */
    constructor(expected = 0) {
        if (expected > 0)
            this.slots = new Float64Array(2 * slotsFor(expected));
    }
    /** Adds `count` (> 0) to x's count (x finite; -0 is 0); true when x is new. */
    add(x, count) {
        if (x === 0)
            x = 0;
        if (8 * (this.size + 1) > 3 * this.slots.length)
            this.grow(); // over 3/4 of the slots (two numbers each): see slotsFor
        const slots = this.slots;
        const mask = slots.length / 2 - 1;
        for (let s = slotOf(x, mask);; s = (s + 1) & mask) {
            const at = 2 * s;
            if (slots[at + 1] === 0) {
                slots[at] = x;
                slots[at + 1] = count;
                this.size++;
                return true;
            }
            if (slots[at] === x) {
                slots[at + 1] += count;
                return false;
            }
        }
    }
    forEach(visit) {
        const slots = this.slots;
        for (let at = 0; at < slots.length; at += 2)
            if (slots[at + 1] > 0)
                visit(slots[at], slots[at + 1]);
    }
    /** The counts, in slot order. */
    values() {
        const out = [];
        this.forEach((_x, count) => out.push(count));
        return out;
    }
    /** Takes `cut` from every count and drops the values left with none (a Misra–Gries purge). */
    subtract(cut) {
        const old = this.slots;
        this.slots = growable/* EMPTY_F64 */.Hz;
        this.size = 0;
        for (let at = 0; at < old.length; at += 2)
            if (old[at + 1] > cut)
                this.add(old[at], old[at + 1] - cut);
        (0,growable/* release */._r)(old);
    }
    /** Empties the table, giving its memory back now (see growable.ts). */
    release() {
        (0,growable/* release */._r)(this.slots);
        this.slots = growable/* EMPTY_F64 */.Hz;
        this.size = 0;
    }
    /** Doubles the table (at most 3/4 full: short probes) and places every value again. */
    grow() {
        const old = this.slots;
        this.slots = new Float64Array(Math.max(2 * FIRST_SLOTS, 2 * old.length));
        this.size = 0;
        for (let at = 0; at < old.length; at += 2)
            if (old[at + 1] > 0)
                this.add(old[at], old[at + 1]);
        (0,growable/* release */._r)(old);
    }
}
/** Slots (a power of two) that hold `size` values at most 3/4 full. */
function slotsFor(size) {
    let slots = FIRST_SLOTS;
    while (4 * size > 3 * slots)
        slots *= 2;
    return slots;
}
/** A slot for x: its two words mixed (murmur3's finaliser), masked. */
function slotOf(x, mask) {
    floatView[0] = x;
    let h = wordView[0] ^ Math.imul(wordView[1], 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & mask;
}

;// CONCATENATED MODULE: ./src/profile/frequent.ts
// Value counts: exact while the distinct values fit `capacity`, then Misra–Gries heavy hitters
// (counts are lower bounds, off by at most n/capacity). Both forms merge.
//
// The keys are texts. A text that is how JavaScript writes a number (String(x): "1.5", "-3", not "1.50"
// nor "+3") is kept as that number, in a typed table: a numeric column of a wide table counts its values
// without a string or a Map entry per value. So are the first few other texts while they are all
// x.toFixed(d) for one d ("1.0", as pandas writes a whole float). The texts, their counts and the order
// they came in are the same either way.

/** Other texts kept as numbers at most (see FrequentItems.fixed): each is looked up by a scan. */
const FIXED_MAX = 32;
class FrequentItems {
    capacity;
    /** Texts that are not the String() of a number, in the order they came; undefined while `fixed` holds them. */
    texts;
    /**
     * Until another text comes, the texts that are not String(x) but x.toFixed(decimals), for one number of
     * decimals: x and its count per pair, in the order they came (at most FIXED_MAX pairs). A plain array:
     * its numbers are stored unboxed, and a few of them cost less than a typed array's two objects.
     */
    fixed = [];
    decimals = 0;
    /** Texts that are String(x) of a finite x, by x. */
    numbers;
    exact = true;
    /** Weight removed by Misra–Gries purges: the most any count can be under its true value. */
    error = 0;
    /** `numbers`: how many distinct numbers to make room for at once. */
    constructor(capacity = 1000, numbers = 0) {
        this.capacity = capacity;
        this.numbers = new NumberCounts(numbers);
    }
    /** Gives the number table's memory back now (see growable.ts); the counts are gone after. */
    release() {
        this.numbers.release();
        this.texts = undefined;
        this.fixed = [];
    }
    /** A profile's items (texts with counts). */
    static of(items, capacity, exact, error) {
        const out = new FrequentItems(capacity);
        for (const [text, count] of items)
            out.add(text, count);
        out.exact = exact;
        out.error = error;
        return out;
    }
    /** Distinct texts counted. */
    get size() {
        return this.textCount + this.numbers.size;
    }
    /** Texts counted that are not String() of a number. */
    get textCount() {
        return this.texts?.size ?? this.fixed.length / 2;
    }
    add(text, weight = 1) {
        const x = numberOf(text);
        if (x !== undefined) {
            this.addNumber(x, weight);
            return;
        }
        if (!this.texts && this.addFixed(text, weight))
            return;
        const texts = this.textMap();
        const count = texts.get(text);
        if (count !== undefined) {
            texts.set(text, count + weight);
            return;
        }
        texts.set(text, weight);
        this.grew();
    }
    /** Counts a text written x.toFixed(decimals) by x, if `fixed` can hold it; false (nothing changed) if not. */
    addFixed(text, weight) {
        const decimals = decimalsOf(text);
        const fixed = this.fixed;
        if (decimals === 0 || (fixed.length > 0 && decimals !== this.decimals))
            return false;
        const x = Number(text);
        for (let at = 0; at < fixed.length; at += 2) {
            if (fixed[at] !== x)
                continue;
            fixed[at + 1] += weight;
            return true;
        }
        if (fixed.length === 2 * FIXED_MAX)
            return false;
        this.fixed = fixed.concat(x, weight); // a new array of just this length: push would leave room for half as many again
        this.decimals = decimals;
        this.grew();
        return true;
    }
    /** The texts as a Map, made from `fixed` (in their order) the first time. */
    textMap() {
        if (!this.texts) {
            this.texts = new Map(this.textEntries());
            this.fixed = [];
        }
        return this.texts;
    }
    /** The texts that are not String() of a number, with their counts, in the order they came. */
    textEntries() {
        if (this.texts)
            return [...this.texts];
        const out = [];
        for (let at = 0; at < this.fixed.length; at += 2)
            out.push([this.fixed[at].toFixed(this.decimals), this.fixed[at + 1]]);
        return out;
    }
    /** Adds the text String(x) of a finite x. */
    addNumber(x, weight = 1) {
        if (this.numbers.add(x, weight))
            this.grew();
    }
    copy() {
        const out = new FrequentItems(this.capacity, this.numbers.size);
        if (this.texts)
            out.texts = new Map(this.texts);
        out.fixed = [...this.fixed];
        out.decimals = this.decimals;
        this.numbers.forEach((x, count) => out.numbers.add(x, count));
        out.exact = this.exact;
        out.error = this.error;
        return out;
    }
    /** How often each number is written as a text other than its String() ("1.0" for 1), by number. */
    numbersOfTexts() {
        const out = new Map();
        for (const [text, count] of this.textEntries()) {
            const x = Number(text);
            if (Number.isFinite(x))
                out.set(x, (out.get(x) ?? 0) + count);
        }
        return out;
    }
    /** The counts by text (made on each call: a numeric column's texts are made from its numbers). */
    get counts() {
        const out = new Map(this.textEntries());
        this.numbers.forEach((x, count) => out.set(String(x), count));
        return out;
    }
    /** The counts of the texts that are numbers, by number (all of them for a numeric column's items by value). */
    numberCounts() {
        const out = new Map();
        this.numbers.forEach((x, count) => out.set(x, count));
        return out;
    }
    merge(other) {
        if (other.textCount > 0) {
            const texts = this.textMap();
            for (const [key, count] of other.textEntries())
                texts.set(key, (texts.get(key) ?? 0) + count);
        }
        other.numbers.forEach((x, count) => this.numbers.add(x, count));
        this.exact &&= other.exact;
        this.error += other.error;
        if (this.size > this.capacity)
            this.purge();
    }
    /**
     * The counts by value, where every text is a number (a numeric column's): "1.0" counts as "1". This
     * object itself when every text is already String(value). Misra–Gries undercounts add up when texts
     * join, so the error grows with the most texts given one value.
     */
    byValue() {
        if (this.textCount === 0)
            return this;
        const out = new FrequentItems(this.capacity, this.numbers.size + this.textCount);
        this.numbers.forEach((x, count) => out.numbers.add(x, count));
        const joined = new Map(); // how many texts became each value
        this.numbers.forEach((x) => joined.set(x, 1));
        for (const [text, count] of this.textEntries()) {
            const x = Number(text);
            const k = x === 0 ? 0 : x;
            out.numbers.add(k, count);
            joined.set(k, (joined.get(k) ?? 0) + 1);
        }
        out.exact = this.exact;
        out.error = this.error * Math.max(...joined.values());
        return out;
    }
    top(limit) {
        return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
    }
    grew() {
        if (this.size > (this.exact ? this.capacity : 2 * this.capacity))
            this.purge();
    }
    /** Subtracts the (capacity+1)-th largest count from all (Misra–Gries) and drops what falls to zero. */
    purge() {
        this.exact = false;
        const sorted = [...this.textEntries().map(([, count]) => count), ...this.numbers.values()].sort((a, b) => b - a);
        const cut = sorted[this.capacity] ?? 0;
        if (cut === 0)
            return;
        this.error += cut;
        for (const [key, count] of this.texts ?? []) {
            if (count <= cut)
                this.texts.delete(key);
            else
                this.texts.set(key, count - cut);
        }
        const fixed = this.fixed;
        this.fixed = []; // the fixed texts left, in their order
        for (let at = 0; at < fixed.length; at += 2)
            if (fixed[at + 1] > cut)
                this.fixed.push(fixed[at], fixed[at + 1] - cut);
        this.numbers.subtract(cut);
    }
}
/** d ≥ 1 when `text` is x.toFixed(d) of its number x ("1.0", "2.50", not "-0.0" nor "1e3"), else 0. */
function decimalsOf(text) {
    const dot = text.indexOf('.');
    const decimals = text.length - dot - 1;
    if (dot < 0 || decimals < 1 || decimals > 100)
        return 0;
    const x = Number(text);
    return Number.isFinite(x) && x.toFixed(decimals) === text ? decimals : 0;
}
/** The number whose String() is `text` (a finite one), else undefined. */
function numberOf(text) {
    const c = text.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 45))
        return undefined; // String(x) starts with a digit or '-'
    const x = Number(text);
    return Number.isFinite(x) && String(x) === text ? x : undefined;
}

// EXTERNAL MODULE: ./src/stats/random.ts
var random = __webpack_require__(80748);
;// CONCATENATED MODULE: ./src/profile/hll.ts
// HyperLogLog distinct-count estimate (Flajolet et al. 2007) with 2^12 registers (~1.6% error),
// linear counting for small cardinalities; mergeable by register maximum.


const P = 12;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);
const hll_floatView = new Float64Array(1);
const hll_wordView = new Uint32Array(hll_floatView.buffer);
// The hashes are the 32 bits as a signed integer (fmix32's, | 0): a small integer to V8 wherever it
// goes, where half of the unsigned ones are a heap number each time a call that is not inlined passes
// or returns one (8 bytes a value profiled, and garbage collections that grow the main thread's heap).
function hashString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (0,random/* fmix32 */.s)(h) | 0;
}
function hashNumber(x) {
    hll_floatView[0] = x === 0 ? 0 : x; // -0 and 0 are one value
    return (0,random/* fmix32 */.s)(hll_wordView[0] ^ (0,random/* fmix32 */.s)(hll_wordView[1] + 0x9e3779b9)) | 0;
}
/** Slots of the sparse table at most (half of them used); past it, the dense 4 KB array is cheaper. */
const SPARSE_SLOTS = 256;
/**
 * The registers start sparse: a small hash table of the non-zero ones, so that a column with few
 * distinct values (most columns of a wide table) holds bytes, not 4 KB. The dense array replaces it
 * once it would hold more than SPARSE_SLOTS / 2 registers; both give the same estimate and the same bytes.
 */
class HyperLogLog {
    dense;
    /** Open addressing: register index + 1 per slot (0: empty), and its rank. */
    keys = growable/* EMPTY_U16 */.h;
    ranks = growable/* EMPTY_U8 */.ME;
    used = 0;
    constructor(registers) {
        this.dense = registers;
    }
    /** The dense registers (the sparse table becomes them). */
    get registers() {
        if (!this.dense) {
            const dense = new Uint8Array(M);
            this.forEachRegister((index, rank) => (dense[index] = rank));
            this.dense = dense;
            this.keys = growable/* EMPTY_U16 */.h;
            this.ranks = growable/* EMPTY_U8 */.ME;
        }
        return this.dense;
    }
    static fromBase64(text) {
        return new HyperLogLog(new Uint8Array(Buffer.from(text, 'base64')));
    }
    /** The dense registers in base64 (the profile's form); a sparse table stays sparse. */
    toBase64() {
        if (this.dense)
            return Buffer.from(this.dense).toString('base64');
        const dense = Buffer.alloc(M);
        this.forEachRegister((index, rank) => (dense[index] = rank));
        return dense.toString('base64');
    }
    add(hash) {
        const index = hash >>> (32 - P);
        const rest = (hash << P) | (1 << (P - 1)); // guard bit bounds the rank
        this.raise(index, Math.clz32(rest) + 1);
    }
    merge(other) {
        if (other.dense) {
            const registers = this.registers;
            for (let i = 0; i < M; i++)
                if (other.dense[i] > registers[i])
                    registers[i] = other.dense[i];
        }
        else
            other.forEachRegister((index, rank) => this.raise(index, rank));
    }
    estimate() {
        let sum = 0;
        let zeros = 0;
        if (this.dense) {
            for (let i = 0; i < M; i++) {
                sum += 2 ** -this.dense[i];
                if (this.dense[i] === 0)
                    zeros++;
            }
        }
        else {
            zeros = M - this.used;
            sum = zeros;
            this.forEachRegister((_index, rank) => (sum += 2 ** -rank));
        }
        const raw = (ALPHA * M * M) / sum;
        if (raw <= 2.5 * M && zeros > 0)
            return Math.round(M * Math.log(M / zeros));
        return Math.round(raw);
    }
    /** Empties the registers, giving their memory back now (see growable.ts). */
    release() {
        for (const array of [this.dense, this.keys, this.ranks])
            if (array)
                (0,growable/* release */._r)(array);
        this.dense = undefined;
        this.keys = growable/* EMPTY_U16 */.h;
        this.ranks = growable/* EMPTY_U8 */.ME;
        this.used = 0;
    }
    /** Sets register `index` to `rank` if that is higher. */
    raise(index, rank) {
        const dense = this.dense;
        if (dense) {
            if (rank > dense[index])
                dense[index] = rank;
            return;
        }
        if (this.keys.length === 0)
            this.growSparse();
        const mask = this.keys.length - 1;
        let slot = index & mask;
        for (let key = this.keys[slot]; key !== 0; key = this.keys[slot]) {
            if (key === index + 1) {
                if (rank > this.ranks[slot])
                    this.ranks[slot] = rank;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (2 * (this.used + 1) > this.keys.length) {
            this.growSparse();
            this.raise(index, rank);
            return;
        }
        this.keys[slot] = index + 1;
        this.ranks[slot] = rank;
        this.used++;
    }
    /** Grows the sparse table fourfold, or turns it dense past SPARSE_SLOTS. */
    growSparse() {
        const [keys, ranks] = [this.keys, this.ranks];
        if (keys.length >= SPARSE_SLOTS) {
            this.dense = this.registers;
            return;
        }
        this.keys = new Uint16Array(Math.max(16, 4 * keys.length));
        this.ranks = new Uint8Array(this.keys.length);
        this.used = 0;
        for (let slot = 0; slot < keys.length; slot++)
            if (keys[slot] !== 0)
                this.raise(keys[slot] - 1, ranks[slot]);
    }
    forEachRegister(visit) {
        for (let slot = 0; slot < this.keys.length; slot++)
            if (this.keys[slot] !== 0)
                visit(this.keys[slot] - 1, this.ranks[slot]);
    }
}

;// CONCATENATED MODULE: ./src/profile/kll.ts
// KLL quantile sketch (Karnin, Lang & Liberty, "Optimal Quantile Approximation in Streams", FOCS 2016):
// mergeable, memory O(k log(n/k)), rank error about 1.65/k. Coin flips come from a seeded
// generator so the same data gives the same sketch.
//
// Laid out as Apache DataSketches does: level 0 is a flat buffer of raw values, sorted natively when
// full; every higher level is kept sorted, so a compaction is a linear merge, never a re-sort. No
// compactor is narrower than MIN_WIDTH, and level 0 holds at least 2k values (a wider level only lowers
// the error).


const MIN_WIDTH = 8;
/**
 * Level 0 is at least this wide: each of its compactions sorts it (the sketch's main cost) and cascades
 * through the narrow levels above, so fewer, larger compactions cost less (3M small integers: 220 -> 55 ms).
 */
const LEVEL0_MIN = 4096;
/** How many values level 0 holds before its first compaction: until then the sketch is the values in the order they came. */
const level0Width = (k) => Math.max(2 * k, LEVEL0_MIN);
/** Merges the sorted runs a[0, na) and b[0, nb) into out[0, na + nb). */
function mergeInto(a, na, b, nb, out) {
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < na && j < nb)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < na)
        out[o++] = a[i++];
    while (j < nb)
        out[o++] = b[j++];
}
/**
 * A compaction's runs, on this thread: a merged level and its halves pass between these two, and a level
 * keeps its items in an array of its own that is refilled, so that a sketch in its steady state allocates
 * nothing (it allocated a few arrays per compaction, 46 MB per numeric column of 3M rows, whose memory
 * outside the JavaScript heap waited for garbage collections to be freed).
 */
const work = [growable/* EMPTY_F64 */.Hz, growable/* EMPTY_F64 */.Hz];
/** Work array w, with room for n items (its items are not kept when it grows). */
function workArray(w, n) {
    if (work[w].length < n)
        work[w] = new Float64Array(Math.max(n, 2 * work[w].length));
    return work[w];
}
class KllSketch {
    k;
    /** Level 0: raw values, unsorted, in a flat buffer; grown to `level0` as values come (a column of a few values holds a few). */
    buffer = growable/* EMPTY_F64 */.Hz;
    buffered = 0;
    level0;
    /** Levels 1…: sorted, each item weighing 2^level; level h holds levels[h][0, sizes[h]). levels[0] is unused (the buffer). */
    levels = [growable/* EMPTY_F64 */.Hz];
    sizes = [0];
    seed;
    n = 0;
    constructor(k = 200, seed = 0x9e3779b9) {
        this.k = k;
        this.seed = seed >>> 0 || 1;
        this.level0 = level0Width(k);
    }
    static fromJSON(json) {
        const sketch = new KllSketch(json.k, json.seed);
        const [level0 = [], ...rest] = json.levels;
        sketch.levels = [growable/* EMPTY_F64 */.Hz, ...rest.map((l) => Float64Array.from(l).sort())];
        sketch.sizes = sketch.levels.map((l) => l.length);
        for (const x of level0)
            sketch.push0(x);
        sketch.n = json.n;
        return sketch;
    }
    toJSON() {
        return { k: this.k, n: this.n, levels: [Array.from(this.buffer.subarray(0, this.buffered)), ...this.levels.slice(1).map((_, h) => Array.from(this.level(h + 1)))], seed: this.seed };
    }
    update(x) {
        this.n++;
        this.push0(x);
    }
    /**
     * Adds distinct ascending values, each counts[i] times: a count's binary digits place the value at
     * the levels whose items weigh those powers of two, as a merge places another sketch's items.
     */
    addCounts(values, counts) {
        const runs = [];
        for (let i = 0; i < values.length; i++) {
            for (let h = 0, c = counts[i]; c > 0; h++, c = Math.floor(c / 2))
                if (c % 2 === 1)
                    (runs[h] ??= []).push(values[i]);
            this.n += counts[i];
        }
        for (let h = runs.length - 1; h >= 1; h--)
            if (runs[h])
                this.insert(h, Float64Array.from(runs[h]), runs[h].length);
        for (const x of runs[0] ?? [])
            this.push0(x);
    }
    merge(other) {
        for (let h = 1; h < other.levels.length; h++)
            this.insert(h, other.levels[h], other.sizes[h]);
        for (let i = 0; i < other.buffered; i++)
            this.push0(other.buffer[i]);
        this.n += other.n;
    }
    /** Empties the sketch, giving its arrays' memory back now (see growable.ts). */
    release() {
        for (const level of [this.buffer, ...this.levels])
            (0,growable/* release */._r)(level);
        this.buffer = growable/* EMPTY_F64 */.Hz;
        this.buffered = 0;
        this.levels = [growable/* EMPTY_F64 */.Hz];
        this.sizes = [0];
        this.n = 0;
        this.weightedCache = undefined;
    }
    /** Items with their weights, sorted: the sketch's stand-in for the sorted sample. Kept until the sketch changes. */
    weighted() {
        if (this.weightedCache?.n === this.n)
            return this.weightedCache.items;
        const pairs = [];
        for (let i = 0; i < this.buffered; i++)
            pairs.push([this.buffer[i], 1]);
        for (let h = 1; h < this.levels.length; h++)
            this.level(h).forEach((v) => pairs.push([v, 2 ** h]));
        pairs.sort((a, b) => a[0] - b[0]);
        const items = { values: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) };
        this.weightedCache = { n: this.n, items };
        return items;
    }
    weightedCache;
    /** Fraction of the weight at or below x (the empirical CDF). */
    cdf(x) {
        const { values, weights } = this.weighted();
        let below = 0;
        let total = 0;
        values.forEach((v, i) => {
            total += weights[i];
            if (v <= x)
                below += weights[i];
        });
        return total === 0 ? NaN : below / total;
    }
    quantile(q) {
        const { values, weights } = this.weighted();
        if (values.length === 0)
            return NaN;
        const total = weights.reduce((a, b) => a + b, 0);
        let acc = 0;
        for (let i = 0; i < values.length; i++) {
            acc += weights[i];
            if (acc >= q * total)
                return values[i];
        }
        return values[values.length - 1];
    }
    push0(x) {
        if (this.buffered === this.buffer.length) {
            const grown = new Float64Array(Math.min(this.level0, Math.max(16, 2 * this.buffer.length)));
            grown.set(this.buffer);
            (0,growable/* release */._r)(this.buffer);
            this.buffer = grown;
        }
        this.buffer[this.buffered++] = x;
        if (this.buffered === this.level0) {
            this.buffered = 0;
            const sorted = (0,arrays/* sortNumbers */.Dx)(this.buffer);
            this.insert(1, workArray(0, sorted.length / 2), this.halve(sorted, sorted.length, 0, 0)); // even length: nothing stays at level 0
        }
    }
    /** Level h's items. */
    level(h) {
        return this.levels[h].subarray(0, this.sizes[h]);
    }
    /** Sets level h to items[0, n), in its own array. */
    store(h, items, n) {
        if (this.levels[h].length < n) {
            const old = this.levels[h];
            this.levels[h] = new Float64Array(Math.max(n, 2 * old.length));
            (0,growable/* release */._r)(old); // its items are not kept: `items` replaces them
        }
        const level = this.levels[h];
        for (let i = 0; i < n; i++)
            level[i] = items[i];
        this.sizes[h] = n;
    }
    /** Capacity of level h: k·(2/3)^(depth), depth counted from the top level, at least MIN_WIDTH. */
    capacity(h) {
        return Math.max(MIN_WIDTH, Math.ceil(this.k * (2 / 3) ** (this.levels.length - 1 - h)));
    }
    /**
     * Adds the sorted run run[0, n) to level h; a level over capacity halves into the next one. The run may
     * be a work array: the merge goes to the other one, and the half back to the run's.
     */
    insert(h, run, n) {
        while (this.levels.length <= h) {
            this.levels.push(growable/* EMPTY_F64 */.Hz);
            this.sizes.push(0);
        }
        const size = this.sizes[h];
        const into = run === work[0] ? 1 : 0;
        const merged = workArray(into, size + n);
        mergeInto(this.levels[h], size, run, n, merged);
        if (size + n < this.capacity(h)) {
            this.store(h, merged, size + n);
            return;
        }
        this.sizes[h] = 0;
        const half = workArray(1 - into, (size + n) >> 1);
        this.insert(h + 1, half, this.halve(merged, size + n, h, 1 - into));
    }
    /**
     * Every other item of the sorted run sorted[0, n), from a random offset, into work array `into`; returns
     * how many. An odd item out stays at `level` (empty then, or level 0's buffer).
     */
    halve(sorted, n, level, into) {
        const even = n - (n % 2);
        if (even < n) {
            if (level === 0)
                this.buffer[this.buffered++] = sorted[even];
            else
                this.store(level, sorted.subarray(even, n), 1);
        }
        const offset = this.random();
        const out = workArray(into, even / 2);
        for (let i = offset, o = 0; i < even; i += 2)
            out[o++] = sorted[i];
        return even / 2;
    }
    random() {
        // xorshift32
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x >>> 0;
        return this.seed & 1;
    }
}

;// CONCATENATED MODULE: ./src/profile/moments.ts
const emptyMoments = () => ({ n: 0, mean: 0, meanError: 0, m2: 0, min: Infinity, max: -Infinity });
/** Sets the mean to high + low: the nearest double, and what it is short of the sum, exactly (Knuth's TwoSum). */
function setMean(m, high, low) {
    const sum = high + low;
    const lowPart = sum - high;
    m.meanError = high - (sum - lowPart) + (low - lowPart);
    m.mean = sum;
}
function addValue(m, x) {
    m.n++;
    const delta = x - m.mean - m.meanError;
    const step = delta / m.n;
    setMean(m, m.mean, m.meanError + step);
    m.m2 += delta * (delta - step); // (x − old mean)·(x − new mean)
    if (x < m.min)
        m.min = x;
    if (x > m.max)
        m.max = x;
}
/** The moments of distinct ascending values with their counts, in two passes over the values shifted by the first. */
function momentsOfCounts(values, counts) {
    let n = 0;
    let sum = 0;
    const shift = values[0];
    for (let i = 0; i < values.length; i++) {
        n += counts[i];
        sum += counts[i] * (values[i] - shift);
    }
    if (n === 0)
        return emptyMoments();
    const offset = sum / n;
    let m2 = 0;
    for (let i = 0; i < values.length; i++)
        m2 += counts[i] * (values[i] - shift - offset) ** 2;
    const m = { n, mean: 0, meanError: 0, m2, min: values[0], max: values[values.length - 1] };
    setMean(m, shift, offset);
    return m;
}
/** Chan, Golub & LeVeque (1979): combine the moments of two disjoint samples. */
function mergeMoments(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    const n = a.n + b.n;
    const delta = b.mean - a.mean + (b.meanError - a.meanError);
    const m = {
        n,
        mean: 0,
        meanError: 0,
        m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
    };
    setMean(m, a.mean, a.meanError + (delta * b.n) / n);
    return m;
}
/** Population variance (ddof 0), as Evidently normalises Wasserstein; sample variance with ddof 1. */
function variance(m, ddof = 1) {
    return m.n - ddof > 0 ? m.m2 / (m.n - ddof) : NaN;
}

;// CONCATENATED MODULE: ./src/profile/column.ts
// One column's mergeable profile: counts by kind, moments, text lengths, distinct estimate,
// frequent values, and the numeric distribution (exact values while they fit, a KLL sketch always).







const DEFAULT_PROFILE_OPTIONS = { exactLimit: 10_000, frequentCapacity: 1000, kllK: 200 };
const BINS = 10;
class ColumnProfile {
    name;
    options;
    count = 0;
    nulls = 0;
    kindCounts = new Array(data_values/* KIND_NAMES */.kd.length).fill(0);
    temporalMin = Infinity;
    temporalMax = -Infinity;
    minLength = Infinity;
    maxLength = -Infinity;
    /** Exact numeric values, while they fit options.exactLimit (see there). */
    values;
    /**
     * While the numeric values are integers counted per value (see ExactValues) and written as
     * String(x), they are only counted: the moments, sketch, distinct estimate and frequent values are
     * derived from the counts when first read (settle), which saves the work per value.
     */
    pending = true;
    /**
     * While a column holds only numbers and its exact values are listed, its distinct estimate and frequent
     * values are made from the values when read, not kept beside them: a wide table's short columns hold
     * their values once. _frequent then holds only the texts the values cannot tell ("1.0", not String(1)).
     */
    derived = false;
    _moments = emptyMoments();
    _hll = new HyperLogLog();
    _frequent;
    /**
     * The sketch; undefined while it is made from the exact values when read (see kll): until its level 0
     * fills, a sketch is the values in the order they came, which the values then keep (keepOrder), so a
     * wide table's short columns hold their values once, not twice. Undefined also while nothing is sketched.
     */
    _kll;
    constructor(name, options = DEFAULT_PROFILE_OPTIONS) {
        this.name = name;
        this.options = options;
        this._frequent = new FrequentItems(options.frequentCapacity);
        this.values = new ExactValues(options.exactLimit);
    }
    get moments() {
        this.settle();
        return this._moments;
    }
    get hll() {
        this.settle();
        return this.derived ? this.derivedHll() : this._hll;
    }
    /**
     * Value counts. Categories of a numeric column are its values: "1" and "1.0" (as pandas writes a column
     * with an empty cell) are one (made when read if the texts differ: read it once).
     */
    get frequent() {
        this.settle();
        const numeric = this.type === 'integer' || this.type === 'number';
        const frequent = this.derived ? this.derivedFrequent(numeric) : this._frequent;
        return numeric ? frequent?.byValue() : frequent;
    }
    /** The sketch; made from the values that keep their order each time it is read (a column's is read once, to write it). */
    get kll() {
        this.settle();
        return this._kll ?? this.sketchOfValues();
    }
    /** A sketch of the values kept in the order they came, as if each had been added to it (nothing else is sketched then). */
    sketchOfValues() {
        const sketch = new KllSketch(this.options.kllK);
        if (this.values?.keepOrder)
            for (const chunk of this.values.arrivals())
                for (let i = 0; i < chunk.length; i++)
                    sketch.update(chunk[i]);
        return sketch;
    }
    /** The sketch, kept from here on: values are added to it one by one, and the values need no order. */
    sketch() {
        if (!this._kll) {
            this._kll = this.sketchOfValues();
            if (this.values)
                this.values.keepOrder = false;
        }
        return this._kll;
    }
    /** The distinct registers of the values (derived mode). */
    derivedHll() {
        const hll = new HyperLogLog();
        forEachDistinct(this.values.sample(), (x) => hll.add(hashNumber(x)));
        return hll;
    }
    /**
     * The frequent values (derived mode): the texts kept, and the values written String(x) counted from the
     * values. `byValue`: by value at once, as a numeric column's are read ("1.0" counted as 1).
     */
    derivedFrequent(byValue) {
        if (!this._frequent)
            return undefined;
        const written = this._frequent.numbersOfTexts(); // how often each value was written otherwise than String(x)
        const sample = this.values.sample();
        let plain = 0; // values written String(x) at least once: each is a text of its own
        forEachDistinct(sample, (x, count) => (plain += count > (written.get(x) ?? 0) ? 1 : 0));
        if (plain + this._frequent.size > this._frequent.capacity)
            return undefined; // past the exact capacity, as when counted one by one
        const frequent = byValue ? new FrequentItems(this._frequent.capacity, plain + written.size) : this._frequent.copy();
        forEachDistinct(sample, (x, count) => {
            const n = byValue ? count : count - (written.get(x) ?? 0);
            if (n > 0)
                frequent.addNumber(x, n);
        });
        return frequent;
    }
    /** Ends the derived mode: from here on the distinct registers and frequent values are kept. `column`: a batch being added, whose tallied texts count. */
    undrive(column) {
        if (!this.derived)
            return;
        if (column)
            this.flushTally(column);
        this._hll = this.derivedHll();
        this._frequent = this.derivedFrequent(false);
        this.derived = false;
    }
    /** Whether the column has held only numbers (and nulls), this batch's `kinds` included. */
    numbersOnly(kinds, length) {
        const counts = this.kindCounts;
        if (counts[data_values/* Kind */.b8.string] + counts[data_values/* Kind */.b8.boolean] + counts[data_values/* Kind */.b8.date] + counts[data_values/* Kind */.b8.datetime] > 0)
            return false;
        for (let i = 0; i < length; i++)
            if (kinds[i] !== data_values/* Kind */.b8.null && kinds[i] !== data_values/* Kind */.b8.integer && kinds[i] !== data_values/* Kind */.b8.number)
                return false;
        return true;
    }
    /** Folds the counted values into the summaries; values after this are summarised one by one. */
    settle() {
        if (!this.pending)
            return;
        this.pending = false;
        const sample = this.values?.sample();
        if (!sample?.counts || sample.n === 0)
            return;
        const { values, counts } = sample;
        this._moments = mergeMoments(this._moments, momentsOfCounts(values, counts));
        this.sketch().addCounts(values, counts);
        for (let i = 0; i < values.length; i++) {
            this._hll.add(hashNumber(values[i]));
            this.addFrequentNumber(values[i], counts[i]); // counted values are written String(x)
        }
    }
    get type() {
        let mask = 0;
        this.kindCounts.forEach((c, kind) => (mask |= c > 0 ? 1 << kind : 0));
        return (0,data_values/* typeOfKinds */.R9)(mask);
    }
    /** Adds rows that lack this column entirely (a JSON key that appears later). */
    addMissing(rows) {
        this.count += rows;
        this.nulls += rows;
        this.kindCounts[data_values/* Kind */.b8.null] += rows;
    }
    add(column, length) {
        if (column.coded && this.addCoded(column.coded, length))
            return;
        const { kinds, numbers } = column;
        // While only numbers come, the order values are counted in cannot matter: a number written String(x)
        // is counted by value, without its text. Else texts are counted as they always were.
        const numbersOnly = this.numbersOnly(kinds, length);
        if (!numbersOnly)
            this.undrive();
        const counts = this.kindCounts;
        this.count += length;
        // A batch of one kind (a typed column's mostly is) goes first through that kind's own loop, which
        // stops at a value it does not handle; the loop below does the rest.
        const start = this.addUniform(column, length);
        if (start > 0)
            counts[kinds[0]] += start;
        let previous = NaN;
        for (let i = start; i < length; i++) {
            const kind = kinds[i];
            counts[kind]++;
            if (kind === data_values/* Kind */.b8.null) {
                this.nulls++;
                continue;
            }
            if (kind === data_values/* Kind */.b8.integer || kind === data_values/* Kind */.b8.number) {
                const x = numbers[i];
                if (!Number.isFinite(x))
                    continue;
                if (this.pending) {
                    if (kind === data_values/* Kind */.b8.integer && (0,data_values/* isPlainInteger */.pr)(column, i) && this.values.count(x))
                        continue;
                    this.settle(); // x cannot be counted, or its text is not String(x): from here on, value by value
                    this.derived = numbersOnly && this.values?.length === 0;
                    // A first value that is listed, not counted (only integers are): the sketch is made from the values, in order.
                    if (this.values?.length === 0 && !this._kll && !Number.isInteger(x))
                        this.values.keepOrder = true;
                }
                addValue(this._moments, x);
                const values = this.values;
                if (!(values?.keepOrder && values.length < level0Width(this.options.kllK) - 1 && values.push(x))) {
                    this.sketch().update(x); // from the values kept in order, if they were the sketch's
                    if (values && !values.push(x)) {
                        this.undrive(column); // over the budget: the sketch remains, and the summaries the values made
                        this.values = undefined;
                    }
                }
                if (this.derived) {
                    if (this._frequent && !(0,data_values/* isPlainNumber */.OF)(column, i) && !this.tally(column, i, kind))
                        this.addFrequentNumber((0,data_values/* textAt */.$6)(column, i), 1);
                    continue;
                }
                if (x !== previous)
                    this._hll.add(hashNumber(x)); // adding a value again changes nothing
                previous = x;
                // A numeric column with many values has no useful "frequent" set; stop paying for it.
                if (this._frequent) {
                    if (numbersOnly && (0,data_values/* isPlainNumber */.OF)(column, i))
                        this.addFrequentNumber(x, 1);
                    else if (!this.tally(column, i, kind))
                        this.addFrequentNumber((0,data_values/* textAt */.$6)(column, i), 1);
                }
                continue;
            }
            if (kind === data_values/* Kind */.b8.date || kind === data_values/* Kind */.b8.datetime) {
                const t = numbers[i];
                if (t < this.temporalMin)
                    this.temporalMin = t;
                if (t > this.temporalMax)
                    this.temporalMax = t;
                if (t !== previous)
                    this._hll.add(hashNumber(t)); // time series repeat instants
                previous = t;
                // Like numbers, instants have no useful "frequent" set once there are many of them.
                if (this._frequent && !this.tally(column, i, kind))
                    this.addFrequentNumber((0,data_values/* textAt */.$6)(column, i), 1);
                continue;
            }
            if (!this.tally(column, i, kind))
                this.addText((0,data_values/* textAt */.$6)(column, i), 1);
        }
        this.flushTally(column);
    }
    /**
     * A coded batch (see ClassifiedColumn.coded) of one kind besides nulls, added once per distinct value
     * with its count where the order values come in cannot change the profile: integers while they are
     * counted, instants, and texts with dictionary codes (counted per code in the order the codes first
     * occur, as tally does). The profile is the one add makes value by value. False, nothing changed, for
     * the others (add takes them value by value).
     */
    addCoded(coded, length) {
        const { values, size, counts } = coded;
        const kinds = values.kinds;
        let kind = -1;
        for (let s = 0; s < size; s++) {
            const k = kinds[s];
            if (k === data_values/* Kind */.b8.null || k === kind)
                continue;
            if (kind !== -1)
                return false;
            kind = k;
        }
        if (kind === data_values/* Kind */.b8.integer) {
            if (!this.pending || !this.countValues(coded))
                return false;
        }
        else if (kind === data_values/* Kind */.b8.date || kind === data_values/* Kind */.b8.datetime)
            this.addInstants(coded);
        else if (kind === data_values/* Kind */.b8.string || kind === data_values/* Kind */.b8.boolean) {
            for (let s = 0; s < size; s++)
                if (kinds[s] !== data_values/* Kind */.b8.null && (0,data_values/* codeAt */.LT)(values, s) < 0)
                    return false;
            this.undrive(); // as add: the column holds more than numbers
            for (let s = 0; s < size; s++)
                if (kinds[s] !== data_values/* Kind */.b8.null)
                    this.tallyCode((0,data_values/* codeAt */.LT)(values, s), kind, counts[s]);
            this.flushTally(values);
        }
        else if (kind !== -1)
            return false;
        this.count += length;
        this.nulls += coded.nulls;
        this.kindCounts[data_values/* Kind */.b8.null] += coded.nulls;
        if (kind !== -1)
            this.kindCounts[kind] += length - coded.nulls;
        return true;
    }
    /** Counts a coded batch's integers (see addCoded), if every one is written String(x) and can be counted; false, nothing changed, if not. */
    countValues({ values, size, counts }) {
        const { kinds, numbers } = values;
        let low = Infinity;
        let high = -Infinity;
        for (let s = 0; s < size; s++) {
            if (kinds[s] === data_values/* Kind */.b8.null)
                continue;
            if (!(0,data_values/* isPlainInteger */.pr)(values, s))
                return false;
            const x = numbers[s];
            if (x < low)
                low = x;
            if (x > high)
                high = x;
        }
        if (low <= high && !this.values.canCount(low, high))
            return false;
        for (let s = 0; s < size; s++)
            if (kinds[s] !== data_values/* Kind */.b8.null)
                this.values.count(numbers[s], counts[s]);
        return true;
    }
    /** A coded batch's instants (see addCoded): range, distinct registers and, while kept, frequent values, as add does. */
    addInstants({ values, size, counts }) {
        const { kinds, numbers } = values;
        this.undrive(); // as add: the column holds more than numbers
        let [min, max] = [this.temporalMin, this.temporalMax];
        for (let s = 0; s < size; s++) {
            if (kinds[s] === data_values/* Kind */.b8.null)
                continue;
            const t = numbers[s];
            if (t < min)
                min = t;
            if (t > max)
                max = t;
            this._hll.add(hashNumber(t));
            // Frequent values as add: those without a code at once, in the order they occur; the others tallied.
            if (!this._frequent)
                continue;
            const code = (0,data_values/* codeAt */.LT)(values, s);
            if (code >= 0)
                this.tallyCode(code, kinds[s], counts[s]);
            else
                this.addFrequentNumber((0,data_values/* textAt */.$6)(values, s), counts[s]);
        }
        [this.temporalMin, this.temporalMax] = [min, max];
        this.flushTally(values);
    }
    /**
     * The values of a batch of one kind that its own loop handles, as the loop in add would (their kinds
     * not counted): integers while they are counted, texts with dictionary codes. Returns how many.
     */
    addUniform(column, length) {
        const { kinds, numbers, source } = column;
        const kind = kinds[0];
        for (let i = 1; i < length; i++)
            if (kinds[i] !== kind)
                return 0;
        if (kind === data_values/* Kind */.b8.integer && this.pending) {
            if (source && this.countByCode(column, length))
                return length;
            // As add: a value not written String(x), or one not counted, is left to add.
            const values = this.values;
            for (let i = 0; i < length; i++)
                if (!(0,data_values/* isPlainInteger */.pr)(column, i) || !values.count(numbers[i]))
                    return i;
            return length;
        }
        if ((kind === data_values/* Kind */.b8.date || kind === data_values/* Kind */.b8.datetime) && !this._frequent) {
            // As add does for an instant once the column keeps no frequent values.
            let [min, max, previous] = [this.temporalMin, this.temporalMax, NaN];
            for (let i = 0; i < length; i++) {
                const t = numbers[i];
                if (t < min)
                    min = t;
                if (t > max)
                    max = t;
                if (t !== previous)
                    this._hll.add(hashNumber(t));
                previous = t;
            }
            [this.temporalMin, this.temporalMax] = [min, max];
            return length;
        }
        if ((kind === data_values/* Kind */.b8.string || kind === data_values/* Kind */.b8.boolean) && source) {
            // As tally, and addText for a value without a code.
            const codes = source.codes;
            for (let i = 0; i < length; i++) {
                const code = codes[i] !== data_values/* NO_CODE_YET */.Vv ? codes[i] : (0,data_values/* codeAt */.LT)(column, i);
                if (code < 0)
                    this.addText((0,data_values/* textAt */.$6)(column, i), 1);
                else if (tallyCounts[code]++ === 0) {
                    tallied.push(code);
                    tallyKinds[code] = kind;
                }
            }
            return length;
        }
        return 0;
    }
    /**
     * Counts a batch of integers once per dictionary code, when every value has a known code and all of
     * them can be counted (then the order they are counted in cannot matter); false, nothing changed, if not.
     */
    countByCode(column, length) {
        const { numbers, texts } = column;
        const codes = column.source.codes;
        let all = true;
        for (let i = 0; i < length && all; i++) {
            const code = codes[i];
            if (code < 0 || texts[i] !== undefined)
                all = false;
            else if (tallyCounts[code]++ === 0) {
                tallied.push(code);
                tallyFirst[code] = i;
            }
        }
        // A code's values share their bytes: one of them tells whether they are plain integers (see isPlainInteger).
        let low = Infinity;
        let high = -Infinity;
        for (const code of tallied) {
            const i = tallyFirst[code];
            const x = numbers[i];
            if (!(0,data_values/* isPlainInteger */.pr)(column, i))
                all = false;
            if (x < low)
                low = x;
            if (x > high)
                high = x;
        }
        all &&= this.values.canCount(low, high);
        for (const code of tallied) {
            if (all)
                this.values.count(numbers[tallyFirst[code]], tallyCounts[code]);
            tallyCounts[code] = 0;
        }
        tallied.length = 0;
        return all;
    }
    addText(text, count) {
        if (text.length < this.minLength)
            this.minLength = text.length;
        if (text.length > this.maxLength)
            this.maxLength = text.length;
        this._hll.add(hashString(text));
        this._frequent?.add(text, count);
    }
    /** A number (by its text, or x whose text is String(x)) or an instant: past the exact capacity, no frequent values are kept. */
    addFrequentNumber(value, count) {
        if (!this._frequent)
            return;
        if (typeof value === 'number')
            this._frequent.addNumber(value, count);
        else
            this._frequent.add(value, count);
        if (!this._frequent.exact)
            this._frequent = undefined;
    }
    /**
     * Values read from bytes have a dictionary code (data/interner.ts) when they repeat: they are counted
     * by code here and profiled as text once per distinct value and batch, in flushTally.
     */
    tally(column, i, kind) {
        const code = (0,data_values/* codeAt */.LT)(column, i);
        if (code < 0)
            return false;
        this.tallyCode(code, kind, 1);
        return true;
    }
    tallyCode(code, kind, count) {
        if (tallyCounts[code] === 0) {
            tallied.push(code);
            tallyKinds[code] = kind;
        }
        tallyCounts[code] += count;
    }
    flushTally(column) {
        for (const code of tallied) {
            const text = column.source.strings.textOf(code);
            const count = tallyCounts[code];
            tallyCounts[code] = 0;
            if (tallyKinds[code] === data_values/* Kind */.b8.string || tallyKinds[code] === data_values/* Kind */.b8.boolean)
                this.addText(text, count);
            else
                this.addFrequentNumber(text, count);
        }
        tallied.length = 0;
    }
    merge(other) {
        this.settle();
        other.settle();
        this.undrive();
        other.undrive();
        this.count += other.count;
        this.nulls += other.nulls;
        other.kindCounts.forEach((c, k) => (this.kindCounts[k] += c));
        this._moments = mergeMoments(this._moments, other._moments);
        this.temporalMin = Math.min(this.temporalMin, other.temporalMin);
        this.temporalMax = Math.max(this.temporalMax, other.temporalMax);
        this.minLength = Math.min(this.minLength, other.minLength);
        this.maxLength = Math.max(this.maxLength, other.maxLength);
        this._hll.merge(other._hll);
        if (this._frequent && other._frequent)
            this._frequent.merge(other._frequent);
        else if (this._moments.n > 0 || other._frequent === undefined)
            this._frequent = undefined;
        // While both sketches are their values in order, the values joined (this side's, then the other's) are the merged sketch's.
        const inOrder = !this._kll && !other._kll;
        if (!inOrder)
            this.sketch().merge(other.kll);
        if (!(this.values && other.values && this.values.absorb(other.values))) {
            if (inOrder)
                this.sketch().merge(other.kll); // from this side's values, as they were
            this.values = undefined;
        }
        else if (inOrder && this.values.length >= level0Width(this.options.kllK))
            this.sketch();
    }
    /**
     * Gives the arrays of a profile merged into another back now, not at a full garbage collection (see
     * growable.ts): merge copies them all (only listed values are shared, and left). It is empty after.
     */
    release() {
        this._hll.release();
        this._frequent?.release();
        this._kll?.release();
        this.values?.release();
    }
    /** `frequent`, `hll`: the column's, when the caller has read them. */
    distinct(frequent = this.frequent, hll) {
        if (frequent?.exact)
            return { estimate: frequent.size, exact: true };
        return { estimate: (hll ?? this.hll).estimate(), exact: false };
    }
    quantile(q) {
        const sample = this.exactSample();
        return sample ? exactQuantile(sample, q) : this.kll.quantile(q);
    }
    /** The exact values in order, computed once until more values arrive. */
    exactSample() {
        return this.values?.sample();
    }
    toJSON(summaries = true) {
        const [frequent, hll] = [this.frequent, this.hll]; // read once: in derived mode each read derives them
        const kinds = {};
        this.kindCounts.forEach((c, k) => c > 0 && (kinds[data_values/* KIND_NAMES */.kd[k]] = c));
        const out = {
            name: this.name,
            type: this.type,
            count: this.count,
            nulls: this.nulls,
            kinds,
            distinct: { ...this.distinct(frequent, hll), hll: hll.toBase64() },
        };
        if (this.moments.n > 0) {
            const v = variance(this.moments, 1);
            out.numeric = { ...this.moments, variance: v, std: Math.sqrt(v) };
            const qs = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
            const sample = this.exactSample();
            const written = (array) => (summaries ? Array.from(array) : array);
            out.distribution = {
                exact: sample !== undefined,
                ...(sample ? { values: written(sample.values) } : {}),
                ...(sample?.counts ? { counts: written(sample.counts) } : {}),
                sketch: this.kll.toJSON(),
                quantiles: summaries ? Object.fromEntries(qs.map((q) => [`p${Math.round(q * 100)}`, this.quantile(q)])) : {},
            };
            if (summaries)
                out.bins = this.referenceBins();
        }
        if (Number.isFinite(this.temporalMin))
            out.temporal = { min: new Date(this.temporalMin).toISOString(), max: new Date(this.temporalMax).toISOString() };
        if (Number.isFinite(this.minLength))
            out.text = { minLength: this.minLength, maxLength: this.maxLength };
        if (frequent)
            out.frequent = { exact: frequent.exact, error: frequent.error, items: frequent.top(this.options.frequentCapacity) };
        return out;
    }
    static fromJSON(json, options = DEFAULT_PROFILE_OPTIONS) {
        const p = new ColumnProfile(json.name, options);
        p.pending = false; // the summaries are read, not derived
        p.count = json.count;
        p.nulls = json.nulls;
        for (const [name, c] of Object.entries(json.kinds))
            p.kindCounts[data_values/* KIND_NAMES */.kd.indexOf(name)] = c;
        if (json.numeric) {
            const { n, mean, meanError = 0, m2, min, max } = json.numeric;
            p._moments = { n, mean, meanError, m2, min, max };
        }
        if (json.temporal) {
            p.temporalMin = Date.parse(json.temporal.min);
            p.temporalMax = Date.parse(json.temporal.max);
        }
        if (json.text) {
            p.minLength = json.text.minLength;
            p.maxLength = json.text.maxLength;
        }
        p._hll = HyperLogLog.fromBase64(json.distinct.hll);
        if (json.frequent) {
            p._frequent = FrequentItems.of(json.frequent.items, options.frequentCapacity, json.frequent.exact, json.frequent.error);
        }
        else
            p._frequent = undefined;
        p.values = json.distribution ? json.distribution.values && ExactValues.of(json.distribution.values, json.distribution.counts, options.exactLimit) : new ExactValues(options.exactLimit);
        if (json.distribution)
            p._kll = KllSketch.fromJSON(json.distribution.sketch);
        return p;
    }
    /** Decile edges of this (reference) data, frozen so that a later sample is binned the same way. */
    referenceBins() {
        const edges = [this.moments.min];
        for (let b = 1; b < BINS; b++) {
            const q = this.quantile(b / BINS);
            if (q > edges[edges.length - 1])
                edges.push(q);
        }
        if (this.moments.max > edges[edges.length - 1] || edges.length === 1)
            edges.push(this.moments.max);
        return { edges, counts: this.binCounts(edges) };
    }
    /** Counts per bin [e0,e1), [e1,e2) … [e_{n-1}, e_n]; values outside fall into the outer bins. */
    binCounts(edges) {
        const counts = new Array(edges.length - 1).fill(0);
        const sample = this.exactSample();
        if (sample) {
            // Bin i ends where values reach edges[i+1]: one binary search per inner edge.
            let start = 0;
            for (let b = 0; b < counts.length - 1; b++) {
                const end = countBelow(sample, edges[b + 1]);
                counts[b] = end - start;
                start = end;
            }
            counts[counts.length - 1] = sample.n - start;
            return counts;
        }
        const { values, weights } = this.kll.weighted();
        const scale = this.moments.n / weights.reduce((a, b) => a + b, 0);
        values.forEach((x, i) => (counts[binOf(edges, x)] += weights[i] * scale));
        return counts.map((c) => Math.round(c));
    }
}
/**
 * The tally of one column's batch by dictionary code (see ColumnProfile.tally): one for every column,
 * since a column's batch is added, and the tally emptied, before the next column's.
 */
const tallyCounts = new Int32Array(interner/* MAX_ENTRIES */.S);
const tallyKinds = new Uint8Array(interner/* MAX_ENTRIES */.S);
/** The first value of each code tallied (see countByCode). */
const tallyFirst = new Int32Array(interner/* MAX_ENTRIES */.S);
const tallied = [];
function binOf(edges, x) {
    let lo = 0;
    let hi = edges.length - 2;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (x >= edges[mid])
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/profile/check.ts
// Profiles are read from files that come from artifacts, caches and registries: an untrusted shape.
// Everything DatasetProfile.fromJSON reads is checked here first (types, order, consistent sizes and
// counts), so that a corrupt profile is refused with the field named instead of yielding wrong numbers
// or a statistic that never ends. Derived fields (variance, std, quantiles, bins, the distinct estimate)
// are not read, so not checked.



/** KLL's k: DataSketches' largest, and what bounds the memory a sketch allocates. */
const MAX_K = 65_535;
const HLL_BYTES = new HyperLogLog().registers.length;
function describe(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null || typeof value !== 'object') {
        const text = JSON.stringify(value) ?? String(value);
        return text.length > 40 ? `${text.slice(0, 40)}…` : text;
    }
    return ArrayBuffer.isView(value) ? 'a typed array' : 'an object';
}
function fail(path, expected, value) {
    throw new errors/* ConfigurationError */.j(`field ${path}: expected ${expected}, found ${describe(value)}`);
}
function object(value, path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || ArrayBuffer.isView(value))
        fail(path, 'an object', value);
    return value;
}
function count(value, path, min = 0) {
    if (!Number.isSafeInteger(value) || value < min)
        fail(path, min === 0 ? 'a count (an integer ≥ 0)' : `an integer ≥ ${min}`, value);
    return value;
}
const isFiniteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
function finite(value, path) {
    if (!isFiniteNumber(value))
        fail(path, 'a finite number', value);
    return value;
}
function check_text(value, path) {
    if (typeof value !== 'string')
        fail(path, 'a string', value);
    return value;
}
function flag(value, path) {
    if (typeof value !== 'boolean')
        fail(path, 'true or false', value);
    return value;
}
/** An array, or a Float64Array as a worker thread hands one over. */
function list(value, path) {
    if (!Array.isArray(value) && !(value instanceof Float64Array))
        fail(path, 'an array', value);
    return value;
}
/** Finite numbers in ascending order (strictly when `distinct`). Paths are made only for a failure: arrays run to millions. */
function ascending(value, path, distinct) {
    const values = list(value, path);
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        if (!isFiniteNumber(x))
            fail(`${path}[${i}]`, 'a finite number', x);
        if (i > 0 && (distinct ? x <= values[i - 1] : x < values[i - 1]))
            fail(`${path}[${i}]`, `a number ${distinct ? 'above' : 'at or above'} the one before (${values[i - 1]})`, x);
    }
    return values;
}
function consistent(condition, path, message) {
    if (!condition)
        throw new errors/* ConfigurationError */.j(`field ${path}: ${message}`);
}
/** Checks a profile document before it is read; the error names the field (the caller names the file). */
function checkProfileJson(json, kind, version) {
    const profile = object(json, 'the document');
    if (profile.kind !== kind || profile.version !== version) {
        throw new errors/* ConfigurationError */.j(`not an ${kind} version ${version} document (kind ${describe(profile.kind)}, version ${describe(profile.version)})`);
    }
    const rows = count(profile.rows, 'rows');
    const sources = list(profile.sources, 'sources');
    for (let i = 0; i < sources.length; i++) {
        const source = object(sources[i], `sources[${i}]`);
        for (const key of ['file', 'format', 'sha256'])
            check_text(source[key], `sources[${i}].${key}`);
        for (const key of ['bytes', 'rows'])
            count(source[key], `sources[${i}].${key}`);
    }
    const options = object(profile.options, 'options');
    count(options.exactLimit, 'options.exactLimit');
    count(options.frequentCapacity, 'options.frequentCapacity', 1);
    const k = count(options.kllK, 'options.kllK', 2);
    consistent(k <= MAX_K, 'options.kllK', `${k} is over the largest k, ${MAX_K}`);
    const columns = list(profile.columns, 'columns');
    const names = new Set();
    for (let i = 0; i < columns.length; i++) {
        const name = checkColumn(columns[i], `columns[${i}]`, rows);
        consistent(!names.has(name), `columns[${i}].name`, `column ${JSON.stringify(name)} appears twice`);
        names.add(name);
    }
}
function checkColumn(value, at, rows) {
    const column = object(value, at);
    const name = check_text(column.name, `${at}.name`);
    const path = `${at} (column ${JSON.stringify(name)})`;
    if (!data_values/* KIND_NAMES */.kd.includes(column.type))
        fail(`${path}.type`, `one of ${data_values/* KIND_NAMES */.kd.join(', ')}`, column.type);
    const total = count(column.count, `${path}.count`);
    consistent(total === rows, `${path}.count`, `${total} values where the profile has ${rows} rows`);
    const nulls = count(column.nulls, `${path}.nulls`);
    const kinds = object(column.kinds, `${path}.kinds`);
    let sum = 0;
    for (const [kind, n] of Object.entries(kinds)) {
        if (!data_values/* KIND_NAMES */.kd.includes(kind))
            fail(`${path}.kinds`, `keys among ${data_values/* KIND_NAMES */.kd.join(', ')}`, kind);
        sum += count(n, `${path}.kinds.${kind}`);
    }
    consistent(sum === total, `${path}.kinds`, `the kinds add up to ${sum}, not the count ${total}`);
    consistent((kinds.null ?? 0) === nulls, `${path}.nulls`, `${nulls} where kinds.null is ${kinds.null ?? 0}`);
    const hll = check_text(object(column.distinct, `${path}.distinct`).hll, `${path}.distinct.hll`);
    if (Buffer.from(hll, 'base64').length !== HLL_BYTES)
        fail(`${path}.distinct.hll`, `base64 of ${HLL_BYTES} registers`, hll);
    if (column.temporal !== undefined) {
        const temporal = object(column.temporal, `${path}.temporal`);
        for (const key of ['min', 'max'])
            if (Number.isNaN(Date.parse(check_text(temporal[key], `${path}.temporal.${key}`))))
                fail(`${path}.temporal.${key}`, 'an ISO date', temporal[key]);
    }
    if (column.text !== undefined) {
        const lengths = object(column.text, `${path}.text`);
        consistent(count(lengths.minLength, `${path}.text.minLength`) <= count(lengths.maxLength, `${path}.text.maxLength`), `${path}.text`, 'minLength is over maxLength');
    }
    if (column.frequent !== undefined) {
        const frequent = object(column.frequent, `${path}.frequent`);
        flag(frequent.exact, `${path}.frequent.exact`);
        if (finite(frequent.error, `${path}.frequent.error`) < 0)
            fail(`${path}.frequent.error`, 'a number ≥ 0', frequent.error);
        const items = list(frequent.items, `${path}.frequent.items`);
        const keys = new Set();
        for (let i = 0; i < items.length; i++) {
            const item = list(items[i], `${path}.frequent.items[${i}]`);
            if (item.length !== 2)
                fail(`${path}.frequent.items[${i}]`, 'a [value, count] pair', item);
            const key = check_text(item[0], `${path}.frequent.items[${i}][0]`);
            count(item[1], `${path}.frequent.items[${i}][1]`);
            consistent(!keys.has(key), `${path}.frequent.items[${i}]`, `${JSON.stringify(key)} appears twice`);
            keys.add(key);
        }
    }
    consistent((column.numeric === undefined) === (column.distribution === undefined), path, 'numeric and distribution come together');
    if (column.numeric !== undefined)
        checkNumbers(column, path, (kinds.integer ?? 0) + (kinds.number ?? 0));
    return name;
}
/** The moments, the exact values and the sketch of a numeric column: each holds the same n values. */
function checkNumbers(column, path, numbers) {
    const numeric = object(column.numeric, `${path}.numeric`);
    const n = count(numeric.n, `${path}.numeric.n`, 1);
    consistent(n <= numbers, `${path}.numeric.n`, `${n} where kinds.integer and kinds.number add up to ${numbers}`);
    finite(numeric.mean, `${path}.numeric.mean`);
    if (numeric.meanError !== undefined)
        finite(numeric.meanError, `${path}.numeric.meanError`);
    if (finite(numeric.m2, `${path}.numeric.m2`) < 0)
        fail(`${path}.numeric.m2`, 'a number ≥ 0', numeric.m2);
    consistent(finite(numeric.min, `${path}.numeric.min`) <= finite(numeric.max, `${path}.numeric.max`), `${path}.numeric`, 'min is over max');
    const distribution = object(column.distribution, `${path}.distribution`);
    const exact = flag(distribution.exact, `${path}.distribution.exact`);
    consistent(exact === (distribution.values !== undefined), `${path}.distribution.values`, exact ? 'missing where exact is true' : 'present where exact is false');
    if (distribution.values !== undefined) {
        const counted = distribution.counts !== undefined;
        const values = ascending(distribution.values, `${path}.distribution.values`, counted);
        let held = values.length;
        if (counted) {
            const counts = list(distribution.counts, `${path}.distribution.counts`);
            consistent(counts.length === values.length, `${path}.distribution.counts`, `${counts.length} counts for ${values.length} values`);
            held = 0;
            for (let i = 0; i < counts.length; i++) {
                const c = counts[i];
                if (!Number.isSafeInteger(c) || c < 1)
                    fail(`${path}.distribution.counts[${i}]`, 'an integer ≥ 1', c);
                held += c;
            }
        }
        consistent(held === n, `${path}.distribution.values`, `${held} values where numeric.n is ${n}`);
    }
    else
        consistent(distribution.counts === undefined, `${path}.distribution.counts`, 'present without values');
    const sketch = object(distribution.sketch, `${path}.distribution.sketch`);
    const k = count(sketch.k, `${path}.distribution.sketch.k`, 2);
    consistent(k <= MAX_K, `${path}.distribution.sketch.k`, `${k} is over the largest k, ${MAX_K}`);
    count(sketch.seed, `${path}.distribution.sketch.seed`);
    const levels = list(sketch.levels, `${path}.distribution.sketch.levels`);
    consistent(levels.length <= 64, `${path}.distribution.sketch.levels`, `${levels.length} levels (a sketch of at most 2^53 values has 54)`);
    let weight = 0;
    for (let h = 0; h < levels.length; h++) {
        const items = list(levels[h], `${path}.distribution.sketch.levels[${h}]`);
        for (let i = 0; i < items.length; i++)
            if (!isFiniteNumber(items[i]))
                fail(`${path}.distribution.sketch.levels[${h}][${i}]`, 'a finite number', items[i]);
        weight += items.length * 2 ** h; // an item at level h stands for 2^h values
    }
    consistent(count(sketch.n, `${path}.distribution.sketch.n`) === n && weight === n, `${path}.distribution.sketch`, `its items weigh ${weight} and its n is ${sketch.n}, where numeric.n is ${n}`);
}

;// CONCATENATED MODULE: ./src/profile/dataset.ts
// The dataset profile contract (kind mlops-actions/profile, version 1): per-column mergeable
// profiles plus where the data came from. Profiles of shards merge into the profile of the whole.




const PROFILE_KIND = 'mlops-actions/profile';
const PROFILE_VERSION = 1;
/** sha256 over the files' own sha256 in path order: the same bytes give the same fingerprint. */
function fingerprintOf(sources) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const s of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
        hash.update(`${s.sha256}  ${s.file}\n`);
    return hash.digest('hex');
}
class DatasetProfile {
    options;
    rows = 0;
    sources = [];
    columns = new Map();
    /** Columns of the data left unprofiled by a column selection (see profileFiles): known by name only, not written. */
    unread = new Set();
    constructor(options = DEFAULT_PROFILE_OPTIONS) {
        this.options = options;
    }
    /** The column's profile; a column first seen now was absent (null) in the rows before. */
    column(name) {
        let column = this.columns.get(name);
        if (!column) {
            column = new ColumnProfile(name, this.options);
            if (this.rows > 0)
                column.addMissing(this.rows);
            this.columns.set(name, column);
        }
        return column;
    }
    /** Adds one batch: classified values for the columns present, absence for the others. */
    addBatch(classified, length) {
        for (const [name, column] of classified)
            this.column(name).add(column, length);
        for (const [name, column] of this.columns)
            if (!classified.has(name))
                column.addMissing(length);
        this.rows += length;
    }
    merge(other) {
        for (const [name, theirs] of other.columns) {
            const mine = this.columns.get(name);
            if (mine)
                mine.merge(theirs);
            else {
                const fresh = new ColumnProfile(name, this.options);
                fresh.addMissing(this.rows);
                fresh.merge(theirs);
                this.columns.set(name, fresh);
            }
        }
        for (const [name, mine] of this.columns)
            if (!other.columns.has(name))
                mine.addMissing(other.rows);
        this.rows += other.rows;
        this.sources.push(...other.sources);
        for (const name of other.unread)
            this.unread.add(name);
    }
    /** Gives the arrays of a profile merged into another back now (see ColumnProfile.release); it is empty after. */
    release() {
        for (const column of this.columns.values())
            column.release();
    }
    /** Rows, fingerprint and sources: what a report names, without serialising the columns. */
    summary() {
        return { rows: this.rows, fingerprint: fingerprintOf(this.sources), sources: this.sources };
    }
    /** `summaries`: also the quantiles and reference bins, derived from the rest (a shard merged elsewhere needs none). */
    toJSON(summaries = true) {
        return {
            kind: PROFILE_KIND,
            version: PROFILE_VERSION,
            created: new Date().toISOString(),
            rows: this.rows,
            fingerprint: fingerprintOf(this.sources),
            sources: this.sources,
            options: this.options,
            columns: [...this.columns.values()].map((c) => c.toJSON(summaries)),
        };
    }
    /**
     * A profile read from a document: checked first (see check.ts), since profiles come from files. A corrupt
     * one is a ConfigurationError naming the field, and `source` (the file) when given.
     */
    static fromJSON(document, source) {
        try {
            checkProfileJson(document, PROFILE_KIND, PROFILE_VERSION);
        }
        catch (error) {
            if (source === undefined || !(error instanceof errors/* ConfigurationError */.j))
                throw error;
            throw new errors/* ConfigurationError */.j(`"${source}" is not a valid profile: ${error.message}`);
        }
        return DatasetProfile.fromOwnJSON(document);
    }
    /** A profile from JSON this program made itself (a worker's answer): nothing to check. */
    static fromOwnJSON(json) {
        const profile = new DatasetProfile(json.options);
        profile.rows = json.rows;
        profile.sources = json.sources;
        for (const c of json.columns)
            profile.columns.set(c.name, ColumnProfile.fromJSON(c, json.options));
        return profile;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/data/parquet.ts + 12 modules
var parquet = __webpack_require__(44079);
// EXTERNAL MODULE: ./src/data/read.ts + 1 modules
var read = __webpack_require__(12932);
// EXTERNAL MODULE: ./src/data/table.ts
var table = __webpack_require__(82704);
;// CONCATENATED MODULE: ./src/runtime/in-order.ts
// Parts of one input (byte ranges, runs of row groups, batches of files) are read on several threads but
// must be merged in order, so that results never depend on which thread finished first.
/**
 * Starts part 0 … count − 1 with `start`, at most `ahead` of them before the next one is taken, and hands
 * each result to `take` in order; a result is let go once taken, so memory holds a few parts, not the
 * input. A part's failure is thrown when its turn comes. When `take` returns false, reading stops: the
 * parts under way are waited for (the calling thread may be reading one) before this returns.
 */
async function inOrder(count, ahead, start, take) {
    ahead = Math.max(1, ahead);
    const started = [];
    const launch = (i) => {
        const part = start(i);
        part.catch(() => { }); // reported when its turn comes
        started.push(part);
    };
    for (let i = 0; i < Math.min(ahead, count); i++)
        launch(i);
    for (let i = 0; i < count; i++) {
        const result = await started.shift();
        if ((await take(result, i)) === false) {
            await Promise.allSettled(started);
            return;
        }
        if (i + ahead < count)
            launch(i + ahead);
    }
}

;// CONCATENATED MODULE: ./src/profile/build.ts
// Profiles data files: one streaming pass each. Consecutive files up to BATCH_BYTES make one task and
// one profile, so that thousands of small files cost a few profiles, not one each; on a worker pool a
// large Parquet file is split into runs of row groups, a task each. Given a worker pool, the tasks run
// on its threads, so the reference and the current data of a drift check are read at the same time;
// each task's profile is merged into the whole as soon as the ones before it are.







/** Bytes of files (as stored) that one task reads into one profile; a larger file is a task of its own. */
const BATCH_BYTES = 4 * 1024 * 1024;
/** On a pool, a Parquet file is split into runs of row groups of at least this many uncompressed bytes. */
const PART_BYTES = 8 * 1024 * 1024;
/**
 * Consecutive files up to BATCH_BYTES together: a rule of the file sizes alone, so the batches, and so
 * the profile, do not depend on the number of threads.
 */
function batches(files) {
    const out = [];
    let bytes = Infinity;
    for (const file of files) {
        const size = (0,external_node_fs_.statSync)(file.path).size;
        if (bytes + size > BATCH_BYTES) {
            out.push([]);
            bytes = 0;
        }
        out[out.length - 1].push(file);
        bytes += size;
    }
    return out;
}
/** Files in one pass each (or a part of one), into one profile; malformed parts are counted, not fatal. */
async function profileBatch({ files, options, missing, limits = {}, rowGroups }) {
    const profile = new DatasetProfile(options);
    const malformed = { count: 0, first: [] };
    const scratch = [];
    const absent = new Set(missing);
    const { select } = limits;
    let total = 0;
    for (const file of files) {
        let rows = 0;
        const problems = new table/* ProblemLog */.mT();
        const summary = await (0,read/* readTable */.xz)(file.path, { format: file.format, gzip: file.gzip, missing: absent, ...limits, ...(rowGroups && { rowGroups }) }, {
            batch: (batch) => {
                rows += batch.length;
                const classified = (0,data_values/* classifyBatch */.N6)(batch, absent, scratch);
                if (select) {
                    for (const name of classified.keys()) {
                        if ((0,table/* isSelected */.sp)(select, name))
                            continue;
                        classified.delete(name);
                        profile.unread.add(name);
                    }
                }
                profile.addBatch(classified, batch.length);
            },
            malformed: (problem) => problems.add(problem),
        });
        for (const name of summary.unselected ?? [])
            profile.unread.add(name);
        if (!rowGroups)
            profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
        malformed.count += problems.count;
        for (const problem of problems.first)
            malformed.first.push({ ...problem, file: file.display });
        total += rows;
    }
    return { profile, malformed, rows: total };
}
/** A task of the worker pool: a batch's profile, as the contract's JSON without the derived summaries (and the columns left unread, which that has no place for). */
async function profileFileTask(input) {
    const { profile, malformed, rows } = await profileBatch(input);
    const json = profile.toJSON(false);
    profile.release(); // its arrays are copied into the JSON
    return { profile: json, malformed, rows, unread: [...profile.unread] };
}
/** The pool's task on the calling thread: the profile itself, which needs no copy into JSON. */
const profileFileHere = (input) => profileBatch(input);
/**
 * Profiles data files, merged in the order given; on the pool's threads when one is given (see
 * profileFileHere). `limits.select`: only these columns are profiled (the others' names are kept, as unread).
 */
async function profileFiles(files, options, pool, missing = [''], limits = {}) {
    // A worker's profile is made from its JSON only when its turn comes to be merged: made on arrival, it
    // would wait for the parts before it and outlive young-generation collections.
    const run = async (task) => (pool ? (await pool.run('profile-file', task)) : profileBatch(task));
    const made = ({ profile, malformed, rows, unread }) => {
        if (profile instanceof DatasetProfile)
            return { profile, malformed, rows };
        const read = DatasetProfile.fromOwnJSON(profile);
        for (const name of unread ?? [])
            read.unread.add(name);
        return { profile: read, malformed, rows };
    };
    // Tasks in file order; a split file's source is recorded after its last part, with its hash taken apart.
    const list = [];
    for (const batch of batches(files)) {
        const task = { files: batch, options, missing: [...missing], limits };
        const plan = pool && batch.length === 1 && batch[0].format === 'parquet' ? await (0,parquet/* planRowGroups */.m)(batch[0].path, PART_BYTES) : undefined;
        // A file past max-columns is one finding, from one task.
        if (!plan || plan.columns.length > (limits.maxColumns ?? table/* DEFAULT_MAX_COLUMNS */.jk))
            list.push({ task });
        else {
            const split = { file: batch[0], hashing: (0,read/* hashFile */.DC)(batch[0].path) };
            plan.ranges.forEach((rowGroups, k) => list.push({ task: { ...task, rowGroups }, ...(k === plan.ranges.length - 1 && { split }) }));
        }
    }
    // On a pool every task starts at once (the pool queues them); without one, each starts when the one
    // before is merged.
    for (const { split } of list)
        split?.hashing.catch(() => { });
    let whole;
    let splitRows = 0;
    await inOrder(list.length, pool ? list.length : 1, (i) => run(list[i].task), async (arrived, i) => {
        const part = made(arrived);
        if (!whole)
            whole = part;
        else {
            whole.profile.merge(part.profile);
            part.profile.release(); // a part lives as long as its read: its arrays would wait for a full collection
            whole.malformed.count += part.malformed.count;
            whole.malformed.first.push(...part.malformed.first);
        }
        if (list[i].task.rowGroups)
            splitRows += part.rows;
        const split = list[i].split;
        if (split) {
            const { sha256, bytes } = await split.hashing;
            whole.profile.sources.push({ file: split.file.display, format: split.file.format, sha256, bytes, rows: splitRows });
            splitRows = 0;
        }
    });
    return whole ?? { profile: new DatasetProfile(options), malformed: { count: 0, first: [] } };
}

;// CONCATENATED MODULE: ./src/profile/index.ts









/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ih: () => (/* binding */ escape),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xV: () => (/* binding */ withinBudget),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
// Markdown for job summaries and comments. Data-derived text goes through `escape`, so a value
// cannot break a table, inject HTML, ping a person (@mention) or link an issue (#123).
const ZWSP = '\u200b';
function escape(text, maxLength = 200) {
    const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    return clipped
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/[\r\n]+/g, ' ')
        .replace(/([\\*_[\]~])/g, '\\$1')
        .replace(/@(?=[A-Za-z0-9-])/g, `@${ZWSP}`)
        .replace(/(?<!&)#(?=\d)/g, `#${ZWSP}`); // not our own entities (&#124;)
}
/** Inline code holding data: backticks inside are replaced, the rest is literal. */
function code(text, maxLength = 80) {
    const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    return `<code>${escape(clipped, maxLength + 1)}</code>`;
}
/**
 * A count with thousands separators, as toLocaleString('en-US') writes it, without loading ICU's number
 * formatting for it (about 10 ms, the first time in a process).
 */
function thousands(n) {
    return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/**
 * Joins sections until the budget is reached (GitHub: 1 MiB per job summary, 65,536 characters per
 * comment); what does not fit is replaced by one line saying so.
 */
function withinBudget(sections, budget, overflowNote) {
    const out = [];
    let used = 0;
    for (let i = 0; i < sections.length; i++) {
        const section = sections[i];
        const note = overflowNote(sections.length - i);
        if (used + section.length + 2 + note.length > budget) {
            out.push(note);
            break;
        }
        out.push(section);
        used += section.length + 2;
    }
    return out.join('\n\n');
}


/***/ }),

/***/ 20329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ sortNumbers),
/* harmony export */   XQ: () => (/* binding */ argsort),
/* harmony export */   se: () => (/* binding */ sampleSize)
/* harmony export */ });
/* unused harmony exports toNumbers, scoreOrder, rememberScoreOrder */
// Array helpers for the statistics' hot paths (plain loops: TypedArray.from with a map function is
// several times slower on a million values).
/** Number(value) for each value. */
function toNumbers(values) {
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++)
        out[i] = Number(values[i]);
    return out;
}
/** A weighted sample's size: the sum of its weights, or without weights the number of values. */
function sampleSize(values, weights) {
    if (!weights)
        return values.length;
    let sum = 0;
    for (let i = 0; i < weights.length; i++)
        sum += weights[i];
    return sum;
}
const SMALL_SPAN = 1 << 14;
const countScratch = new Int32Array(SMALL_SPAN);
/**
 * Sorts numbers in place, ascending (NaN last). The native float sort spends most of its time on
 * mispredicted branches; integers, the usual case in data (counts, codes, delays, distances), take a
 * counting sort when their span is at most max(n, 16384), and the faster Int32Array sort otherwise.
 * −0 among integers comes back as 0, an equal value.
 */
function sortNumbers(values) {
    const n = values.length;
    if (n === 0)
        return values;
    let min = Infinity;
    let max = -Infinity;
    let integers = true;
    for (let i = 0; i < n && integers; i++) {
        const x = values[i];
        integers = (x | 0) === x;
        if (x < min)
            min = x;
        if (x > max)
            max = x;
    }
    if (!integers)
        return values.sort();
    const span = max - min + 1;
    if (span <= Math.max(n, SMALL_SPAN)) {
        const counts = span <= SMALL_SPAN ? countScratch.fill(0, 0, span) : new Int32Array(span);
        for (let i = 0; i < n; i++)
            counts[values[i] - min]++;
        for (let v = 0, o = 0; v < span; v++)
            for (let c = counts[v]; c > 0; c--)
                values[o++] = v + min;
        return values;
    }
    const ints = new Int32Array(values).sort();
    for (let i = 0; i < n; i++)
        values[i] = ints[i];
    return values;
}
/**
 * The indices of `values` in ascending order, stable: an LSD radix sort on the IEEE-754 bits, 16 bits
 * per pass (four passes for any n, where a comparison sort of a million scores takes half a second).
 * Values must not be NaN; −0 sorts with +0. (Reads the doubles' words little-endian, as every Node platform is.)
 */
function argsort(values) {
    const n = values.length;
    // Order-preserving keys: flip every bit of negatives, only the sign bit of the rest.
    const copy = new Float64Array(values);
    for (let i = 0; i < n; i++)
        copy[i] += 0;
    const bits = new Uint32Array(copy.buffer);
    const high = new Uint32Array(n);
    const low = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        const hi = bits[2 * i + 1];
        const negative = hi >>> 31 === 1;
        high[i] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
        low[i] = negative ? ~bits[2 * i] >>> 0 : bits[2 * i];
    }
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    let next = new Uint32Array(n);
    const counts = new Uint32Array(1 << 16);
    for (const [key, shift] of [[low, 0], [low, 16], [high, 0], [high, 16]]) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[(key[i] >>> shift) & 0xffff]++;
        if (counts.includes(n))
            continue; // these 16 bits are the same everywhere
        let sum = 0;
        for (let b = 0; b < counts.length; b++) {
            const c = counts[b];
            counts[b] = sum;
            sum += c;
        }
        for (let k = 0; k < n; k++) {
            const i = order[k];
            next[counts[(key[i] >>> shift) & 0xffff]++] = i;
        }
        [order, next] = [next, order];
    }
    return order;
}
const orders = new WeakMap();
/** argsort(scores), kept while the scores live: the point estimate and the bootstrap sort the same scores. */
function scoreOrder(scores) {
    let order = orders.get(scores);
    if (!order)
        orders.set(scores, (order = argsort(scores)));
    return order;
}
/** Records the order argsort would give these scores, known without sorting (a slice's, from the whole's). */
function rememberScoreOrder(scores, order) {
    orders.set(scores, order);
}


/***/ }),

/***/ 63851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony export HIGHER_IS_BETTER */
const HIGHER_IS_BETTER = { accuracy: true, f1: true, roc_auc: true, mae: false, rmse: false };


/***/ }),

/***/ 5570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ percentileBounds)
/* harmony export */ });
/* unused harmony exports discordantPairs, mcnemarExact, metric, seed32, cellsOf, slicesOf, pointEstimates, bootstrapDeltas, percentileIntervals, pairedBootstrap */
/* harmony import */ var _stdlib_math_base_special_betainc__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89986);
/* harmony import */ var _stdlib_math_base_special_betainc__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_stdlib_math_base_special_betainc__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15521);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20329);
/* harmony import */ var _poisson_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8369);
/* harmony import */ var _paired_data_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63851);
// Paired comparison of two models on the same examples: McNemar's exact test for classifiers, and a
// seeded paired bootstrap percentile interval for the delta (candidate − baseline) of each metric. Every
// metric uses the Poisson bootstrap (each example weighted by an independent Poisson(1) count): for
// accuracy and F1, which depend only on counts per joint outcome, summed per outcome (a Poisson(count)
// draw each); for ROC AUC, MAE and RMSE, per example in WebAssembly (poisson-bootstrap.ts). Slices
// (subsets of the examples, one slice per example in each slicing) are read from the same resamples as
// the whole: slicing does not multiply the resampling.
//
// simple-statistics gives the percentiles of the resampled deltas (quantileSorted: numpy's linear
// interpolation); the resampling loops stay ours (typed arrays, WebAssembly), and McNemar's binomial
// tail comes from stdlib's incomplete beta, precise where p-values live.






const betainc = (/* unused pure expression or super */ null && (betaincModule));
/** The discordant pairs: b examples only the candidate gets right, c only the baseline. */
function discordantPairs(data) {
    let b = 0;
    let c = 0;
    data.labels.forEach((label, i) => {
        const candidateRight = data.candidate.predictions[i] === label;
        if (candidateRight !== (data.baseline.predictions[i] === label))
            candidateRight ? b++ : c++;
    });
    return { b, c };
}
/** statsmodels mcnemar(table, exact=True): statistic min(b, c), p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, ½). */
function mcnemarExact(b, c) {
    const n = b + c;
    const k = Math.min(b, c);
    // Binomial CDF as the regularised incomplete beta: P(X ≤ k) = I_{1/2}(n − k, k + 1).
    const cdf = k >= n ? 1 : betainc(0.5, n - k, k + 1, true, false);
    return { statistic: k, pValue: Math.min(1, 2 * cdf) };
}
/** sklearn's metrics, optionally with a count per example (the bootstrap's resample weights). */
const metric = {
    accuracy(labels, predictions, w) {
        let correct = 0;
        let total = 0;
        for (let i = 0; i < labels.length; i++) {
            const weight = w ? w[i] : 1;
            total += weight;
            if (labels[i] === predictions[i])
                correct += weight;
        }
        return correct / total;
    },
    f1(labels, predictions, positive, w) {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (let i = 0; i < labels.length; i++) {
            const weight = w ? w[i] : 1;
            const actual = labels[i] === positive;
            const predicted = predictions[i] === positive;
            if (actual && predicted)
                tp += weight;
            else if (predicted)
                fp += weight;
            else if (actual)
                fn += weight;
        }
        return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    },
    /** ROC AUC as the Mann–Whitney probability P(score_pos > score_neg) + ½P(=), ties averaged (sklearn roc_auc_score). */
    rocAuc(labels, scores, positive, order, w) {
        let negativesBelow = 0;
        let area = 0;
        let positives = 0;
        for (let start = 0; start < order.length;) {
            let end = start;
            let groupPos = 0;
            let groupNeg = 0;
            while (end < order.length && scores[order[end]] === scores[order[start]]) {
                const i = order[end];
                const weight = w ? w[i] : 1;
                if (labels[i] === positive)
                    groupPos += weight;
                else
                    groupNeg += weight;
                end++;
            }
            area += groupPos * (negativesBelow + groupNeg / 2);
            negativesBelow += groupNeg;
            positives += groupPos;
            start = end;
        }
        return positives === 0 || negativesBelow === 0 ? NaN : area / (positives * negativesBelow);
    },
    mae(labels, predictions, w) {
        let sum = 0;
        let total = 0;
        for (let i = 0; i < labels.length; i++) {
            const weight = w ? w[i] : 1;
            sum += weight * Math.abs(labels[i] - predictions[i]);
            total += weight;
        }
        return sum / total;
    },
    rmse(labels, predictions, w) {
        let sum = 0;
        let total = 0;
        for (let i = 0; i < labels.length; i++) {
            const weight = w ? w[i] : 1;
            sum += weight * (labels[i] - predictions[i]) ** 2;
            total += weight;
        }
        return Math.sqrt(sum / total);
    },
};
/**
 * A 32-bit generator seed from any whole-number seed (0 and seeds of 2^32 and more included): the low
 * and high words through Murmur3's finaliser, a bijection on 32 bits, so seeds below 2^32 stay distinct.
 */
function seed32(seed) {
    return fmix32((seed >>> 0) ^ fmix32(Math.floor(seed / 2 ** 32) >>> 0));
}
/** The cells of a set of slicings: examples sharing their slice in every slicing (see poisson-bootstrap.ts). */
function cellsOf(n, slicings) {
    if (slicings.length === 0)
        return wholeCells(n);
    const firsts = [];
    let groupCount = 1;
    for (const slicing of slicings) {
        firsts.push(groupCount);
        groupCount += slicing.count;
    }
    // A cell's key: its slices in mixed radix while that stays exact, else as text.
    const exact = slicings.reduce((product, slicing) => product * slicing.count, 1) <= Number.MAX_SAFE_INTEGER;
    const of = new Uint32Array(n);
    const index = new Map();
    const groups = [];
    for (let i = 0; i < n; i++) {
        let key = 0;
        if (exact)
            for (const slicing of slicings)
                key = key * slicing.count + slicing.of[i];
        else
            key = slicings.map((slicing) => slicing.of[i]).join(',');
        let cell = index.get(key);
        if (cell === undefined) {
            index.set(key, (cell = index.size));
            groups.push(0, ...slicings.map((slicing, p) => firsts[p] + slicing.of[i]));
        }
        of[i] = cell;
    }
    return {
        count: index.size,
        of,
        groups: Uint32Array.from(groups),
        perCell: slicings.length + 1,
        groupCount,
        slicings: slicings.map((slicing, p) => ({ groupOf: slicing.of.map((slice) => firsts[p] + slice), count: slicing.count, first: firsts[p] })),
    };
}
/**
 * Each slice's examples as paired data of their own, in one pass per column over all the slices. A
 * slice's score order is the whole's with the other slices' examples left out (the same stable order a
 * sort of the slice would give), remembered for scoreOrder: a slice's ROC AUC needs no sort of its own.
 */
function slicesOf(data, slicing) {
    const n = data.labels.length;
    const sizes = new Uint32Array(slicing.count);
    const local = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        local[i] = sizes[slicing.of[i]]++;
    // Two copies of one loop, so that each stays monomorphic (strings, doubles).
    const pick = (values) => {
        const out = Array.from(sizes, (size) => new Array(size));
        for (let i = 0; i < n; i++)
            out[slicing.of[i]][local[i]] = values[i];
        return out;
    };
    const pickNumbers = (values) => {
        const out = Array.from(sizes, (size) => new Float64Array(size));
        for (let i = 0; i < n; i++)
            out[slicing.of[i]][local[i]] = values[i];
        return out;
    };
    const side = (model) => {
        const [predictions, scores] = [model.predictions && pick(model.predictions), model.scores && pickNumbers(model.scores)];
        if (model.scores) {
            const orders = Array.from(sizes, (size) => new Uint32Array(size));
            const filled = new Uint32Array(slicing.count);
            for (const i of scoreOrder(model.scores))
                orders[slicing.of[i]][filled[slicing.of[i]]++] = local[i];
            orders.forEach((order, s) => rememberScoreOrder(scores[s], order));
        }
        return (s) => ({ predictions: predictions?.[s], scores: scores?.[s] });
    };
    const [labels, candidate, baseline] = [pick(data.labels), side(data.candidate), side(data.baseline)];
    return labels.map((sliceLabels, s) => ({ labels: sliceLabels, positive: data.positive, candidate: candidate(s), baseline: baseline(s) }));
}
/** Each model's value of the metric on all the examples: the centre the interval is about. */
function pointEstimates(data, name) {
    const { labels, positive = '1' } = data;
    const y = name === 'mae' || name === 'rmse' ? toNumbers(labels) : undefined;
    const value = (model) => {
        switch (name) {
            case 'accuracy':
                return metric.accuracy(labels, model.predictions);
            case 'f1':
                return metric.f1(labels, model.predictions, positive);
            case 'roc_auc':
                return labels.length === 0 ? NaN : metric.rocAuc(labels, model.scores, positive, scoreOrder(model.scores));
            default:
                return metric[name](y, toNumbers(model.predictions));
        }
    };
    return [value(data.candidate), value(data.baseline)];
}
/**
 * Draws from Poisson(λ) for a fixed λ by inverting its CDF, tabulated once over λ ± 10√λ (the mass
 * outside is below 1e-20): one uniform and a binary search per draw, where a rejection sampler would
 * spend logarithms on every draw.
 */
function poissonTable(lambda) {
    const lo = Math.max(0, Math.floor(lambda - 10 * Math.sqrt(lambda) - 10));
    const hi = Math.ceil(lambda + 10 * Math.sqrt(lambda) + 10);
    const cdf = new Float64Array(hi - lo + 2);
    cdf[0] = lo; // the table's first value, then the cumulative probabilities from it
    // P(k + 1) = P(k)·λ/(k + 1) from P(lo) taken as 1 (at most e^60 from the peak: no overflow), then normalised.
    let pmf = 1;
    let sum = 0;
    for (let k = lo; k <= hi; k++) {
        cdf[k - lo + 1] = sum += pmf;
        pmf *= lambda / (k + 1);
    }
    for (let j = 1; j < cdf.length; j++)
        cdf[j] /= sum;
    return cdf;
}
function drawPoisson(table, u) {
    let lo = 1;
    let hi = table.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (table[mid] > u)
            hi = mid;
        else
            lo = mid + 1;
    }
    return table[0] + lo - 1;
}
/**
 * Accuracy and F1 depend only on how many examples fall in each joint category (label, candidate
 * right/positive, baseline right/positive). Summing each example's Poisson(1) weight over a category
 * gives one Poisson(count) draw per category and resample: O(categories), not O(examples). With slices
 * the categories are (cell, joint category), and each group (all, each slice) sums its cells.
 */
function categoricalBootstrap(data, names, samples, seed, cells) {
    const out = new Map(names.map((m) => [m, Array.from({ length: cells.groupCount }, () => new Float64Array(samples))]));
    if (names.length === 0)
        return out;
    const { labels, positive = '1' } = data;
    const cp = data.candidate.predictions;
    const bp = data.baseline.predictions;
    // code bits: 0 cand correct, 1 base correct, 2 label positive, 3 cand predicts positive, 4 base predicts positive
    const counts = new Float64Array(32 * cells.count);
    for (let i = 0; i < labels.length; i++) {
        counts[32 * cells.of[i] + ((+(cp[i] === labels[i])) | (+(bp[i] === labels[i]) << 1) | (+(labels[i] === positive) << 2) | (+(cp[i] === positive) << 3) | (+(bp[i] === positive) << 4))]++;
    }
    const present = Uint32Array.from(counts.keys()).filter((e) => counts[e] > 0);
    const tables = new Map();
    const tableOf = Array.from(present, (e) => tables.get(counts[e]) ?? tables.set(counts[e], poissonTable(counts[e])).get(counts[e]));
    const random = mulberry32(seed32(seed));
    const groupCounts = new Float64Array(32 * cells.groupCount);
    const accuracy = out.get('accuracy');
    const f1 = out.get('f1');
    const f1Of = (tp, fp, fn) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
    /** Both models' accuracy and F1 in group g from its 32 outcome counts, in one pass. */
    const score = (g, s) => {
        let total = 0;
        let right = 0; // candidate right − baseline right
        let [ctp, cfp, cfn, btp, bfp, bfn] = [0, 0, 0, 0, 0, 0];
        for (let code = 0, at = 32 * g; code < 32; code++) {
            const k = groupCounts[at + code];
            if (k === 0)
                continue;
            total += k;
            right += ((code & 1) - ((code >> 1) & 1)) * k;
            if (code & 4) {
                if (code & 8)
                    ctp += k;
                else
                    cfn += k;
                if (code & 16)
                    btp += k;
                else
                    bfn += k;
            }
            else {
                if (code & 8)
                    cfp += k;
                if (code & 16)
                    bfp += k;
            }
        }
        if (accuracy)
            accuracy[g][s] = total === 0 ? NaN : right / total;
        if (f1)
            f1[g][s] = total === 0 ? NaN : f1Of(ctp, cfp, cfn) - f1Of(btp, bfp, bfn);
    };
    const groups = cells.groups;
    const perCell = cells.perCell;
    for (let s = 0; s < samples; s++) {
        groupCounts.fill(0);
        for (let j = 0; j < present.length; j++) {
            // A 53-bit uniform from two 32-bit draws, so the table's tails are reached.
            const k = drawPoisson(tableOf[j], (random() * 2 ** 32 * 2 ** 21 + Math.floor(random() * 2 ** 21)) / 2 ** 53);
            if (k === 0)
                continue;
            const e = present[j];
            const cell = e >>> 5;
            for (let g = 0; g < perCell; g++)
                groupCounts[32 * groups[cell * perCell + g] + (e & 31)] += k;
        }
        for (let g = 0; g < cells.groupCount; g++)
            score(g, s);
    }
    return out;
}
const isCategorical = (m) => m === 'accuracy' || m === 'f1';
/**
 * The resampled deltas (candidate − baseline) of each metric per group: 0 for all examples, then each
 * slice of each slicing in order (see cellsOf); NaN where a resample leaves the metric undefined.
 */
async function bootstrapDeltas(data, names, options) {
    const cells = cellsOf(data.labels.length, options.slicings ?? []);
    return new Map([
        ...categoricalBootstrap(data, names.filter(isCategorical), options.samples, options.seed, cells),
        ...(await poissonBootstrap(data, names.filter((m) => !isCategorical(m)), options.samples, seed32(options.seed), undefined, cells)),
    ]);
}
/** The percentile interval at 1 − alpha of resampled deltas, those that are NaN left out; NaN when none is left. */
function percentileBounds(deltas, alpha) {
    const sorted = deltas.filter((x) => !Number.isNaN(x)).sort();
    return sorted.length === 0 ? [NaN, NaN] : [(0,simple_statistics__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(sorted, alpha / 2), (0,simple_statistics__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(sorted, 1 - alpha / 2)];
}
/** Percentile intervals over all the examples from their resampled deltas. */
function percentileIntervals(data, names, deltas, confidence) {
    const alpha = 1 - confidence;
    return names.map((name) => {
        const [candidate, baseline] = pointEstimates(data, name);
        const [low, high] = percentileBounds(deltas.get(name)[0], alpha);
        return { metric: name, candidate, baseline, delta: candidate - baseline, low, high };
    });
}
async function pairedBootstrap(data, names, options) {
    return percentileIntervals(data, names, await bootstrapDeltas(data, names, options), options.confidence);
}


/***/ }),

/***/ 8369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YH: () => (/* binding */ weightedSums)
});

// UNUSED EXPORTS: poissonBootstrap, wholeCells

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/stats/arrays.ts
var arrays = __webpack_require__(20329);
;// CONCATENATED MODULE: ./src/stats/bootstrap.wasm.ts
// Generated by npm run wasm from assembly/bootstrap.ts (AssemblyScript 0.28.20, --enable simd -O3 --runtime stub --noAssert --initialMemory 1 --use abort=): do not edit.
const BOOTSTRAP_WASM = 'AGFzbQEAAAABOAVgAn9/AGADf39/AGAMf39/f39/f39/f39/AGAKf39/f39/f39/fwBgDX9/f39/f39/f39/f38AAwYFAAECAwQF' +
    'AwEAAQciAwhjZWxsU3VtcwAECmdyb3VwQXJlYXMAAwZtZW1vcnkCAAqrFgWLBQISewR/QcAA/QAEACEKQdAA/QAEACEIQeAA/QAE' +
    'ACEJQfAA/QAEACELQQAoAgD9ESEMQQQoAgD9ESENQQgoAgD9ESEOQQwoAgD9ESEPQRAoAgD9ESEQQRQoAgD9ESERQRgoAgD9ESES' +
    'A0AgASAWSgRAQQAhFwNAIBdBBEgEQCAI/QwFAAAABQAAAAUAAAAFAAAA/bUBIgVBB/2rASAFQRn9rQH9UP0MCQAAAAkAAAAJAAAA' +
    'CQAAAP21ASETIAhBCf2rASEHIAsgCP1RIQYgCCAJIAr9USIF/VEhCCAKIAb9USEKIAUgB/1RIQkgBkEL/asBIAZBFf2tAf1QIQsg' +
    'EyAM/UAgEyAN/UD9rgEgEyAO/UAgEyAP/UD9rgH9rgEgEyAQ/UAgEyAR/UD9rgH9rgEgEyAS/UAiB/2uAf2hASEFIAMhBiAEIQMg' +
    'AiEEIAf9UwR7IBP9GwAhFCAF/RsAIRUDQCAVQQxIBH8gFCAVQQJ0KAIATwVBAAsEQCAVQQFqIRUMAQsLIBX9ESAT/RsBIRQgBf0b' +
    'ASEVA0AgFUEMSAR/IBQgFUECdCgCAE8FQQALBEAgFUEBaiEVDAELCyAV/RwBIBP9GwIhFCAF/RsCIRUDQCAVQQxIBH8gFCAVQQJ0' +
    'KAIATwVBAAsEQCAVQQFqIRUMAQsLIBX9HAIgE/0bAyEUIAX9GwMhFQNAIBVBDEgEfyAUIBVBAnQoAgBPBUEACwRAIBVBAWohFQwB' +
    'CwsgFf0cAwUgBQshAiAXQQFqIRcMAQsLIAAgFmogBiAD/YYBIAQgAv2GAf1m/QsEACAWQRBqIRYMAQsLQcAAIAr9CwQAQdAAIAj9' +
    'CwQAQeAAIAn9CwQAQfAAIAv9CwQAC74CAgN/BnsDQCACIARKBEAgASAEQQJ0aiIFIAAgBGoiA/0ABAAgA/0ABIBAQQT9a/1QIggg' +
    'A/0ABIAQIAP9AASAUEEE/Wv9UCIJ/Q0AEAERAhIDEwQUBRUGFgcXIgogA/0ABIAgIAP9AASAYEEE/Wv9UCILIAP9AASAMCAD/QAE' +
    'gHBBBP1r/VAiBv0NABABEQISAxMEFAUVBhYHFyIH/Q0AARARAgMSEwQFFBUGBxYX/QsEACAFIAogB/0NCAkYGQoLGhsMDRwdDg8e' +
    'H/0LBBAgBSAIIAn9DQgYCRkKGgsbDBwNHQ4eDx8iByALIAb9DQgYCRkKGgsbDBwNHQ4eDx8iBv0NAAEQEQIDEhMEBRQVBgcWF/0L' +
    'BCAgBSAHIAb9DQgJGBkKCxobDA0cHQ4PHh/9CwQwIARBEGohBAwBCwsLpgUDCH8DewF8A0AgDUEQSQRAIA1BAnRBQGsgAEEQdiAA' +
    'c0HrlK+veGwiDyAPQQ12c0G13MqVfGwiDyAPQRB2cyABQQR0aiANaiIPIA9BEHZzQeuUr694bCIPIA9BDXZzQbXcypV8bCIPIA9B' +
    'EHZzIA1BBElyNgIAIA1BAWohDQwBCwsgBSACEAAgC0EAIANBAWoiECAKbEEDdPwLAANAIAYgDkoEQCAHIA5BAnRqKAIAIgEgDGsh' +
    'EiAFIAxqIRMgCCAJIA5sQQJ0aiERQQAhDQNAIAMgDU4EQCADIA1KBEAgBCACIA1sIAxqQQN0aiEPQQAhAP0MAAAAAAAAAAAAAAAA' +
    'AAAAACEU/QwAAAAAAAAAAAAAAAAAAAAAIRUDQCAAQQRqIgogEkwEQCAUIAAgE2r9XAIA/YkB/akBIhb9/wEgDyAAQQN0aiIA/QAE' +
    'AP3yAf3wASEUIBUgFiAW/Q0ICQoLDA0ODwABAgMEBQYH/f8BIAD9AAQQ/fIB/fABIRUgCiEADAELCyAU/SEAIBT9IQGgIBX9IQCg' +
    'IBX9IQGgIRcDQCAAIBJIBEAgFyAAIBNqLQAAuCAPIABBA3RqKwMAoqAhFyAAQQFqIQAMAQsLBUEAIQD9DAAAAAAAAAAAAAAAAAAA' +
    'AAAhFANAIABBEGoiCiASTARAIBQgACATav0ABAD9ff1//a4BIRQgCiEADAELCyAU/RsAtyAU/RsBt6AgFP0bAregIBT9GwO3oCEX' +
    'A0AgACASSARAIBcgACATai0AALigIRcgAEEBaiEADAELCwtBACEAA0AgACAJSARAIAsgESAAQQJ0aigCACAQbCANakEDdGoiCiAK' +
    'KwMAIBegOQMAIABBAWohAAwBCwsgDUEBaiENDAELCyABIQwgDkEBaiEODAELCwvqCAIEfw57A0AgAiALSgRAIAEgC2ohDEEAIQoD' +
    'QCAKQRBJBEAgCkECdEFAayAAQRB2IABzQeuUr694bCINIA1BDXZzQbXcypV8bCINIA1BEHZzIAxBBHRqIApqIg0gDUEQdnNB65Sv' +
    'r3hsIg0gDUENdnNBtdzKlXxsIg0gDUEQdnMgCkEESXI2AgAgCkEBaiEKDAELCyALQQZ0QYABakHAAEHAAPwKAAAgC0EBaiELDAEL' +
    'CyACQQhIBEAgCCACQQt0akEAQQggAmtBC3T8CwALIAhBgIABaiEKQQAhAANAIAAgA0gEQEGAECADIABrIgEgAUGAEEobIQtBACEB' +
    'A0AgASACSARAQcAAIAFBBnRBgAFqIgxBwAD8CgAAIAggAUELdGogCxAAIAxBwABBwAD8CgAAIAFBAWohAQwBCwsCQCAGRQRAIAgg' +
    'ByAAQQJ0aiALEAEMAQsgCCAKIAsQASAGIABBAnRqIQxBACEBA0AgASALSARAIAcgDCABQQJ0Ig1qKAIAQQJ0aiAKIA1qKAIANgIA' +
    'IAFBAWohAQwBCwsLIABBgBBqIQAMAQsLQQAhBgNAIAQgBkoEQCAFIAZBDGxqIgAoAgAhCkEAIQMDQCADQQJIBEAgAEEEaiADQQJ0' +
    'aigCACEB/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhD/0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAA' +
    'AAAAAAAAAAAAIRH9DAAAAAAAAAAAAAAAAAAAAAAhEv0MAAAAAAAAAAAAAAAAAAAAACET/QwAAAAAAAAAAAAAAAAAAAAAIRT9DAAA' +
    'AAAAAAAAAAAAAAAAAAAhFf0MAAAAAAAAAAAAAAAAAAAAACEW/QwAAAAAAAAAAAAAAAAAAAAAIRdBACEIA0AgCCAKSARAIAcgASAI' +
    'QQJ0aigCACILQXxxav1cAgD9iQH9qQEiGP0MDwAAAA8AAAAPAAAADwAAAP1OIRkgDyAQQQAgC0EBcWv9ESIa/VIhECAOIBEgGv1S' +
    'IREgGUEAIAtBAXZBAXFr/REiGv1OIRsgGEEE/a0BIhggGv1OIRogEiAZIBv9sQEiGf2uASESIBMgGCAa/bEBIhj9rgEhEyAUIBkg' +
    'DyAb/a4BIg8gEP2uASIb/d4B/c4BIRQgFSAZIBv93wH9zgEhFSAWIBggDiAa/a4BIg4gEf2uASIZ/d4B/c4BIRYgFyAYIBn93wH9' +
    'zgEhFyAIQQFqIQgMAQsLQYAFIBT9CwQAQZAFIBX9CwQAQaAFIBb9CwQAQbAFIBf9CwQAQcAFIA/9CwQAQdAFIA79CwQAQeAFIBL9' +
    'CwQAQfAFIBP9CwQAQQAhAQNAIAEgAkgEQCAJIAEgBGwgBmpBBXRqIgggA0EDdGogAUEDdCkDgAW6OQMAIANFBEAgCCABQQJ0Igso' +
    'AuAFuDkDECAIIAsoAsAFuDkDGAsgAUEBaiEBDAELCyADQQFqIQMMAQsLIAZBAWohBgwBCwsLSAECfyAEQQFqIQ4DQCACIA1KBEAg' +
    'ACABIA1qIAMgBCAFIAYgByAIIAkgCiALIAwgCyANbCAObEEDdGoQAiANQQFqIQ0MAQsLCw==';

;// CONCATENATED MODULE: ./src/stats/poisson-bootstrap.ts
// The Poisson bootstrap for the metrics that need every example (ROC AUC, MAE, RMSE): each resample
// weights every example by an independent Poisson(1) count (Hanley & MacGibbon 2006; Chamandy et al.
// 2012), which matches multinomial resampling as n grows. The loops over examples run in WebAssembly
// (assembly/bootstrap.ts), the resamples split across worker threads; each resample's generator is
// seeded from (seed, resample), so the result does not depend on the number of threads.




/** Weights are u8 counts, ROC AUC's u32 sums stay below 2^32, and three f64 columns must fit the kernel's 32-bit memory. */
const MAX_EXAMPLES = 2 ** 26;
/** Below this many example-resamples one thread is quicker than starting several. */
const WORK_PER_THREAD = 2 ** 25;
/** Poisson(1) CDF scaled to 2^32, P(K ≤ k) for k = 0 … 11: a uniform u32 is at or above k of them with probability P(K ≥ k). */
const THRESHOLDS = (() => {
    const out = new Uint32Array(12);
    let term = Math.exp(-1);
    let cdf = 0;
    for (let k = 0; k < 12; k++) {
        cdf += term;
        out[k] = Math.min(2 ** 32 - 1, Math.floor(cdf * 2 ** 32));
        term /= k + 1;
    }
    return out;
})();
/** ROC AUC's resamples per kernel call (assembly/bootstrap.ts BATCH): each pass over the examples serves all of them. */
const AUC_BATCH = 8;
/**
 * Inputs laid out as the kernels read them: thresholds at 0, generator state at 64, the batch's states
 * and sums from 128, then each array 16-aligned.
 */
class Image {
    size = 768;
    parts = [[0, new Uint8Array(THRESHOLDS.buffer)]];
    place(view) {
        const at = this.reserve(view.byteLength);
        this.parts.push([at, new Uint8Array(view.buffer, view.byteOffset, view.byteLength)]);
        return at;
    }
    reserve(bytes) {
        const at = this.size;
        this.size = Math.ceil((at + bytes) / 16) * 16;
        return at;
    }
    build() {
        const buffer = new SharedArrayBuffer(this.size);
        const bytes = new Uint8Array(buffer);
        for (const [at, part] of this.parts)
            bytes.set(part, at);
        return buffer;
    }
}
/**
 * Runs in each worker: a fresh instance, the image copied in, the kernel over its resamples, the output
 * posted back. The kernel needs nothing but the compiled module, so the worker is this short script
 * rather than the action bundle's worker entry (runtime/worker-pool.ts), which loads a file reader.
 */
const WORKER_SOURCE = `
const { parentPort, workerData: job } = require('node:worker_threads');
const { exports } = new WebAssembly.Instance(job.module);
const outAt = job.image.byteLength;
const needed = outAt + job.count * job.width * 8;
exports.memory.grow(Math.max(0, Math.ceil((needed - exports.memory.buffer.byteLength) / 65536)));
new Uint8Array(exports.memory.buffer).set(new Uint8Array(job.image));
// One call per batch: V8 optimises a WebAssembly function for its next call, never mid-call.
for (let s = 0; s < job.count; s += job.batch) exports[job.kernel](job.seed, job.first + s, Math.min(job.batch, job.count - s), ...job.args, outAt + s * job.width * 8);
const out = new Float64Array(exports.memory.buffer, outAt, job.count * job.width).slice();
parentPort.postMessage(out, [out.buffer]);
`;
let compiled;
/** The instance that runs one-thread jobs on this thread (no worker to start), kept between jobs. */
let local;
/** The same as WORKER_SOURCE, on this thread. */
function runHere(job, samples, seed) {
    local ??= new WebAssembly.Instance(compiled).exports;
    const outAt = job.image.byteLength;
    local.memory.grow(Math.max(0, Math.ceil((outAt + samples * job.width * 8 - local.memory.buffer.byteLength) / 65536)));
    new Uint8Array(local.memory.buffer).set(new Uint8Array(job.image));
    for (let s = 0; s < samples; s += job.batch)
        local[job.kernel](seed >>> 0, s, Math.min(job.batch, samples - s), ...job.args, outAt + s * job.width * 8);
    return new Float64Array(local.memory.buffer, outAt, samples * job.width).slice();
}
function inWorker(data) {
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: data });
    const answer = new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the bootstrap worker stopped (exit code ${code}) before it answered`)));
    });
    return { worker, answer };
}
/** The kernel's output for resamples 0 … samples − 1, width f64 each, computed on up to `threads` workers. */
async function run(job, samples, seed, threads) {
    compiled ??= new WebAssembly.Module(Buffer.from(BOOTSTRAP_WASM, 'base64'));
    if (threads <= 1)
        return runHere(job, samples, seed);
    const per = Math.ceil(samples / threads / job.batch) * job.batch;
    const parts = [];
    for (let first = 0; first < samples; first += per) {
        parts.push(inWorker({ module: compiled, ...job, seed: seed >>> 0, first, count: Math.min(per, samples - first) }));
    }
    const answers = await Promise.all(parts.map((part) => part.answer)).catch(async (error) => {
        await Promise.all(parts.map((part) => part.worker.terminate()));
        throw error;
    });
    const out = new Float64Array(samples * job.width);
    answers.forEach((answer, i) => out.set(answer, i * per * job.width));
    return out;
}
/**
 * MAE and RMSE: per resample and group, the weighted sums of |e_c| − |e_b|, e_c² and e_b², and of the
 * weights. Examples are numbered cell by cell, so a cell's sums are sums over a contiguous range.
 */
function regressionJob(data, names, cells) {
    const n = data.labels.length;
    const [y, candidate, baseline] = [data.labels, data.candidate.predictions, data.baseline.predictions].map(toNumbers);
    // A counting sort by cell: order[k] is the example at position k.
    const ends = new Uint32Array(cells.count);
    for (let i = 0; i < n; i++)
        ends[cells.of[i]]++;
    for (let c = 1; c < cells.count; c++)
        ends[c] += ends[c - 1];
    const order = new Uint32Array(n);
    const next = new Uint32Array(cells.count);
    next.set(ends.subarray(0, -1), 1);
    for (let i = 0; i < n; i++)
        order[next[cells.of[i]]++] = i;
    const columns = [];
    const deltas = new Map();
    const width = 1 + (names.includes('mae') ? 1 : 0) + (names.includes('rmse') ? 2 : 0);
    const total = (out, s, g) => out[(s * cells.groupCount + g) * width + width - 1];
    const sum = (out, s, g, c) => out[(s * cells.groupCount + g) * width + c];
    if (names.includes('mae')) {
        const c = columns.push((i) => Math.abs(y[i] - candidate[i]) - Math.abs(y[i] - baseline[i])) - 1;
        deltas.set('mae', (out, s, g) => sum(out, s, g, c) / total(out, s, g));
    }
    if (names.includes('rmse')) {
        const c = columns.push((i) => (y[i] - candidate[i]) ** 2, (i) => (y[i] - baseline[i]) ** 2) - 2;
        deltas.set('rmse', (out, s, g) => Math.sqrt(sum(out, s, g, c) / total(out, s, g)) - Math.sqrt(sum(out, s, g, c + 1) / total(out, s, g)));
    }
    const all = new Float64Array(columns.length * n);
    columns.forEach((column, c) => {
        for (let k = 0; k < n; k++)
            all[c * n + k] = column(order[k]);
    });
    const image = new Image();
    const at = image.place(all);
    const cellEnds = image.place(ends);
    const cellGroups = image.place(cells.groups);
    const weights = image.reserve(n + 16);
    return [{ kernel: 'cellSums', args: [n, columns.length, at, weights, cells.count, cellEnds, cellGroups, cells.perCell, cells.groupCount], batch: 1, image: image.build(), width: width * cells.groupCount }, deltas];
}
/**
 * ROC AUC: per resample and group, twice each model's weighted Mann–Whitney area and the positives' and
 * negatives' weights. Resample s draws its counts for the examples in the candidate's score order (the
 * reference tests follow); the kernel reads each model over each group as one stream in that model's
 * score order, a slice's stream being the whole's with the other examples left out.
 */
function aucJob(data, cells) {
    const { labels, positive = '1' } = data;
    const n = labels.length;
    const isPositive = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        isPositive[i] = labels[i] === positive ? 1 : 0;
    const positives = isPositive.reduce((sum, p) => sum + p, 0);
    if (positives === 0 || positives === n)
        return undefined;
    const candidateOrder = scoreOrder(data.candidate.scores);
    const baselineOrder = scoreOrder(data.baseline.scores);
    // Each example's weights row: its candidate rank, or with slices its place cell by cell (by candidate
    // rank within a cell), so that a slice's weights lie together, in as few cache lines as they can.
    const row = new Uint32Array(n);
    let rowOfRank;
    if (cells.count === 1)
        for (let k = 0; k < n; k++)
            row[candidateOrder[k]] = k;
    else {
        const next = new Uint32Array(cells.count);
        for (let i = 0; i < n; i++)
            next[cells.of[i]]++;
        for (let c = 0, start = 0; c < cells.count; c++) {
            const size = next[c];
            next[c] = start;
            start += size;
        }
        rowOfRank = new Uint32Array(n);
        for (let k = 0; k < n; k++)
            row[candidateOrder[k]] = rowOfRank[k] = next[cells.of[candidateOrder[k]]]++;
    }
    // As the kernel reads a model over all examples (see area2): in score order, negatives first among
    // ties, each example's weights row << 2 | negative << 1 | first of its tie; `examples` says whose.
    const model = (scores, order) => {
        const rows = new Uint32Array(n);
        const examples = new Uint32Array(n);
        let at = 0;
        for (let start = 0; start < n;) {
            let end = start + 1;
            while (end < n && scores[order[end]] === scores[order[start]])
                end++;
            for (let negative = 1; negative >= 0; negative--) {
                for (let k = start; k < end; k++) {
                    const i = order[k];
                    if (isPositive[i] === negative)
                        continue;
                    rows[at] = (row[i] << 2) | (negative << 1);
                    examples[at++] = i;
                }
            }
            rows[at - (end - start)] |= 1;
            start = end;
        }
        return { rows, examples };
    };
    // A slice's model: the whole's rows of its examples, in the same order, a tie starting afresh with its first example in the slice.
    const sliced = (whole, slicing) => {
        const sizes = new Uint32Array(slicing.count);
        for (let i = 0; i < n; i++)
            sizes[slicing.groupOf[i] - slicing.first]++;
        const out = Array.from(sizes, (size) => new Uint32Array(size));
        const filled = new Uint32Array(slicing.count);
        const lastTie = new Int32Array(slicing.count).fill(-1);
        for (let k = 0, tie = -1; k < n; k++) {
            const r = whole.rows[k];
            tie += r & 1;
            const s = slicing.groupOf[whole.examples[k]] - slicing.first;
            out[s][filled[s]++] = (r & ~1) | +(lastTie[s] !== tie);
            lastTie[s] = tie;
        }
        return out;
    };
    const [candidate, baseline] = [model(data.candidate.scores, candidateOrder), model(data.baseline.scores, baselineOrder)];
    const image = new Image();
    const table = new Uint32Array(3 * cells.groupCount);
    table.set([n, image.place(candidate.rows), image.place(baseline.rows)]);
    for (const slicing of cells.slicings) {
        const [c, b] = [sliced(candidate, slicing), sliced(baseline, slicing)];
        c.forEach((rows, s) => table.set([rows.length, image.place(rows), image.place(b[s])], 3 * (slicing.first + s)));
    }
    const tableAt = image.place(table);
    const rowOfRankAt = rowOfRank ? image.place(rowOfRank) : 0;
    const weights = image.reserve(4 * (n + 16));
    const scratch = image.reserve(2 * AUC_BATCH * 2048);
    const delta = (out, s, g) => {
        const at = 4 * (s * cells.groupCount + g);
        return (out[at] - out[at + 1]) / (2 * out[at + 2] * out[at + 3]);
    };
    return [{ kernel: 'groupAreas', args: [n, cells.groupCount, tableAt, rowOfRankAt, weights, scratch], batch: AUC_BATCH, image: image.build(), width: 4 * cells.groupCount }, new Map([['roc_auc', delta]])];
}
/**
 * Per resample s (0 … samples − 1): Σ w·x over each column, then Σ w, with the Poisson(1) weights of
 * (seed, s): the means over rows of an unpaired bootstrap (drift-check's quality monitor), one side at a
 * time. Columns hold one value per row, all of the same length.
 */
async function weightedSums(columns, samples, seed) {
    const n = columns[0]?.length ?? 0;
    if (n > MAX_EXAMPLES)
        throw new RangeError(`The bootstrap takes up to ${MAX_EXAMPLES.toLocaleString('en-US')} rows a side; this side has ${n.toLocaleString('en-US')}.`);
    const all = new Float64Array(columns.length * n);
    columns.forEach((column, c) => all.set(column, c * n));
    const image = new Image();
    const at = image.place(all);
    const [cellEnds, cellGroups] = [image.place(Uint32Array.of(n)), image.place(Uint32Array.of(0))];
    const weights = image.reserve(n + 16);
    const width = columns.length + 1;
    const threads = Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), samples, Math.floor((n * width * samples) / WORK_PER_THREAD)));
    return run({ kernel: 'cellSums', args: [n, columns.length, at, weights, 1, cellEnds, cellGroups, 1, 1], batch: 1, image: image.build(), width }, samples, seed, threads);
}
/** One cell and one group: no slices. */
function wholeCells(n) {
    return { count: 1, of: new Uint32Array(n), groups: new Uint32Array(1), perCell: 1, groupCount: 1, slicings: [] };
}
/**
 * Each metric's bootstrap deltas (candidate − baseline) per group (0: all examples, then each slice), NaN
 * where a resample leaves the metric undefined. Every group is read from the same resamples.
 */
async function poissonBootstrap(data, names, samples, seed, threads, cells = wholeCells(data.labels.length)) {
    const n = data.labels.length;
    const result = new Map();
    if (names.length === 0)
        return result;
    if (n > MAX_EXAMPLES)
        throw new RangeError(`The paired bootstrap takes up to ${MAX_EXAMPLES.toLocaleString('en-US')} examples; these predictions have ${n.toLocaleString('en-US')}.`);
    threads ??= Math.max(1, Math.min(availableParallelism(), samples, Math.floor((n * samples) / WORK_PER_THREAD)));
    const jobs = [names.includes('roc_auc') ? aucJob(data, cells) : undefined, names.some((m) => m === 'mae' || m === 'rmse') ? regressionJob(data, names, cells) : undefined];
    for (const [job, deltas] of jobs.filter((j) => j !== undefined)) {
        const out = await run(job, samples, seed, threads);
        for (const [name, delta] of deltas)
            result.set(name, Array.from({ length: cells.groupCount }, (_, g) => Float64Array.from({ length: samples }, (_, s) => delta(out, s, g))));
    }
    for (const name of names)
        if (!result.has(name))
            result.set(name, Array.from({ length: cells.groupCount }, () => new Float64Array(samples).fill(NaN)));
    return result;
}


/***/ }),

/***/ 80748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ fmix32)
/* harmony export */ });
/* unused harmony export mulberry32 */
/** A small, fast seeded generator of uniform numbers in [0, 1) (mulberry32): reproducible runs. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** MurmurHash3's 32-bit finaliser: spreads every input bit over the output (hashes, seeds of streams). */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}


/***/ })

};
