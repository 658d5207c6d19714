// Registry semantics over any store: versions and stages as GTO tags, idempotent per workflow run,
// race-safe (a tag is created atomically; the loser takes the next version), never half-made (files
// are staged first, the tag makes the version visible, publishing comes last).
import { ConfigurationError } from '../runtime/errors.js';
import { checkCardNames, type ModelCard, type StageEvent } from './card.js';
import { assignTag, bump, compareVersions, parseTag, registerTag } from './gto.js';

export interface TagRecord {
  name: string;
  message: string;
  created: string;
  /** The commit the tag points at. */
  commit?: string;
}

export interface StagedFiles {
  url?: string;
  publish(): Promise<void>;
  discard(): Promise<void>;
}

/** Raised by a store when another writer already holds this version's storage. */
export class VersionTaken extends Error {}

export interface RegistryStore {
  readonly label: string;
  uri(model: string, version: string): string;
  listTags(model: string): Promise<TagRecord[]>;
  /** Creates an annotated tag at `commit`, atomically; false when the tag already exists. */
  createTag(name: string, message: string, commit: string): Promise<boolean>;
  /** Puts a version's files and card where readers will find them once its tag exists. */
  stage(model: string, version: string, files: { name: string; path: string }[], card: ModelCard): Promise<StagedFiles>;
  readFile(model: string, version: string, name: string): Promise<Buffer | undefined>;
}

export interface RegisteredVersion {
  version: string;
  tag: string;
  card: ModelCard;
  created: string;
  commit?: string;
}

const PAYLOAD = /\nmlops-actions: (\{.*\})\s*$/s;

function payload(message: string): Record<string, any> {
  try {
    return JSON.parse(PAYLOAD.exec(message)?.[1] ?? '{}');
  } catch {
    return {};
  }
}

export class Registry {
  constructor(readonly store: RegistryStore) {}

  async versions(model: string): Promise<RegisteredVersion[]> {
    const tags = await this.store.listTags(model);
    const deregistered = new Set(tags.map((t) => parseTag(t.name)).filter((e) => e?.kind === 'deregister' && e.model === model).map((e) => (e as { version: string }).version));
    return tags
      .map((t) => ({ tag: t, event: parseTag(t.name) }))
      .filter(({ event }) => event?.kind === 'register' && event.model === model && !deregistered.has(event.version))
      .map(({ tag, event }) => ({ version: (event as { version: string }).version, tag: tag.name, card: this.card(tag), created: tag.created, commit: tag.commit }))
      .sort((a, b) => compareVersions(a.version, b.version));
  }

  /** The card a register tag carries, its file names checked (see checkCardNames). */
  private card(tag: TagRecord): ModelCard {
    const card = payload(tag.message).card as ModelCard;
    checkCardNames(card, tag.name, this.store.label);
    return card;
  }

  async latest(model: string): Promise<RegisteredVersion | undefined> {
    return (await this.versions(model)).at(-1);
  }

  /** Every stage assignment and unassignment of the model, in counter order. */
  async stageHistory(model: string): Promise<StageEvent[]> {
    const tags = await this.store.listTags(model);
    return tags
      .map((t) => ({ t, e: parseTag(t.name) }))
      .filter(({ e }) => (e?.kind === 'assign' || e?.kind === 'unassign') && e.model === model)
      .map(({ t, e }) => {
        const info = payload(t.message);
        const ev = e as { kind: 'assign' | 'unassign'; stage: string; n: number };
        return { stage: ev.stage, action: ev.kind === 'assign' ? 'assigned' : 'unassigned', version: info.version, n: ev.n, at: t.created, by: info.actor } as StageEvent;
      })
      .sort((a, b) => a.n - b.n);
  }

  /** The version a stage points at: its latest assignment, unless unassigned after. */
  async stageVersion(model: string, stage: string): Promise<string | undefined> {
    const last = (await this.stageHistory(model)).filter((e) => e.stage === stage).at(-1);
    return last?.action === 'assigned' ? last.version : undefined;
  }

