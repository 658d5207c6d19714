export { ks2samp, ksSketchPValue, ksStatistic, type KsResult } from './ks.js';
export { kolmogorovSf, smirnovSf } from './kolmogorov.js';
export { chi2Sf, erfc, normalSf } from './special.js';
export { categoriesOf, chiSquare, hellinger, jensenShannon, klDivergence, psi, wasserstein, zTest, type Category, type TestResult } from './tests.js';
export { HIGHER_IS_BETTER, mcnemarExact, metric, pairedBootstrap, type Interval, type PairedData, type PairedMetric } from './paired.js';
export { mannWhitneyU, type MannWhitneyResult } from './mannwhitney.js';
export { mulberry32 } from './random.js';
