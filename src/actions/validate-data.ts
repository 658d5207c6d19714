import { NotImplementedError, type ActionMain } from '../runtime/index.js';

export const validateData: ActionMain = async () => {
  throw new NotImplementedError('validate-data is not implemented yet (tracked in issue #3). This step does nothing until then; remove it from the workflow or pin an earlier release.');
};
