export { CsvParser, type CsvOptions, type CsvSink } from './csv.js';
export { detectFormat, FORMATS } from './formats.js';
export { readTable, type FileSummary, type ReadOptions } from './read.js';
export { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_EXAMPLES } from './table.js';
export type { Format, Malformed, ReadLimits, RowBatch, TableVisitor } from './table.js';
export { classifyBatch, classifyColumn, Kind, KIND_NAMES, typeOfKinds, type ClassifiedColumn, type KindCode, type KindName } from './values.js';
