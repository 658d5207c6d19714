// Profiles data files: one streaming pass each. Consecutive files up to BATCH_BYTES make one task and
// one profile, so that thousands of small files cost a few profiles, not one each; on a worker pool a
// large Parquet file is split into runs of row groups, a task each. Given a worker pool, the tasks run
// on its threads, so the reference and the current data of a drift check are read at the same time;
// each task's profile is merged into the whole as soon as the ones before it are.
import { statSync } from 'node:fs';
import { planRowGroups } from '../data/parquet.js';
import { hashFile, readTable } from '../data/read.js';
import { DEFAULT_MAX_COLUMNS, isSelected, ProblemLog, type ColumnSelection, type Format, type Malformed, type ReadLimits } from '../data/table.js';
import { classifyBatch, type ClassifiedColumn } from '../data/values.js';
import { inOrder } from '../runtime/in-order.js';
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
/** On a pool, a Parquet file is split into runs of row groups of at least this many uncompressed bytes. */
const PART_BYTES = 8 * 1024 * 1024;

/** How files are read: the caps on what they may ask, and the columns profiled (Parquet reads no other column chunk). */
export type ReadChoices = ReadLimits & { select?: ColumnSelection };

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

type ProfileTask = {
  files: ProfileSource[];
  options: ProfileOptions;
  missing: string[];
  limits?: ReadChoices;
  /** A run of the (one) Parquet file's row groups: no source is recorded then (its hash is taken apart). */
  rowGroups?: { start: number; end: number };
};

type Part = { profile: DatasetProfile; malformed: Problems; rows: number };
/** A part as a task answers it: from a worker, its profile as JSON (from the calling thread, the profile itself). */
type Arrived = { profile: DatasetProfileJson | DatasetProfile; malformed: Problems; rows: number; unread?: string[] };

/** Files in one pass each (or a part of one), into one profile; malformed parts are counted, not fatal. */
async function profileBatch({ files, options, missing, limits = {}, rowGroups }: ProfileTask): Promise<Part> {
  const profile = new DatasetProfile(options);
  const malformed: Problems = { count: 0, first: [] };
  const scratch: ClassifiedColumn[] = [];
  const absent = new Set(missing);
  const { select } = limits;
  let total = 0;
  for (const file of files) {
    let rows = 0;
    const problems = new ProblemLog();
    const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing: absent, ...limits, ...(rowGroups && { rowGroups }) }, {
      batch: (batch) => {
        rows += batch.length;
        const classified = classifyBatch(batch, absent, scratch);
        if (select) {
          for (const name of classified.keys()) {
            if (isSelected(select, name)) continue;
            classified.delete(name);
            profile.unread.add(name);
          }
        }
        profile.addBatch(classified, batch.length);
      },
      malformed: (problem) => problems.add(problem),
    });
    for (const name of summary.unselected ?? []) profile.unread.add(name);
    if (!rowGroups) profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
    malformed.count += problems.count;
    for (const problem of problems.first) malformed.first.push({ ...problem, file: file.display });
    total += rows;
  }
  return { profile, malformed, rows: total };
}

/** A task of the worker pool: a batch's profile, as the contract's JSON without the derived summaries (and the columns left unread, which that has no place for). */
export async function profileFileTask(input: ProfileTask): Promise<{ profile: DatasetProfileJson; malformed: Problems; rows: number; unread: string[] }> {
  const { profile, malformed, rows } = await profileBatch(input);
  const json = profile.toJSON(false);
  profile.release(); // its arrays are copied into the JSON
  return { profile: json, malformed, rows, unread: [...profile.unread] };
}

/** The worker-pool tasks this module runs (src/entries/worker.ts serves them). */
export type ProfileTasks = { 'profile-file': typeof profileFileTask };

/** The pool's task on the calling thread: the profile itself, which needs no copy into JSON. */
export const profileFileHere = (input: ProfileTask) => profileBatch(input);

/**
 * Profiles data files, merged in the order given; on the pool's threads when one is given (see
 * profileFileHere). `limits.select`: only these columns are profiled (the others' names are kept, as unread).
 */
export async function profileFiles(files: ProfileSource[], options: ProfileOptions, pool?: WorkerPool<ProfileTasks>, missing: readonly string[] = [''], limits: ReadChoices = {}): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  // A worker's profile is made from its JSON only when its turn comes to be merged: made on arrival, it
  // would wait for the parts before it and outlive young-generation collections.
  const run = async (task: ProfileTask): Promise<Arrived> => (pool ? ((await pool.run('profile-file', task)) as Arrived) : profileBatch(task));
  const made = ({ profile, malformed, rows, unread }: Arrived): Part => {
    if (profile instanceof DatasetProfile) return { profile, malformed, rows };
    const read = DatasetProfile.fromOwnJSON(profile);
    for (const name of unread ?? []) read.unread.add(name);
    return { profile: read, malformed, rows };
  };
  // Tasks in file order; a split file's source is recorded after its last part, with its hash taken apart.
  const list: { task: ProfileTask; split?: { file: ProfileSource; hashing: Promise<{ sha256: string; bytes: number }> } }[] = [];
  for (const batch of batches(files)) {
    const task: ProfileTask = { files: batch, options, missing: [...missing], limits };
    const plan = pool && batch.length === 1 && batch[0]!.format === 'parquet' ? await planRowGroups(batch[0]!.path, PART_BYTES) : undefined;
    // A file past max-columns is one finding, from one task.
    if (!plan || plan.columns.length > (limits.maxColumns ?? DEFAULT_MAX_COLUMNS)) list.push({ task });
    else {
      const split = { file: batch[0]!, hashing: hashFile(batch[0]!.path) };
      plan.ranges.forEach((rowGroups, k) => list.push({ task: { ...task, rowGroups }, ...(k === plan.ranges.length - 1 && { split }) }));
    }
  }
  // On a pool every task starts at once (the pool queues them); without one, each starts when the one
  // before is merged.
  for (const { split } of list) split?.hashing.catch(() => {});
  let whole: Part | undefined;
  let splitRows = 0;
  await inOrder(list.length, pool ? list.length : 1, (i) => run(list[i]!.task), async (arrived, i) => {
    const part = made(arrived);
    if (!whole) whole = part;
    else {
      whole.profile.merge(part.profile);
      part.profile.release(); // a part lives as long as its read: its arrays would wait for a full collection
      whole.malformed.count += part.malformed.count;
      whole.malformed.first.push(...part.malformed.first);
    }
    if (list[i]!.task.rowGroups) splitRows += part.rows;
    const split = list[i]!.split;
    if (split) {
      const { sha256, bytes } = await split.hashing;
      whole.profile.sources.push({ file: split.file.display, format: split.file.format, sha256, bytes, rows: splitRows });
      splitRows = 0;
    }
  });
  return whole ?? { profile: new DatasetProfile(options), malformed: { count: 0, first: [] } };
}
