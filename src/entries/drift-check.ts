// The action runs on a worker thread whose memory stays flat however long the read (data-thread.ts).
// There it is loaded apart (its own chunk of the bundle) after a pool worker is started: that worker
// boots on another core while this thread compiles the action.
import type { ProfileTasks } from '../profile/build.js';
import { movedToDataThread } from '../runtime/data-thread.js';
import { startWorkers } from '../runtime/worker-pool.js';

if (!movedToDataThread(import.meta.url)) {
  startWorkers<ProfileTasks>(['profile-file']);
  const [{ driftCheck }, { runAction }, { runnerIO }] = await Promise.all([import('../actions/drift-check.js'), import('../runtime/run.js'), import('../runtime/runner-io.js')]);
  await runAction(driftCheck, runnerIO());
}
