import { driftCheck } from '../actions/drift-check.js';
import { runAction } from '../runtime/run.js';
import { runnerIO } from '../runtime/runner-io.js';

await runAction(driftCheck, runnerIO());
