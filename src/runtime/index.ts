export type { ActionIO, ActionMain, AnnotationLevel, AnnotationPlace } from './port.js';
export { ConfigurationError, describeFailure } from './errors.js';
export { Inputs, parseDuration } from './inputs.js';
export { resolveInWorkspace } from './paths.js';
export { runAction } from './run.js';
export { expandFiles, writeWorkspaceFile } from './files.js';
