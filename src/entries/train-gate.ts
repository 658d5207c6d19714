import { trainGate } from '../actions/train-gate.js';
import { runAction } from '../runtime/run.js';
import { runnerIO } from '../runtime/runner-io.js';

await runAction(trainGate, runnerIO());
