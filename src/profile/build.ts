// Profiles data files: one streaming pass each. Consecutive files up to BATCH_BYTES make one task and
// one profile, so that thousands of small files cost a few profiles, not one each. Given a worker pool,
// the batches are its tasks, so the reference and the current data of a drift check are read at the
// same time; each batch's profile is merged into the whole as soon as the ones before it are.
import { statSync } from 'node:fs';
import { readTable } from '../data/read.js';
import { ProblemLog, type Format, type Malformed, type ReadLimits } from '../data/table.js';
import { classifyBatch, type ClassifiedColumn } from '../data/values.js';
import type { WorkerPool } from '../runtime/worker-pool.js';
import type { ProfileOptions } from './column.js';
import { DatasetProfile, type DatasetProfileJson } from './dataset.js';

export interface ProfileSource {
  path: string;
  display: string;
  format: Format;
  gzip: boolean;
}

/** Malformed parts: the first few of each file, with the count of all (memory holds the few). */
export type Problems = { count: number; first: (Malformed & { file: string })[] };

/** Bytes of files (as stored) that one task reads into one profile; a larger file is a task of its own. */
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Consecutive files up to BATCH_BYTES together: a rule of the file sizes alone, so the batches, and so
 * the profile, do not depend on the number of threads.
 */
function batches(files: ProfileSource[]): ProfileSource[][] {
  const out: ProfileSource[][] = [];
  let bytes = Infinity;
  for (const file of files) {
    const size = statSync(file.path).size;
    if (bytes + size > BATCH_BYTES) {
      out.push([]);
      bytes = 0;
    }
    out[out.length - 1]!.push(file);
    bytes += size;
  }
  return out;
}

/** Files in one pass each, into one profile; malformed parts are counted, not fatal. */
async function profileBatch(files: ProfileSource[], options: ProfileOptions, missing: ReadonlySet<string>, limits: ReadLimits = {}): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  const profile = new DatasetProfile(options);
  const malformed: Problems = { count: 0, first: [] };
  const scratch: ClassifiedColumn[] = [];
  for (const file of files) {
    let rows = 0;
    const problems = new ProblemLog();
    const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing, ...limits }, {
      batch: (batch) => {
        rows += batch.length;
        profile.addBatch(classifyBatch(batch, missing, scratch), batch.length);
      },
      malformed: (problem) => problems.add(problem),
    });
    profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
    malformed.count += problems.count;
    for (const problem of problems.first) malformed.first.push({ ...problem, file: file.display });
  }
  return { profile, malformed };
}

type ProfileTask = { files: ProfileSource[]; options: ProfileOptions; missing: string[]; limits?: ReadLimits };

/** A task of the worker pool: a batch's profile, as the contract's JSON without the derived summaries. */
export async function profileFileTask(input: ProfileTask): Promise<{ profile: DatasetProfileJson; malformed: Problems }> {
  const { profile, malformed } = await profileBatch(input.files, input.options, new Set(input.missing), input.limits);
  return { profile: profile.toJSON(false), malformed };
}

/** The worker-pool tasks this module runs (src/entries/worker.ts serves them). */
export type ProfileTasks = { 'profile-file': typeof profileFileTask };

/** The pool's task on the calling thread: the profile itself, which needs no copy into JSON. */
export const profileFileHere = (input: ProfileTask) => profileBatch(input.files, input.options, new Set(input.missing), input.limits);

/** Profiles data files, merged in the order given; on the pool's threads when one is given (see profileFileHere). */
export async function profileFiles(files: ProfileSource[], options: ProfileOptions, pool?: WorkerPool<ProfileTasks>, missing: readonly string[] = [''], limits: ReadLimits = {}): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  const run = async (batch: ProfileSource[]) => {
    if (!pool) return profileBatch(batch, options, new Set(missing), limits);
    const { profile, malformed } = (await pool.run('profile-file', { files: batch, options, missing: [...missing], limits })) as { profile: DatasetProfileJson | DatasetProfile; malformed: Problems };
    return { profile: profile instanceof DatasetProfile ? profile : DatasetProfile.fromJSON(profile), malformed };
  };
  const list = batches(files);
  // On a pool every batch starts at once (the pool queues them; a failure is reported when its turn
  // comes); without one, each starts when the one before is merged.
  const queued = pool ? list.map(run) : [];
  for (const task of queued) task.catch(() => {});
  let whole: { profile: DatasetProfile; malformed: Problems } | undefined;
  for (let i = 0; i < list.length; i++) {
    const part = await (queued[i] ?? run(list[i]!));
    if (!whole) whole = part;
    else {
      whole.profile.merge(part.profile);
      whole.malformed.count += part.malformed.count;
      whole.malformed.first.push(...part.malformed.first);
    }
  }
  return whole ?? { profile: new DatasetProfile(options), malformed: { count: 0, first: [] } };
}
