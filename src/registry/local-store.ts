// local:<dir>: tags as files created with O_EXCL, a version's files claimed by one atomic rename.
import { randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelCard } from './card.js';
import { VersionTaken, type RegistryStore, type StagedFiles, type TagRecord } from './registry.js';

export class LocalStore implements RegistryStore {
  readonly label: string;

  constructor(private readonly dir: string) {
    this.label = `local ${dir}`;
    mkdirSync(path.join(dir, 'tags'), { recursive: true });
    mkdirSync(path.join(dir, '.staging'), { recursive: true });
  }

  uri(model: string, version: string): string {
    return `local:${this.dir}/${model}@${version}`;
  }

  async listTags(model: string): Promise<TagRecord[]> {
    return readdirSync(path.join(this.dir, 'tags'))
      .map((f) => decodeURIComponent(f.replace(/\.json$/, '')))
      .filter((name) => name.startsWith(`${model}@`) || name.startsWith(`${model}#`))
      .map((name) => JSON.parse(readFileSync(this.tagFile(name), 'utf8')) as TagRecord);
  }

  async createTag(name: string, message: string, commit: string): Promise<boolean> {
    const record: TagRecord = { name, message, created: new Date().toISOString(), commit };
    // Written whole to a private file, then linked into place: link() fails if the tag exists (the
    // atomic step), and a reader never sees a half-written tag.
    const temp = path.join(this.dir, '.staging', `${randomUUID()}.json`);
    writeFileSync(temp, JSON.stringify(record));
    try {
      linkSync(temp, this.tagFile(name));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }

  async stage(model: string, version: string, files: { name: string; path: string }[], card: ModelCard): Promise<StagedFiles> {
    const staging = path.join(this.dir, '.staging', randomUUID());
    mkdirSync(staging, { recursive: true });
    for (const file of files) {
      mkdirSync(path.dirname(path.join(staging, file.name)), { recursive: true });
      copyFileSync(file.path, path.join(staging, file.name));
    }
    writeFileSync(path.join(staging, 'model-card.json'), JSON.stringify(card, null, 2));
    const final = this.versionDir(model, version);
    mkdirSync(path.dirname(final), { recursive: true });
    try {
      renameSync(staging, final); // fails when another writer already renamed into this version
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (['EEXIST', 'ENOTEMPTY', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw new VersionTaken(version);
      throw error;
    }
    return { url: final, publish: async () => {}, discard: async () => rmSync(final, { recursive: true, force: true }) };
  }

  async readFile(model: string, version: string, name: string): Promise<Buffer | undefined> {
    try {
      return readFileSync(path.join(this.versionDir(model, version), name));
    } catch {
      return undefined;
    }
  }

  private tagFile(name: string): string {
    return path.join(this.dir, 'tags', `${encodeURIComponent(name)}.json`);
  }

  private versionDir(model: string, version: string): string {
    return path.join(this.dir, 'models', model, version);
  }
}
