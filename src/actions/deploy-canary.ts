import { NotImplementedError, type ActionMain } from '../runtime/index.js';

export const deployCanary: ActionMain = async () => {
  throw new NotImplementedError('deploy-canary is not implemented yet (tracked in issue #7). This step does nothing until then; remove it from the workflow or pin an earlier release.');
};
