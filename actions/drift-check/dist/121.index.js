export const id = 121;
export const ids = [121];
export const modules = {

/***/ 13121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubStore: () => (/* reexport */ GitHubStore),
  GitStore: () => (/* reexport */ GitStore),
  LocalStore: () => (/* reexport */ LocalStore),
  Registry: () => (/* reexport */ Registry),
  VersionTaken: () => (/* reexport */ VersionTaken),
  bump: () => (/* reexport */ bump),
  checkName: () => (/* reexport */ checkName),
  checkStage: () => (/* reexport */ checkStage),
  checkVersion: () => (/* reexport */ checkVersion),
  openRegistry: () => (/* reexport */ openRegistry),
  parseTag: () => (/* reexport */ parseTag),
  renderCard: () => (/* reexport */ renderCard)
});

// EXTERNAL MODULE: ./src/runtime/paths.ts
var paths = __webpack_require__(69704);
;// CONCATENATED MODULE: ./src/registry/card.ts
// The model card: what a version is, where it came from, and what it was trained on.

/**
 * A card read back from a store is data from that store: the file names it gives (its profile, its
 * predictions, its files) may not step out of the version's folder, whoever wrote the tag.
 */
function checkCardNames(card, tag, store) {
    const where = `the ${store} registry (a tampered model card: remove or deregister ${tag})`;
    if (card?.profile !== undefined)
        (0,paths/* checkStoreName */.NZ)(String(card.profile), `profile named by the model card of ${tag}`, where);
    if (card?.predictions !== undefined)
        (0,paths/* checkStoreName */.NZ)(String(card.predictions), `predictions named by the model card of ${tag}`, where);
    for (const file of Array.isArray(card?.files) ? card.files : [])
        (0,paths/* checkStoreName */.NZ)(String(file?.path), `file named by the model card of ${tag}`, where);
}
const escapeCell = (s) => s.replace(/[|<>`]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, '@\u200b');
function renderCard(card) {
    const lines = [
        `## ${escapeCell(card.name)} ${card.modelVersion}`,
        '',
        `Registered ${card.created}${card.actor ? ` by ${escapeCell(card.actor)}` : ''}${card.commit ? ` from commit ${card.commit.slice(0, 12)}` : ''}${card.runUrl ? ` ([run](${card.runUrl}))` : ''}.`,
        '',
    ];
    if (card.dataFingerprints.length)
        lines.push(`Training data: ${card.dataFingerprints.map((f) => `\`${f.slice(0, 16)}\``).join(', ')}`, '');
    if (Object.keys(card.metrics).length)
        lines.push('| metric | value |', '| --- | --- |', ...Object.entries(card.metrics).map(([k, v]) => `| ${escapeCell(k)} | ${v} |`), '');
    if (card.predictions)
        lines.push(`Evaluation predictions: \`${escapeCell(card.predictions)}\``, '');
    if (card.files.length)
        lines.push('| file | size | sha256 |', '| --- | --- | --- |', ...card.files.map((f) => `| ${escapeCell(f.path)} | ${f.size} | \`${f.sha256}\` |`), '');
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/github/git.ts
var git = __webpack_require__(16891);
;// CONCATENATED MODULE: ./src/registry/git-store.ts
// git:<path-or-url>: the same annotated tags in any git repository, through the git binary.
// A local repository is tagged in place; a URL is tagged in a temporary clone and pushed (a push of
// an existing tag is refused by the server: the atomic step). Files are not stored: the model card
// travels in the tag message.





