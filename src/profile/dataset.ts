// The dataset profile contract (kind mlops-actions/profile, version 1): per-column mergeable
// profiles plus where the data came from. Profiles of shards merge into the profile of the whole.
import { createHash } from 'node:crypto';
import type { ClassifiedColumn } from '../data/values.js';
import { ConfigurationError } from '../runtime/errors.js';
import { checkProfileJson } from './check.js';
import { ColumnProfile, DEFAULT_PROFILE_OPTIONS, type ColumnProfileJson, type ProfileOptions } from './column.js';

export const PROFILE_KIND = 'mlops-actions/profile';
export const PROFILE_VERSION = 1;

export interface SourceJson {
  file: string;
  format: string;
  sha256: string;
  bytes: number;
  rows: number;
}

export interface DatasetProfileJson {
  kind: typeof PROFILE_KIND;
  version: typeof PROFILE_VERSION;
  created: string;
  rows: number;
  fingerprint: string;
  sources: SourceJson[];
  options: ProfileOptions;
  columns: ColumnProfileJson[];
}

/** sha256 over the files' own sha256 in path order: the same bytes give the same fingerprint. */
export function fingerprintOf(sources: SourceJson[]): string {
  const hash = createHash('sha256');
  for (const s of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) hash.update(`${s.sha256}  ${s.file}\n`);
  return hash.digest('hex');
}

export class DatasetProfile {
  rows = 0;
  sources: SourceJson[] = [];
  readonly columns = new Map<string, ColumnProfile>();
  /** Columns of the data left unprofiled by a column selection (see profileFiles): known by name only, not written. */
  readonly unread = new Set<string>();

  constructor(readonly options: ProfileOptions = DEFAULT_PROFILE_OPTIONS) {}

  /** The column's profile; a column first seen now was absent (null) in the rows before. */
  column(name: string): ColumnProfile {
    let column = this.columns.get(name);
    if (!column) {
      column = new ColumnProfile(name, this.options);
      if (this.rows > 0) column.addMissing(this.rows);
      this.columns.set(name, column);
    }
    return column;
  }

  /** Adds one batch: classified values for the columns present, absence for the others. */
  addBatch(classified: Map<string, ClassifiedColumn>, length: number): void {
    for (const [name, column] of classified) this.column(name).add(column, length);
    for (const [name, column] of this.columns) if (!classified.has(name)) column.addMissing(length);
    this.rows += length;
  }

  merge(other: DatasetProfile): void {
    for (const [name, theirs] of other.columns) {
      const mine = this.columns.get(name);
      if (mine) mine.merge(theirs);
      else {
        const fresh = new ColumnProfile(name, this.options);
        fresh.addMissing(this.rows);
        fresh.merge(theirs);
        this.columns.set(name, fresh);
      }
    }
    for (const [name, mine] of this.columns) if (!other.columns.has(name)) mine.addMissing(other.rows);
    this.rows += other.rows;
    this.sources.push(...other.sources);
    for (const name of other.unread) this.unread.add(name);
  }

  /** Gives the arrays of a profile merged into another back now (see ColumnProfile.release); it is empty after. */
  release(): void {
    for (const column of this.columns.values()) column.release();
  }

  /** Rows, fingerprint and sources: what a report names, without serialising the columns. */
  summary(): { rows: number; fingerprint: string; sources: SourceJson[] } {
    return { rows: this.rows, fingerprint: fingerprintOf(this.sources), sources: this.sources };
  }

  /** `summaries`: also the quantiles and reference bins, derived from the rest (a shard merged elsewhere needs none). */
  toJSON(summaries = true): DatasetProfileJson {
    return {
      kind: PROFILE_KIND,
      version: PROFILE_VERSION,
      created: new Date().toISOString(),
      rows: this.rows,
      fingerprint: fingerprintOf(this.sources),
      sources: this.sources,
      options: this.options,
      columns: [...this.columns.values()].map((c) => c.toJSON(summaries)),
    };
  }

  /**
   * A profile read from a document: checked first (see check.ts), since profiles come from files. A corrupt
   * one is a ConfigurationError naming the field, and `source` (the file) when given.
   */
  static fromJSON(document: unknown, source?: string): DatasetProfile {
    try {
      checkProfileJson(document, PROFILE_KIND, PROFILE_VERSION);
    } catch (error) {
      if (source === undefined || !(error instanceof ConfigurationError)) throw error;
      throw new ConfigurationError(`"${source}" is not a valid profile: ${error.message}`);
    }
    return DatasetProfile.fromOwnJSON(document as DatasetProfileJson);
  }

  /** A profile from JSON this program made itself (a worker's answer): nothing to check. */
  static fromOwnJSON(json: DatasetProfileJson): DatasetProfile {
    const profile = new DatasetProfile(json.options);
    profile.rows = json.rows;
    profile.sources = json.sources;
    for (const c of json.columns) profile.columns.set(c.name, ColumnProfile.fromJSON(c, json.options));
    return profile;
  }
}
