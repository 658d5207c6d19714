import type { ActionMain } from '../runtime/index.js';
import { deployCanary } from './deploy-canary.js';
import { driftCheck } from './drift-check.js';
import { registerModel } from './register-model.js';
import { trainGate } from './train-gate.js';
import { validateData } from './validate-data.js';

/** Every action of the suite, by the folder name under actions/. */
export const ACTIONS: Record<string, ActionMain> = {
  'validate-data': validateData,
  'train-gate': trainGate,
  'register-model': registerModel,
  'deploy-canary': deployCanary,
  'drift-check': driftCheck,
};