const IDENTITY = ['-c', 'user.name=mlops-actions', '-c', 'user.email=mlops-actions@users.noreply.github.com'];
// git prints these separators itself (%00, %1e in for-each-ref): argv may not hold a NUL byte.
const FIELD = '\u0000';
const RECORD = '\u001e';
class GitStore {
    target;
    label;
    workdir;
    remote;
    constructor(target) {
        this.target = target;
        this.label = `git ${target}`;
        this.remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^[^/]+@[^:]+:/.test(target);
    }
    uri(model, version) {
        return `git:${this.target}#${model}@${version}`;
    }
    /** The repository to run git in: the target itself, or a bare clone of the remote. */
    async repo() {
        if (this.workdir)
            return this.workdir;
        if (!this.remote)
            return (this.workdir = this.target);
        const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mlops-registry-'));
        await (0,git/* git */.$Y)(dir, ['clone', '--bare', '--quiet', '--filter=blob:none', this.target, '.']);
        return (this.workdir = dir);
    }
    async listTags(model) {
        const repo = await this.repo();
        if (this.remote)
            await (0,git/* git */.$Y)(repo, ['fetch', '--quiet', '--force', 'origin', 'refs/tags/*:refs/tags/*']);
        const out = await (0,git/* git */.$Y)(repo, ['for-each-ref', 'refs/tags', '--format=%(refname:strip=2)%00%(objecttype)%00%(creatordate:iso-strict)%00%(*objectname)%00%(contents)%1e']);
        return out
            .split(RECORD)
            .map((r) => r.replace(/^\n/, '').split(FIELD))
            .filter(([name, type]) => type === 'tag' && name && (name.startsWith(`${model}@`) || name.startsWith(`${model}#`))) // only annotated tags count, as in GTO
            .map(([name, , created, commit, message]) => ({ name: name, created: created, commit: commit, message: (message ?? '').trimEnd() }));
    }
    async createTag(name, message, commit) {
        const repo = await this.repo();
        const target = commit && (await (0,git/* gitOk */.Tt)(repo, ['cat-file', '-e', `${commit}^{commit}`])) ? commit : await this.head(repo);
        if (!(await (0,git/* gitOk */.Tt)(repo, [...IDENTITY, 'tag', '-a', name, '-m', message, target])))
            return false;
        if (!this.remote)
            return true;
        if (await (0,git/* gitOk */.Tt)(repo, ['push', '--quiet', 'origin', `refs/tags/${name}`]))
            return true;
        await (0,git/* git */.$Y)(repo, ['tag', '-d', name]);
        return false;
    }
    /** HEAD, or the newest branch when HEAD names a branch that does not exist (a fresh bare repository). */
    async head(repo) {
        if (await (0,git/* gitOk */.Tt)(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))
            return 'HEAD';
        const newest = (await (0,git/* git */.$Y)(repo, ['for-each-ref', '--sort=-committerdate', '--count=1', '--format=%(objectname)', 'refs/heads'])).trim();
        if (!newest)
            throw new Error(`the repository ${this.target} has no commit to tag`);
        return newest;
    }
    async stage(_model, _version, _files, _card) {
        return { publish: async () => { }, discard: async () => { } };
    }
    async readFile(model, version, name) {
        (0,paths/* checkStoreName */.NZ)(name, `file of ${model} ${version}`, `the ${this.label} registry`);
        if (name !== 'model-card.json')
            return undefined;
        const tag = (await this.listTags(model)).find((t) => t.name === `${model}@${version}`);
        const card = tag && /\nmlops-actions: (\{.*\})\s*$/s.exec(tag.message)?.[1];
        return card ? Buffer.from(JSON.stringify(JSON.parse(card).card)) : undefined;
    }
}

// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/registry/github-store.ts
// github: versions and stages as annotated tags made through the REST API (tag object, then ref;
// creating an existing ref answers 422: the atomic step), files and model card as assets of a release
// that stays a draft until the version's tag exists, then is published.





