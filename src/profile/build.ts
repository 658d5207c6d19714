// Profiles data files: one streaming pass each. Consecutive files up to BATCH_BYTES make one task and
// one profile, so that thousands of small files cost a few profiles, not one each. Given a worker pool,
// the batches are its tasks, so the reference and the current data of a drift check are read at the
// same time; each batch's profile is merged into the whole as soon as the ones before it are.
import { statSync } from 'node:fs';
import { readTable } from '../data/read.js';
import type { Format, Malformed } from '../data/table.js';
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

type Problems = (Malformed & { file: string })[];

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
async function profileBatch(files: ProfileSource[], options: ProfileOptions, missing: ReadonlySet<string>): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  const profile = new DatasetProfile(options);
  const malformed: Problems = [];
  const scratch = new Map<string, ClassifiedColumn>();
  for (const file of files) {
    let rows = 0;
    const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing }, {
      batch: (batch) => {
        rows += batch.length;
        profile.addBatch(classifyBatch(batch, missing, scratch), batch.length);
      },
      malformed: (problem) => malformed.push({ ...problem, file: file.display }),
    });
    profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
  }
  return { profile, malformed };
}

type ProfileTask = { files: ProfileSource[]; options: ProfileOptions; missing: string[] };

/** A task of the worker pool: a batch's profile, as the contract's JSON without the derived summaries. */
export async function profileFileTask(input: ProfileTask): Promise<{ profile: DatasetProfileJson; malformed: Problems }> {
  const { profile, malformed } = await profileBatch(input.files, input.options, new Set(input.missing));
  return { profile: profile.toJSON(false), malformed };
}

/** The pool's task on the calling thread: the profile itself, which needs no copy into JSON. */
export const profileFileHere = (input: ProfileTask) => profileBatch(input.files, input.options, new Set(input.missing));

/** Profiles data files, merged in the order given; on the pool's threads when one is given (see profileFileHere). */
export async function profileFiles(files: ProfileSource[], options: ProfileOptions, pool?: WorkerPool, missing: readonly string[] = ['']): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  const run = async (batch: ProfileSource[]) => {
    if (!pool) return profileBatch(batch, options, new Set(missing));
    const { profile, malformed } = (await pool.run('profile-file', { files: batch, options, missing: [...missing] })) as { profile: DatasetProfileJson | DatasetProfile; malformed: Problems };
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
      whole.malformed.push(...part.malformed);
    }
  }
  return whole ?? { profile: new DatasetProfile(options), malformed: [] };
}
