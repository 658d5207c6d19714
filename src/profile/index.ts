export { ColumnProfile, DEFAULT_PROFILE_OPTIONS, binOf, type ColumnProfileJson, type ProfileOptions } from './column.js';
export { DatasetProfile, PROFILE_KIND, PROFILE_VERSION, fingerprintOf, type DatasetProfileJson, type SourceJson } from './dataset.js';
export { FrequentItems } from './frequent.js';
export { HyperLogLog, hashNumber, hashString } from './hll.js';
export { KllSketch } from './kll.js';
export { addValue, emptyMoments, mergeMoments, variance, type Moments } from './moments.js';
export { profileFileHere, profileFiles, type Problems, type ProfileSource, type ProfileTasks } from './build.js';
