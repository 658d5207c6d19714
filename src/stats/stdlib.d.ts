declare module '@stdlib/math-base-special-erfc' {
  const erfc: (x: number) => number;
  export default erfc;
}
declare module '@stdlib/math-base-special-gammainc' {
  const gammainc: (x: number, s: number, regularized?: boolean, upper?: boolean) => number;
  export default gammainc;
}
declare module '@stdlib/math-base-special-betainc' {
  const betainc: (x: number, a: number, b: number, regularized?: boolean, upper?: boolean) => number;
  export default betainc;
}
declare module '@stdlib/random-base-binomial' {
  const binomial: { factory: (options: { seed: number }) => (n: number, p: number) => number };
  export default binomial;
}
declare module '@stdlib/math-base-special-binomcoefln' {
  const binomcoefln: (n: number, k: number) => number;
  export default binomcoefln;
}