const ASSET_LIMIT = 2 * 1024 ** 3; // GitHub's per-file limit for release assets
class GitHubStore {
    gh;
    repo;
    label;
    constructor(gh, repo) {
        this.gh = gh;
        this.repo = repo;
        this.label = `github ${repo.owner}/${repo.repo}`;
    }
    uri(model, version) {
        return `github://${this.repo.owner}/${this.repo.repo}/${model}@${version}`;
    }
    async listTags(model) {
        const refs = [];
        for (const prefix of [`tags/${model}@`, `tags/${model}#`]) {
            refs.push(...(await this.gh.rest.git.listMatchingRefs({ ...this.repo, ref: prefix })).data);
        }
        const records = [];
        for (const ref of refs) {
            if (ref.object.type !== 'tag')
                continue; // lightweight tags do not count, as in GTO
            const { data } = await this.gh.rest.git.getTag({ ...this.repo, tag_sha: ref.object.sha });
            records.push({ name: ref.ref.replace(/^refs\/tags\//, ''), message: data.message, created: data.tagger.date, commit: data.object.sha });
        }
        return records;
    }
    async createTag(name, message, commit) {
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
        }
        catch (error) {
            if ((0,repository/* statusOf */.c2)(error) === 422)
                return false;
            throw error;
        }
    }
    async stage(model, version, files, card) {
        for (const file of files) {
            if ((0,external_node_fs_.statSync)(file.path).size > ASSET_LIMIT)
                throw new errors/* ConfigurationError */.j(`Input 'path': ${file.name} is ${((0,external_node_fs_.statSync)(file.path).size / 1024 ** 3).toFixed(2)} GiB; GitHub release assets are limited to 2 GiB per file. Split the model or use the git: or local: registry with external storage.`);
        }
        const { data: release } = await this.gh.rest.repos.createRelease({ ...this.repo, tag_name: `${model}@${version}`, name: `${model} ${version}`, body: renderCard(card), draft: true, target_commitish: card.commit });
        const discard = async () => {
            await this.gh.rest.repos.deleteRelease({ ...this.repo, release_id: release.id }).catch(() => undefined);
        };
        try {
            const uploads = [...files.map((f) => ({ name: f.name.replace(/\//g, '__'), data: (0,external_node_fs_.readFileSync)(f.path) })), { name: 'model-card.json', data: Buffer.from(JSON.stringify(card, null, 2)) }];
            for (const upload of uploads) {
                await this.gh.rest.repos.uploadReleaseAsset({
                    ...this.repo,
                    release_id: release.id,
                    name: upload.name,
                    data: upload.data,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': upload.data.length },
                    url: release.upload_url,
                });
            }
            // Verify before anything becomes visible: every asset there, with its size.
            const assets = (await this.gh.rest.repos.listReleaseAssets({ ...this.repo, release_id: release.id, per_page: 100 })).data;
            for (const upload of uploads) {
                const asset = assets.find((a) => a.name === upload.name);
                if (!asset || asset.size !== upload.data.length)
                    throw new Error(`release asset ${upload.name} did not arrive whole (${asset?.size ?? 0} of ${upload.data.length} bytes)`);
            }
        }
        catch (error) {
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
    async readFile(model, version, name) {
        (0,paths/* checkStoreName */.NZ)(name, `release asset of ${model} ${version}`, `the ${this.label} registry`);
        try {
            const { data: release } = await this.gh.rest.repos.getReleaseByTag({ ...this.repo, tag: `${model}@${version}` });
            const asset = release.assets.find((a) => a.name === name);
            if (!asset)
                return undefined;
            const response = await this.gh.rest.repos.getReleaseAsset({ ...this.repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
            return Buffer.from(response.data);
        }
        catch (error) {
            if ((0,repository/* statusOf */.c2)(error) === 404)
                return undefined;
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/gto.ts
// GTO's tag grammar, so that existing GTO tooling reads what we write:
//   register name@vX.Y.Z · deregister name@vX.Y.Z!#N · assign name#stage#N · unassign name#stage!#N
//   deprecate name@deprecated#N. N is one counter per model. Names: [a-zA-Z0-9]([a-zA-Z0-9-/_]*[a-zA-Z0-9])?

const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
const VERSION = /^v(\d+)\.(\d+)\.(\d+)$/;
const STAGE = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-_]*[a-zA-Z0-9])?$/;
function checkName(name) {
    if (!NAME.test(name))
        throw new errors/* ConfigurationError */.j(`Input 'name': "${name}" is not a valid model name: use letters, digits, -, _ and /, starting and ending with a letter or digit.`);
}
function checkStage(stage) {
    if (!STAGE.test(stage))
        throw new errors/* ConfigurationError */.j(`Input 'stage': "${stage}" is not a valid stage name (letters, digits, - and _).`);
}
function checkVersion(version) {
    if (!VERSION.test(version))
        throw new errors/* ConfigurationError */.j(`Input 'version': "${version}" is not a version: use vMAJOR.MINOR.PATCH (e.g. v1.3.0) or auto.`);
}
const registerTag = (model, version) => `${model}@${version}`;
const assignTag = (model, stage, n) => `${model}#${stage}#${n}`;
function parseTag(tag) {
    let m = /^(.+)@(v\d+\.\d+\.\d+)$/.exec(tag);
    if (m && NAME.test(m[1]))
        return { kind: 'register', model: m[1], version: m[2] };
    m = /^(.+)@(v\d+\.\d+\.\d+)!#(\d+)$/.exec(tag);
    if (m && NAME.test(m[1]))
        return { kind: 'deregister', model: m[1], version: m[2], n: Number(m[3]) };
    m = /^(.+)@deprecated#(\d+)$/.exec(tag);
    if (m && NAME.test(m[1]))
        return { kind: 'deprecate', model: m[1], n: Number(m[2]) };
    m = /^(.+)#([^#!]+)(!?)#(\d+)$/.exec(tag);
    if (m && NAME.test(m[1]))
        return { kind: m[3] ? 'unassign' : 'assign', model: m[1], stage: m[2], n: Number(m[4]) };
    return undefined;
}
function compareVersions(a, b) {
    const [pa, pb] = [VERSION.exec(a).slice(1).map(Number), VERSION.exec(b).slice(1).map(Number)];
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return 0;
}
function bump(version, part) {
    if (!version)
        return part === 'major' ? 'v1.0.0' : part === 'minor' ? 'v0.1.0' : 'v0.0.1';
    const [major, minor, patch] = VERSION.exec(version).slice(1).map(Number);
    if (part === 'major')
        return `v${major + 1}.0.0`;
    if (part === 'minor')
        return `v${major}.${minor + 1}.0`;
    return `v${major}.${minor}.${patch + 1}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/registry/registry.ts
// Registry semantics over any store: versions and stages as GTO tags, idempotent per workflow run,
// race-safe (a tag is created atomically; the loser takes the next version), never half-made (files
// are staged first, the tag makes the version visible, publishing comes last).



/** Raised by a store when another writer already holds this version's storage. */
class VersionTaken extends Error {
}
const PAYLOAD = /\nmlops-actions: (\{.*\})\s*$/s;
function payload(message) {
    try {
        return JSON.parse(PAYLOAD.exec(message)?.[1] ?? '{}');
    }
    catch {
        return {};
    }
}
class Registry {
    store;
    constructor(store) {
        this.store = store;
    }
    async versions(model) {
        const tags = await this.store.listTags(model);
        const deregistered = new Set(tags.map((t) => parseTag(t.name)).filter((e) => e?.kind === 'deregister' && e.model === model).map((e) => e.version));
        return tags
            .map((t) => ({ tag: t, event: parseTag(t.name) }))
            .filter(({ event }) => event?.kind === 'register' && event.model === model && !deregistered.has(event.version))
            .map(({ tag, event }) => ({ version: event.version, tag: tag.name, card: this.card(tag), created: tag.created, commit: tag.commit }))
            .sort((a, b) => compareVersions(a.version, b.version));
    }
    /** The card a register tag carries, its file names checked (see checkCardNames). */
    card(tag) {
        const card = payload(tag.message).card;
        checkCardNames(card, tag.name, this.store.label);
        return card;
    }
    async latest(model) {
        return (await this.versions(model)).at(-1);
    }
    /** Every stage assignment and unassignment of the model, in counter order. */
    async stageHistory(model) {
        const tags = await this.store.listTags(model);
        return tags
            .map((t) => ({ t, e: parseTag(t.name) }))
            .filter(({ e }) => (e?.kind === 'assign' || e?.kind === 'unassign') && e.model === model)
            .map(({ t, e }) => {
            const info = payload(t.message);
            const ev = e;
            return { stage: ev.stage, action: ev.kind === 'assign' ? 'assigned' : 'unassigned', version: info.version, n: ev.n, at: t.created, by: info.actor };
        })
            .sort((a, b) => a.n - b.n);
    }
    /** The version a stage points at: its latest assignment, unless unassigned after. */
    async stageVersion(model, stage) {
        const last = (await this.stageHistory(model)).filter((e) => e.stage === stage).at(-1);
        return last?.action === 'assigned' ? last.version : undefined;
    }
    /** `name#stage`, `name@latest` or `name@vX.Y.Z` to a registered version. */
    async resolve(reference) {
        const m = /^(.+?)(?:#([^#]+)|@(latest|v\d+\.\d+\.\d+))$/.exec(reference);
        if (!m)
            throw new errors/* ConfigurationError */.j(`"${reference}" is not a model reference: use name#stage, name@latest or name@vX.Y.Z.`);
        const [, model, stage, at] = m;
        const versions = await this.versions(model);
        const version = stage ? await this.stageVersion(model, stage) : at === 'latest' ? versions.at(-1)?.version : at;
        const found = versions.find((v) => v.version === version);
        if (!found)
            throw new errors/* ConfigurationError */.j(`No version of ${model} ${stage ? `holds stage ${stage}` : `matches ${at}`} in the ${this.store.label} registry.`);
        return found;
    }
    async nextCounter(model) {
        const ns = (await this.store.listTags(model)).map((t) => parseTag(t.name)).filter((e) => e && e.model === model && 'n' in e).map((e) => e.n);
        return ns.length === 0 ? 1 : Math.max(...ns) + 1;
    }
    /**
     * Registers a new version. A re-run of the same workflow run gets the version it made before; two
     * concurrent runs get two versions; an explicit version that exists is an error.
     */
    async register(model, request) {
        const runId = request.card.runId;
        for (let attempt = 0; attempt < 10; attempt++) {
            const versions = await this.versions(model);
            const mine = runId ? versions.find((v) => v.card?.runId === runId) : undefined;
            if (mine)
                return { version: mine, alreadyRegistered: true };
            let version = request.version;
            if (version === 'auto')
                version = bump(versions.at(-1)?.version, request.bump);
            else if (versions.some((v) => v.version === version))
                throw new errors/* ConfigurationError */.j(`Input 'version': ${model} ${version} is already registered; choose another version or use auto.`);
            const card = { ...request.card, modelVersion: version };
            let staged;
            try {
                staged = await this.store.stage(model, version, request.files, card);
            }
            catch (error) {
                if (error instanceof VersionTaken && request.version === 'auto')
                    continue;
                throw error;
            }
            const tag = registerTag(model, version);
            const message = `Registering model ${model} version ${version}\n\nmlops-actions: ${JSON.stringify({ run: runId, card })}`;
            let created;
            try {
                created = await this.store.createTag(tag, message, request.commit);
            }
            catch (error) {
                await staged.discard();
                throw error;
            }
            if (!created) {
                await staged.discard();
                if (request.version !== 'auto')
                    throw new errors/* ConfigurationError */.j(`Input 'version': ${model} ${version} was registered by another run at the same moment.`);
                continue; // lost a race: take the next version
            }
            await staged.publish();
            return { version: { version, tag, card, created: new Date().toISOString(), commit: request.commit }, alreadyRegistered: false, url: staged.url };
        }
        throw new Error(`could not register ${model} after 10 attempts: too many concurrent registrations`);
    }
    /** Points a stage at a version (GTO assign tag, next counter); a no-op when it already points there. */
    async assign(model, version, stage, context) {
        const target = (await this.versions(model)).find((v) => v.version === version);
        if (!target)
            throw new errors/* ConfigurationError */.j(`Cannot assign stage ${stage}: ${model} ${version} is not registered in the ${this.store.label} registry.`);
        if ((await this.stageVersion(model, stage)) === version)
            return { changed: false };
        for (let attempt = 0; attempt < 10; attempt++) {
            const tag = assignTag(model, stage, await this.nextCounter(model));
            const message = `Assigning stage ${stage} to ${model} ${version}\n\nmlops-actions: ${JSON.stringify({ version, actor: context.actor, run: context.runId })}`;
            if (await this.store.createTag(tag, message, target.commit ?? context.commit ?? ''))
                return { tag, changed: true };
        }
        throw new Error(`could not assign ${stage} to ${model} ${version} after 10 attempts`);
    }
}

;// CONCATENATED MODULE: ./src/registry/local-store.ts
// local:<dir>: tags as files created with O_EXCL, a version's files claimed by one atomic rename.
// The folder is the author's; what is in it is data: every path below it goes through resolveInside,
// so a model card's file name or a symbolic link planted in the registry cannot lead outside.





class LocalStore {
    dir;
    label;
    constructor(dir) {
        this.dir = dir;
        this.label = `local ${dir}`;
        for (const folder of ['tags', '.staging'])
            (0,external_node_fs_.mkdirSync)(this.inside(folder, 'registry folder'), { recursive: true });
    }
    uri(model, version) {
        return `local:${this.dir}/${model}@${version}`;
    }
    async listTags(model) {
        return (0,external_node_fs_.readdirSync)(this.inside('tags', 'registry folder'))
            .filter((file) => [`${model}@`, `${model}#`].some((prefix) => decodeURIComponent(file).startsWith(prefix)))
            .map((file) => JSON.parse((0,external_node_fs_.readFileSync)(this.inside(`tags/${file}`, 'registry tag file'), 'utf8')));
    }
    async createTag(name, message, commit) {
        const record = { name, message, created: new Date().toISOString(), commit };
        // Written whole to a private file, then linked into place: link() fails if the tag exists (the
        // atomic step), and a reader never sees a half-written tag.
        const temp = this.inside(`.staging/${(0,external_node_crypto_.randomUUID)()}.json`, 'staging file');
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(record));
        try {
            (0,external_node_fs_.linkSync)(temp, this.tagFile(name));
            return true;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw error;
        }
        finally {
            (0,external_node_fs_.rmSync)(temp, { force: true });
        }
    }
    async stage(model, version, files, card) {
        const final = this.versionDir(model, version);
        const staging = this.inside(`.staging/${(0,external_node_crypto_.randomUUID)()}`, 'staging folder');
        (0,external_node_fs_.mkdirSync)(staging, { recursive: true });
        for (const file of files) {
            const into = (0,paths/* resolveInside */.LI)(staging, file.name, 'model file');
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(into), { recursive: true });
            (0,external_node_fs_.copyFileSync)(file.path, into);
        }
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(staging, 'model-card.json'), JSON.stringify(card, null, 2));
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(final), { recursive: true });
        try {
            (0,external_node_fs_.renameSync)(staging, final); // fails when another writer already renamed into this version
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            if (['EEXIST', 'ENOTEMPTY', 'EISDIR'].includes(error.code ?? ''))
                throw new VersionTaken(version);
            throw error;
        }
        return { url: final, publish: async () => { }, discard: async () => (0,external_node_fs_.rmSync)(final, { recursive: true, force: true }) };
    }
    async readFile(model, version, name) {
        const file = (0,paths/* resolveInside */.LI)(this.versionDir(model, version), name, `file of ${model} ${version}`);
        try {
            return (0,external_node_fs_.readFileSync)(file);
        }
        catch {
            return undefined;
        }
    }
    inside(name, what) {
        return (0,paths/* resolveInside */.LI)(this.dir, name, what);
    }
    tagFile(name) {
        return this.inside(`tags/${encodeURIComponent(name)}.json`, 'registry tag file');
    }
    versionDir(model, version) {
        return this.inside(`models/${model}/${version}`, 'model version folder');
    }
}

// EXTERNAL MODULE: ./src/github/index.ts + 5 modules
var github = __webpack_require__(21670);
;// CONCATENATED MODULE: ./src/registry/open.ts







/** `github`, `local:<dir>` or `git:<path-or-url>` (paths relative to the workspace, or absolute). */
function openRegistry(spec, io, token, inputName = 'registry') {
    if (spec === 'github')
        return new Registry(new GitHubStore((0,github.createGitHub)(token, io), (0,github/* currentRepo */.Uc)(io.env)));
    if (spec.startsWith('local:'))
        return new Registry(new LocalStore((0,paths/* resolveInputPath */.qL)(io.workspace, spec.slice('local:'.length) || '.')));
    if (spec.startsWith('git:')) {
        const target = spec.slice('git:'.length);
        const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^[^/]+@[^:]+:/.test(target);
        return new Registry(new GitStore(remote ? target : (0,paths/* resolveInputPath */.qL)(io.workspace, target || '.')));
    }
    throw new errors/* ConfigurationError */.j(`Input '${inputName}' must be github, local:<dir> or git:<path-or-url>, got ${JSON.stringify(spec)}.`);
}

;// CONCATENATED MODULE: ./src/registry/index.ts









/***/ })

};
