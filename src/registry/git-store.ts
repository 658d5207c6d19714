// git:<path-or-url>: the same annotated tags in any git repository, through the git binary.
// A local repository is tagged in place; a URL is tagged in a temporary clone and pushed (a push of
// an existing tag is refused by the server: the atomic step). Files are not stored: the model card
// travels in the tag message.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git, gitOk } from '../github/git.js';
import { checkStoreName } from '../runtime/paths.js';
import type { ModelCard } from './card.js';
import type { RegistryStore, StagedFiles, TagRecord } from './registry.js';

const IDENTITY = ['-c', 'user.name=mlops-actions', '-c', 'user.email=mlops-actions@users.noreply.github.com'];
// git prints these separators itself (%00, %1e in for-each-ref): argv may not hold a NUL byte.
const FIELD = '\u0000';
const RECORD = '\u001e';

export class GitStore implements RegistryStore {
  readonly label: string;
  private workdir: string | undefined;
  private readonly remote: boolean;

  constructor(private readonly target: string) {
    this.label = `git ${target}`;
    this.remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^[^/]+@[^:]+:/.test(target);
  }

  uri(model: string, version: string): string {
    return `git:${this.target}#${model}@${version}`;
  }

  /** The repository to run git in: the target itself, or a bare clone of the remote. */
  private async repo(): Promise<string> {
    if (this.workdir) return this.workdir;
    if (!this.remote) return (this.workdir = this.target);
    const dir = mkdtempSync(path.join(tmpdir(), 'mlops-registry-'));
    await git(dir, ['clone', '--bare', '--quiet', '--filter=blob:none', this.target, '.']);
    return (this.workdir = dir);
  }

  async listTags(model: string): Promise<TagRecord[]> {
    const repo = await this.repo();
    if (this.remote) await git(repo, ['fetch', '--quiet', '--force', 'origin', 'refs/tags/*:refs/tags/*']);
    const out = await git(repo, ['for-each-ref', 'refs/tags', '--format=%(refname:strip=2)%00%(objecttype)%00%(creatordate:iso-strict)%00%(*objectname)%00%(contents)%1e']);
    return out
      .split(RECORD)
      .map((r) => r.replace(/^\n/, '').split(FIELD))
      .filter(([name, type]) => type === 'tag' && name && (name.startsWith(`${model}@`) || name.startsWith(`${model}#`))) // only annotated tags count, as in GTO
      .map(([name, , created, commit, message]) => ({ name: name!, created: created!, commit: commit!, message: (message ?? '').trimEnd() }));
  }

  async createTag(name: string, message: string, commit: string): Promise<boolean> {
    const repo = await this.repo();
    const target = commit && (await gitOk(repo, ['cat-file', '-e', `${commit}^{commit}`])) ? commit : await this.head(repo);
    if (!(await gitOk(repo, [...IDENTITY, 'tag', '-a', name, '-m', message, target]))) return false;
    if (!this.remote) return true;
    if (await gitOk(repo, ['push', '--quiet', 'origin', `refs/tags/${name}`])) return true;
    await git(repo, ['tag', '-d', name]);
    return false;
  }

  /** HEAD, or the newest branch when HEAD names a branch that does not exist (a fresh bare repository). */
  private async head(repo: string): Promise<string> {
    if (await gitOk(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) return 'HEAD';
    const newest = (await git(repo, ['for-each-ref', '--sort=-committerdate', '--count=1', '--format=%(objectname)', 'refs/heads'])).trim();
    if (!newest) throw new Error(`the repository ${this.target} has no commit to tag`);
    return newest;
  }

  async stage(_model: string, _version: string, _files: unknown[], _card: ModelCard): Promise<StagedFiles> {
    return { publish: async () => {}, discard: async () => {} };
  }

  async readFile(model: string, version: string, name: string): Promise<Buffer | undefined> {
    checkStoreName(name, `file of ${model} ${version}`, `the ${this.label} registry`);
    if (name !== 'model-card.json') return undefined;
    const tag = (await this.listTags(model)).find((t) => t.name === `${model}@${version}`);
    const card = tag && /\nmlops-actions: (\{.*\})\s*$/s.exec(tag.message)?.[1];
    return card ? Buffer.from(JSON.stringify(JSON.parse(card).card)) : undefined;
  }
}
