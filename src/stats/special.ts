// Special functions from stdlib-js (ports of Cephes and Boost), precise in the tails where
// p-values live; nothing here is hand-rolled.
import erfcModule from '@stdlib/math-base-special-erfc';
import gammaincModule from '@stdlib/math-base-special-gammainc';
import gammalnModule from '@stdlib/math-base-special-gammaln';

export const erfc = erfcModule as (x: number) => number;
const gammainc = gammaincModule as (x: number, s: number, regularized?: boolean, upper?: boolean) => number;
export const gammaln = gammalnModule as (x: number) => number;

/** P(Z ≥ z) for a standard normal Z, as erfc(z/√2)/2 (no 1 − Φ cancellation). */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** P(X ≥ x) for X ~ χ²(df): the regularised upper incomplete gamma Q(df/2, x/2). */
export function chi2Sf(x: number, df: number): number {
  if (x === Infinity) return 0;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** log of the binomial coefficient C(n, k). */
export function logBinomial(n: number, k: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
}
