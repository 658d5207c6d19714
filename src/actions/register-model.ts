import { NotImplementedError, type ActionMain } from '../runtime/index.js';

export const registerModel: ActionMain = async () => {
  throw new NotImplementedError('register-model is not implemented yet (tracked in issue #6). This step does nothing until then; remove it from the workflow or pin an earlier release.');
};