  /** `name#stage`, `name@latest` or `name@vX.Y.Z` to a registered version. */
  async resolve(reference: string): Promise<RegisteredVersion> {
    const m = /^(.+?)(?:#([^#]+)|@(latest|v\d+\.\d+\.\d+))$/.exec(reference);
    if (!m) throw new ConfigurationError(`"${reference}" is not a model reference: use name#stage, name@latest or name@vX.Y.Z.`);
    const [, model, stage, at] = m as unknown as [string, string, string | undefined, string | undefined];
    const versions = await this.versions(model);
    const version = stage ? await this.stageVersion(model, stage) : at === 'latest' ? versions.at(-1)?.version : at;
    const found = versions.find((v) => v.version === version);
    if (!found) throw new ConfigurationError(`No version of ${model} ${stage ? `holds stage ${stage}` : `matches ${at}`} in the ${this.store.label} registry.`);
    return found;
  }

  private async nextCounter(model: string): Promise<number> {
    const ns = (await this.store.listTags(model)).map((t) => parseTag(t.name)).filter((e) => e && e.model === model && 'n' in e).map((e) => (e as { n: number }).n);
    return ns.length === 0 ? 1 : Math.max(...ns) + 1;
  }

  /**
   * Registers a new version. A re-run of the same workflow run gets the version it made before; two
   * concurrent runs get two versions; an explicit version that exists is an error.
   */
  async register(
    model: string,
    request: { version: 'auto' | string; bump: 'major' | 'minor' | 'patch'; files: { name: string; path: string }[]; card: ModelCard; commit: string },
  ): Promise<{ version: RegisteredVersion; alreadyRegistered: boolean; url?: string }> {
    const runId = request.card.runId;
    for (let attempt = 0; attempt < 10; attempt++) {
      const versions = await this.versions(model);
      const mine = runId ? versions.find((v) => v.card?.runId === runId) : undefined;
      if (mine) return { version: mine, alreadyRegistered: true };
      let version = request.version;
      if (version === 'auto') version = bump(versions.at(-1)?.version, request.bump);
      else if (versions.some((v) => v.version === version)) throw new ConfigurationError(`Input 'version': ${model} ${version} is already registered; choose another version or use auto.`);
      const card = { ...request.card, modelVersion: version };
      let staged: StagedFiles;
      try {
        staged = await this.store.stage(model, version, request.files, card);
      } catch (error) {
        if (error instanceof VersionTaken && request.version === 'auto') continue;
        throw error;
      }
      const tag = registerTag(model, version);
      const message = `Registering model ${model} version ${version}\n\nmlops-actions: ${JSON.stringify({ run: runId, card })}`;
      let created: boolean;
      try {
        created = await this.store.createTag(tag, message, request.commit);
      } catch (error) {
        await staged.discard();
        throw error;
      }
      if (!created) {
        await staged.discard();
        if (request.version !== 'auto') throw new ConfigurationError(`Input 'version': ${model} ${version} was registered by another run at the same moment.`);
        continue; // lost a race: take the next version
      }
      await staged.publish();
      return { version: { version, tag, card, created: new Date().toISOString(), commit: request.commit }, alreadyRegistered: false, url: staged.url };
    }
    throw new Error(`could not register ${model} after 10 attempts: too many concurrent registrations`);
  }

  /** Points a stage at a version (GTO assign tag, next counter); a no-op when it already points there. */
  async assign(model: string, version: string, stage: string, context: { actor?: string; runId?: string; commit?: string }): Promise<{ tag?: string; changed: boolean }> {
    const target = (await this.versions(model)).find((v) => v.version === version);
    if (!target) throw new ConfigurationError(`Cannot assign stage ${stage}: ${model} ${version} is not registered in the ${this.store.label} registry.`);
    if ((await this.stageVersion(model, stage)) === version) return { changed: false };
    for (let attempt = 0; attempt < 10; attempt++) {
      const tag = assignTag(model, stage, await this.nextCounter(model));
      const message = `Assigning stage ${stage} to ${model} ${version}\n\nmlops-actions: ${JSON.stringify({ version, actor: context.actor, run: context.runId })}`;
      if (await this.store.createTag(tag, message, target.commit ?? context.commit ?? '')) return { tag, changed: true };
    }
    throw new Error(`could not assign ${stage} to ${model} ${version} after 10 attempts`);
  }
}
