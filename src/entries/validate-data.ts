// The action is loaded apart (its own chunk of the bundle) after a worker is started: the worker boots
// on another core while this thread compiles the action.
import { startWorkers } from '../runtime/worker-pool.js';
import type { ValidateTasks } from '../validate/validator.js';

startWorkers<ValidateTasks>(['validate-range']);
const [{ validateData }, { runAction }, { runnerIO }] = await Promise.all([import('../actions/validate-data.js'), import('../runtime/run.js'), import('../runtime/runner-io.js')]);
await runAction(validateData, runnerIO());
