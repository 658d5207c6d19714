export type { ActionIO, ActionMain, AnnotationLevel, AnnotationPlace } from './port.js';
export { ConfigurationError, describeFailure } from './errors.js';
export { Inputs, parseDuration } from './inputs.js';
export { displayPath, resolveInputPath, resolveInside } from './paths.js';
export { runAction } from './run.js';
export { expandFiles, inputFile, refuseOverwritingInputs, writeOutputFile } from './files.js';
export { jsonPieces } from './json-pieces.js';
export { reportOutcome } from './outcome.js';
