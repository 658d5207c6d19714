// local:<dir>: tags as files created with O_EXCL, a version's files claimed by one atomic rename.
// The folder is the author's; what is in it is data: every path below it goes through resolveInside,
// so a model card's file name or a symbolic link planted in the registry cannot lead outside.
import { randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveInside } from '../runtime/paths.js';
import type { ModelCard } from './card.js';
import { VersionTaken, type RegistryStore, type StagedFiles, type TagRecord } from './registry.js';

export class LocalStore implements RegistryStore {
  readonly label: string;

  constructor(private readonly dir: string) {
    this.label = `local ${dir}`;
    for (const folder of ['tags', '.staging']) mkdirSync(this.inside(folder, 'registry folder'), { recursive: true });
  }

  uri(model: string, version: string): string {
    return `local:${this.dir}/${model}@${version}`;
  }

  async listTags(model: string): Promise<TagRecord[]> {
    return readdirSync(this.inside('tags', 'registry folder'))
      .filter((file) => [`${model}@`, `${model}#`].some((prefix) => decodeURIComponent(file).startsWith(prefix)))
      .map((file) => JSON.parse(readFileSync(this.inside(`tags/${file}`, 'registry tag file'), 'utf8')) as TagRecord);
  }

  async createTag(name: string, message: string, commit: string): Promise<boolean> {
    const record: TagRecord = { name, message, created: new Date().toISOString(), commit };
    // Written whole to a private file, then linked into place: link() fails if the tag exists (the
    // atomic step), and a reader never sees a half-written tag.
    const temp = this.inside(`.staging/${randomUUID()}.json`, 'staging file');
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
    const final = this.versionDir(model, version);
    const staging = this.inside(`.staging/${randomUUID()}`, 'staging folder');
    mkdirSync(staging, { recursive: true });
    for (const file of files) {
      const into = resolveInside(staging, file.name, 'model file');
      mkdirSync(path.dirname(into), { recursive: true });
      copyFileSync(file.path, into);
    }
    writeFileSync(path.join(staging, 'model-card.json'), JSON.stringify(card, null, 2));
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
    const file = resolveInside(this.versionDir(model, version), name, `file of ${model} ${version}`);
    try {
      return readFileSync(file);
    } catch {
      return undefined;
    }
  }

  private inside(name: string, what: string): string {
    return resolveInside(this.dir, name, what);
  }

  private tagFile(name: string): string {
    return this.inside(`tags/${encodeURIComponent(name)}.json`, 'registry tag file');
  }

  private versionDir(model: string, version: string): string {
    return this.inside(`models/${model}/${version}`, 'model version folder');
  }
}
