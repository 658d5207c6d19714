import { readTable } from '../data/read.js';
import type { Format, Malformed } from '../data/table.js';
import { classifyBatch, type ClassifiedColumn } from '../data/values.js';
import type { ProfileOptions } from './column.js';
import { DatasetProfile } from './dataset.js';

export interface ProfileSource {
  path: string;
  display: string;
  format: Format;
  gzip: boolean;
}

/** Profiles data files in one streaming pass each; malformed parts are counted, not fatal. */
export async function profileFiles(files: ProfileSource[], options: ProfileOptions, missing: ReadonlySet<string> = new Set([''])): Promise<{ profile: DatasetProfile; malformed: (Malformed & { file: string })[] }> {
  const profile = new DatasetProfile(options);
  const malformed: (Malformed & { file: string })[] = [];
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
