import { NotImplementedError, type ActionMain } from '../runtime/index.js';

export const trainGate: ActionMain = async () => {
  throw new NotImplementedError('train-gate is not implemented yet (tracked in issue #5). This step does nothing until then; remove it from the workflow or pin an earlier release.');
};
