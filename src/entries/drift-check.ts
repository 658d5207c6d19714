// The action is loaded apart (its own chunk of the bundle) after a worker is started: the worker boots
// on another core while this thread compiles the action.
import type { ProfileTasks } from '../profile/build.js';
import { startWorkers } from '../runtime/worker-pool.js';

startWorkers<ProfileTasks>(['profile-file']);
const [{ driftCheck }, { runAction }, { runnerIO }] = await Promise.all([import('../actions/drift-check.js'), import('../runtime/run.js'), import('../runtime/runner-io.js')]);
await runAction(driftCheck, runnerIO());
