// github: versions and stages as annotated tags made through the REST API (tag object, then ref;
// creating an existing ref answers 422: the atomic step), files and model card as assets of a release
// that stays a draft until the version's tag exists, then is published.
import { readFileSync, statSync } from 'node:fs';
import type { GitHub } from '../github/client.js';
import { statusOf, type RepoRef } from '../github/repository.js';
import { ConfigurationError } from '../runtime/errors.js';
import { checkStoreName } from '../runtime/paths.js';
import { renderCard, type ModelCard } from './card.js';
import type { RegistryStore, StagedFiles, TagRecord } from './registry.js';

const ASSET_LIMIT = 2 * 1024 ** 3; // GitHub's per-file limit for release assets

export class GitHubStore implements RegistryStore {
  readonly label: string;

  constructor(
    private readonly gh: GitHub,
    private readonly repo: RepoRef,
  ) {
    this.label = `github ${repo.owner}/${repo.repo}`;
  }

  uri(model: string, version: string): string {
    return `github://${this.repo.owner}/${this.repo.repo}/${model}@${version}`;
  }

  async listTags(model: string): Promise<TagRecord[]> {
    const refs = [];
    for (const prefix of [`tags/${model}@`, `tags/${model}#`]) {
      refs.push(...(await this.gh.rest.git.listMatchingRefs({ ...this.repo, ref: prefix })).data);
    }
    const records: TagRecord[] = [];
    for (const ref of refs) {
      if (ref.object.type !== 'tag') continue; // lightweight tags do not count, as in GTO
      const { data } = await this.gh.rest.git.getTag({ ...this.repo, tag_sha: ref.object.sha });
      records.push({ name: ref.ref.replace(/^refs\/tags\//, ''), message: data.message, created: data.tagger.date, commit: data.object.sha });
    }
    return records;
  }

  async createTag(name: string, message: string, commit: string): Promise<boolean> {
    const { data: tag } = await this.gh.rest.git.createTag({
      ...this.repo,
      tag: name,
      message,
      object: commit,
      type: 'commit',
      tagger: { name: 'mlops-actions', email: '41898282+github-actions[bot]@users.noreply.github.com', date: new Date().toISOString() },
    });
    try {
      await this.gh.rest.git.createRef({ ...this.repo, ref: `refs/tags/${name}`, sha: tag.sha });
      return true;
    } catch (error) {
      if (statusOf(error) === 422) return false;
      throw error;
    }
  }

  async stage(model: string, version: string, files: { name: string; path: string }[], card: ModelCard): Promise<StagedFiles> {
    for (const file of files) {
      if (statSync(file.path).size > ASSET_LIMIT) throw new ConfigurationError(`Input 'path': ${file.name} is ${(statSync(file.path).size / 1024 ** 3).toFixed(2)} GiB; GitHub release assets are limited to 2 GiB per file. Split the model or use the git: or local: registry with external storage.`);
    }
    const { data: release } = await this.gh.rest.repos.createRelease({ ...this.repo, tag_name: `${model}@${version}`, name: `${model} ${version}`, body: renderCard(card), draft: true, target_commitish: card.commit });
    const discard = async () => {
      await this.gh.rest.repos.deleteRelease({ ...this.repo, release_id: release.id }).catch(() => undefined);
    };
    try {
      const uploads = [...files.map((f) => ({ name: f.name.replace(/\//g, '__'), data: readFileSync(f.path) })), { name: 'model-card.json', data: Buffer.from(JSON.stringify(card, null, 2)) }];
      for (const upload of uploads) {
        await this.gh.rest.repos.uploadReleaseAsset({
          ...this.repo,
          release_id: release.id,
          name: upload.name,
          data: upload.data as unknown as string,
          headers: { 'content-type': 'application/octet-stream', 'content-length': upload.data.length },
          url: release.upload_url,
        });
      }
      // Verify before anything becomes visible: every asset there, with its size.
      const assets = (await this.gh.rest.repos.listReleaseAssets({ ...this.repo, release_id: release.id, per_page: 100 })).data;
      for (const upload of uploads) {
        const asset = assets.find((a) => a.name === upload.name);
        if (!asset || asset.size !== upload.data.length) throw new Error(`release asset ${upload.name} did not arrive whole (${asset?.size ?? 0} of ${upload.data.length} bytes)`);
      }
    } catch (error) {
      await discard();
      throw error;
    }
    return {
      url: release.html_url,
      publish: async () => {
        await this.gh.rest.repos.updateRelease({ ...this.repo, release_id: release.id, draft: false });
      },
      discard,
    };
  }

  async readFile(model: string, version: string, name: string): Promise<Buffer | undefined> {
    checkStoreName(name, `release asset of ${model} ${version}`, `the ${this.label} registry`);
    try {
      const { data: release } = await this.gh.rest.repos.getReleaseByTag({ ...this.repo, tag: `${model}@${version}` });
      const asset = release.assets.find((a) => a.name === name);
      if (!asset) return undefined;
      const response = await this.gh.rest.repos.getReleaseAsset({ ...this.repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
      return Buffer.from(response.data as unknown as ArrayBuffer);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }
}
