import { deployCanary } from '../actions/deploy-canary.js';
import { runAction } from '../runtime/run.js';
import { runnerIO } from '../runtime/runner-io.js';

await runAction(deployCanary, runnerIO());
