import { validateData } from '../actions/validate-data.js';
import { runAction } from '../runtime/run.js';
import { runnerIO } from '../runtime/runner-io.js';

await runAction(validateData, runnerIO());
