// Profiles data files: one streaming pass each. Given a worker pool, the files are its tasks, so the
// reference and the current data of a drift check are read at the same time.
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

/** One file in one pass; malformed parts are counted, not fatal. */
async function profileOne(file: ProfileSource, options: ProfileOptions, missing: ReadonlySet<string>): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  const profile = new DatasetProfile(options);
  const malformed: Problems = [];
  const scratch = new Map<string, ClassifiedColumn>();
  let rows = 0;
  const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing }, {
    batch: (batch) => {
      rows += batch.length;
      profile.addBatch(classifyBatch(batch, missing, scratch), batch.length);
    },
    malformed: (problem) => malformed.push({ ...problem, file: file.display }),
  });
  profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
  return { profile, malformed };
}

/** A task of the worker pool: one file's profile, as the contract's JSON without the derived summaries. */
export async function profileFileTask(input: { file: ProfileSource; options: ProfileOptions; missing: string[] }): Promise<{ profile: DatasetProfileJson; malformed: Problems }> {
  const { profile, malformed } = await profileOne(input.file, input.options, new Set(input.missing));
  return { profile: profile.toJSON(false), malformed };
}

/** The worker-pool tasks this module runs (src/entries/worker.ts serves them). */
export type ProfileTasks = { 'profile-file': typeof profileFileTask };

/** The pool's task on the calling thread: the profile itself, which needs no copy into JSON. */
export const profileFileHere = (input: Parameters<typeof profileFileTask>[0]) => profileOne(input.file, input.options, new Set(input.missing));

/** Profiles data files, merged in the order given; on the pool's threads when one is given (see profileFileHere). */
export async function profileFiles(files: ProfileSource[], options: ProfileOptions, pool?: WorkerPool<ProfileTasks>, missing: readonly string[] = ['']): Promise<{ profile: DatasetProfile; malformed: Problems }> {
  const fromPool = async (file: ProfileSource) => {
    const { profile, malformed } = (await pool!.run('profile-file', { file, options, missing: [...missing] })) as { profile: DatasetProfileJson | DatasetProfile; malformed: Problems };
    return { profile: profile instanceof DatasetProfile ? profile : DatasetProfile.fromJSON(profile), malformed };
  };
  const parts = pool ? await Promise.all(files.map(fromPool)) : [];
  if (!pool) for (const file of files) parts.push(await profileOne(file, options, new Set(missing)));
  if (parts.length === 1) return parts[0]!;
  const profile = new DatasetProfile(options);
  for (const part of parts) profile.merge(part.profile);
  return { profile, malformed: parts.flatMap((part) => part.malformed) };
}

