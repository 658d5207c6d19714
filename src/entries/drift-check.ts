// A read of DATA_THREAD_BYTES or more runs on the data thread, where memory stays flat however long the
// read (data-thread.ts); a smaller one here. Where it runs, the action is loaded apart (its own chunk of
// the bundle) after a pool worker is started: that worker boots on another core while the action compiles.
import { isMainThread } from 'node:worker_threads';
import type { ProfileTasks } from '../profile/build.js';
import { DATA_THREAD_BYTES, inputBytes, startDataThread } from '../runtime/data-thread.js';
import { startWorkers } from '../runtime/worker-pool.js';

if (isMainThread && (await inputBytes(process.env.GITHUB_WORKSPACE || process.cwd(), ['reference', 'current'])) >= DATA_THREAD_BYTES) startDataThread(import.meta.url);
else {
  startWorkers<ProfileTasks>(['profile-file']);
  const [{ driftCheck }, { runAction }, { runnerIO }] = await Promise.all([import('../actions/drift-check.js'), import('../runtime/run.js'), import('../runtime/runner-io.js')]);
  await runAction(driftCheck, runnerIO());
}
