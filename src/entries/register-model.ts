import { registerModel } from '../actions/register-model.js';
import { runAction } from '../runtime/run.js';
import { runnerIO } from '../runtime/runner-io.js';

await runAction(registerModel, runnerIO());
