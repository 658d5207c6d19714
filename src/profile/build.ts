// Profiles data files: one streaming pass each. Given a worker pool, the files are its tasks, so the
// reference and the current data of a drift check are read at the same time; a large Parquet file is
// split into runs of row groups, each a task, merged in file order.
import { planRowGroups } from '../data/parquet.js';
import { hashFile, readTable } from '../data/read.js';
import { isSelected, type ColumnSelection, type Format, type Malformed } from '../data/table.js';
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

/** Parquet files are split into runs of row groups of at least this many uncompressed bytes on the pool. */
const PART_BYTES = 8 * 1024 * 1024;

interface ProfileTask {
  file: ProfileSource;
  options: ProfileOptions;
  missing: string[];
  /** Only these columns are profiled (Parquet reads no other column chunk). */
  select?: ColumnSelection;
  /** A run of a Parquet file's row groups: then no source is recorded (the file's hash is taken apart). */
  rowGroups?: { start: number; end: number };
}

/** One file (or part) in one pass; malformed parts are counted, not fatal. */
async function profileOne({ file, options, missing, select, rowGroups }: ProfileTask): Promise<Part> {
  const profile = new DatasetProfile(options);
  const malformed: Problems = [];
  const scratch = new Map<string, ClassifiedColumn>();
  const absent = new Set(missing);
  let rows = 0;
  const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing: absent, ...(select && { select }), ...(rowGroups && { rowGroups }) }, {
    batch: (batch) => {
      rows += batch.length;
      const classified = classifyBatch(batch, absent, scratch);
      if (select) for (const name of classified.keys()) if (!isSelected(select, name)) classified.delete(name);
      profile.addBatch(classified, batch.length);
    },
    malformed: (problem) => malformed.push({ ...problem, file: file.display }),
  });
  if (!rowGroups) profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
  return { profile, malformed, rows };
}

/** A task of the worker pool: one file's profile, as the contract's JSON without the derived summaries. */
export async function profileFileTask(input: ProfileTask): Promise<{ profile: DatasetProfileJson; malformed: Problems; rows: number }> {
  const { profile, malformed, rows } = await profileOne(input);
  return { profile: profile.toJSON(false), malformed, rows };
}

/** The pool's task on the calling thread: the profile itself, which needs no copy into JSON. */
export const profileFileHere = (input: ProfileTask) => profileOne(input);

/**
 * Profiles data files, merged in the order given; on the pool's threads when one is given (see
 * profileFileHere). `select`: only these columns are profiled.
 */
export async function profileFiles(files: ProfileSource[], options: ProfileOptions, pool?: WorkerPool, missing: readonly string[] = [''], select?: ColumnSelection): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  const task = (file: ProfileSource, rowGroups?: ProfileTask['rowGroups']): ProfileTask => ({ file, options, missing: [...missing], ...(select && { select }), ...(rowGroups && { rowGroups }) });
  const run = async (input: ProfileTask) => {
    const { profile, malformed, rows } = (await pool!.run('profile-file', input)) as { profile: DatasetProfileJson | DatasetProfile; malformed: Problems; rows: number };
    return { profile: profile instanceof DatasetProfile ? profile : DatasetProfile.fromJSON(profile), malformed, rows };
  };
  const fromPool = async (file: ProfileSource) => {
    const plan = file.format === 'parquet' ? await planRowGroups(file.path, PART_BYTES) : undefined;
    if (!plan) return run(task(file));
    const hashing = hashFile(file.path);
    const parts: (Promise<Part> | undefined)[] = plan.ranges.map((rowGroups) => run(task(file, rowGroups)));
    for (const part of parts) part!.catch(() => undefined); // a failure is thrown where it is awaited, below
    // Merged in order as they come, each let go once merged: memory holds a few parts, not the file's.
    const whole: Part = { profile: new DatasetProfile(options), malformed: [], rows: 0 };
    for (let k = 0; k < parts.length; k++) {
      const part = await parts[k]!;
      parts[k] = undefined;
      whole.profile.merge(part.profile);
      whole.malformed.push(...part.malformed);
      whole.rows += part.rows;
    }
    const summary = await hashing;
    whole.profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows: whole.rows });
    return whole;
  };
  const parts = pool ? await Promise.all(files.map(fromPool)) : [];
  if (!pool) for (const file of files) parts.push(await profileOne(task(file)));
  return mergeParts(parts, options);
}

type Part = { profile: DatasetProfile; malformed: Problems; rows: number };

function mergeParts(parts: Part[], options: ProfileOptions): Part {
  if (parts.length === 1) return parts[0]!;
  const profile = new DatasetProfile(options);
  for (const part of parts) profile.merge(part.profile);
  return { profile, malformed: parts.flatMap((part) => part.malformed), rows: parts.reduce((rows, part) => rows + part.rows, 0) };
}

