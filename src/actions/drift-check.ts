import { NotImplementedError, type ActionMain } from '../runtime/index.js';

export const driftCheck: ActionMain = async () => {
  throw new NotImplementedError('drift-check is not implemented yet (tracked in issue #4). This step does nothing until then; remove it from the workflow or pin an earlier release.');
};
