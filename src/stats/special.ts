// Special functions from stdlib-js (ports of Cephes and Boost), precise in the tails where
// p-values live; nothing here is hand-rolled.
import binomcoeflnModule from '@stdlib/math-base-special-binomcoefln';
import erfcModule from '@stdlib/math-base-special-erfc';
import gammaincModule from '@stdlib/math-base-special-gammainc';

export const erfc = erfcModule as (x: number) => number;
const gammainc = gammaincModule as (x: number, s: number, regularized?: boolean, upper?: boolean) => number;

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

/**
 * log of the binomial coefficient C(n, k), as −ln(n+1) − ln B(n−k+1, k+1) (stdlib's binomcoefln): three
 * gammaln of a million differ in their tenth digit, which the Smirnov sum of a million terms would carry.
 */
export const logBinomial = binomcoeflnModule as (n: number, k: number) => number;
