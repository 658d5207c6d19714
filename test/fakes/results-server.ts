// A local stand-in for the Actions results service that the runner exposes as ACTIONS_RESULTS_URL:
// the Twirp JSON endpoints of ArtifactService and CacheService, and an Azure-style block-blob store
// behind the signed URLs they hand out. The real @actions/artifact and @actions/cache talk to it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LocalServer } from '../../src/demo/local-server.js';

const TWIRP = '/twirp/github.actions.results.api.v1.';

export interface Artifact { id: number; runId: string; jobId: string; name: string; size: number; digest?: string; blob: string; created: string; finalized: boolean }
interface CacheEntry { id: number; key: string; version: string; blob: string; size: number; finalized: boolean; created: number }

/** The runner's ACTIONS_RUNTIME_TOKEN: a JWT whose scp claim names the run and job (decoded, not verified, by the toolkit). */
export function runtimeToken(runId: string, jobId: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}`, exp: 4102444800 })}.`;
}

export class FakeResultsService extends LocalServer {
  readonly artifacts: Artifact[] = [];
  readonly caches: CacheEntry[] = [];
  readonly blobs = new Map<string, Buffer>();
  readonly requests: string[] = [];
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private nextId = 1;


  /** A signed URL for a stored blob (the GitHub fake redirects artifact downloads here). */
  blobUrl(blob: string): string {
    return this.signed(blob);
  }

  private signed(blob: string): string {
    return `${this.url}/blob/${blob}?sig=${randomUUID()}&se=2099-01-01`;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.searchParams.has('comp') ? `?comp=${url.searchParams.get('comp')}` : ''}`);
    if (url.pathname.startsWith('/blob/')) return this.blob(req, res, url, body);
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
      const scope = this.scope(req);
      if (!scope) return this.json(res, 401, { code: 'unauthenticated', msg: 'missing or invalid ACTIONS_RUNTIME_TOKEN' });
      const [service, method] = url.pathname.slice(TWIRP.length).split('/') as [string, string];
      const input = JSON.parse(body.toString('utf8') || '{}');
      const handler = this.twirp[`${service}/${method}`];
      if (!handler) return this.json(res, 404, { code: 'bad_route', msg: `no handler for ${service}/${method}` });
      const [status, output] = handler.call(this, input, scope);
      return this.json(res, status, output);
    }
    this.json(res, 404, { code: 'bad_route', msg: `no route for ${req.method} ${url.pathname}` });
  }

  /** The run and job the bearer token is for, from its scp claim. */
  private scope(req: IncomingMessage): { runId: string; jobId: string } | undefined {
    const token = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    try {
      const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
      const results = String(claims.scp ?? '').split(' ').find((s: string) => s.startsWith('Actions.Results:'));
      const [, runId, jobId] = results?.split(':') ?? [];
      return runId && jobId ? { runId, jobId } : undefined;
    } catch {
      return undefined;
    }
  }

  private json(res: ServerResponse, status: number, value: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  }

  /** Azure block-blob semantics: Put Block, Put Block List, Put Blob, Get Blob. */
  private blob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const key = url.pathname.slice('/blob/'.length);
    const azureHeaders = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-11-04', etag: `"0x${Date.now().toString(16)}"`, 'last-modified': new Date().toUTCString() };
    const comp = url.searchParams.get('comp');
    if (req.method === 'PUT' && comp === 'block') {
      const blocks = this.blocks.get(key) ?? new Map<string, Buffer>();
      blocks.set(url.searchParams.get('blockid')!, body);
      this.blocks.set(key, blocks);
      res.writeHead(201, azureHeaders);
      return void res.end();
    }
    if (req.method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]!);
      const staged = this.blocks.get(key) ?? new Map();
      const missing = ids.filter((id) => !staged.has(id));
      if (missing.length > 0) {
        res.writeHead(400, azureHeaders);
        return void res.end(`InvalidBlockList: ${missing.join(',')}`);
      }
      this.blobs.set(key, Buffer.concat(ids.map((id) => staged.get(id)!)));
      this.blocks.delete(key);
      res.writeHead(201, azureHeaders);
      return void res.end();
    }
    if (req.method === 'PUT') {
      this.blobs.set(key, body);
      res.writeHead(201, azureHeaders);
      return void res.end();
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const data = this.blobs.get(key);
      if (!data) {
        res.writeHead(404, azureHeaders);
        return void res.end();
      }
      const type = key.endsWith('.zip') ? 'application/zip' : 'application/octet-stream';
      res.writeHead(200, { ...azureHeaders, 'content-type': type, 'content-length': String(data.length), 'x-ms-blob-type': 'BlockBlob' });
      return void res.end(req.method === 'GET' ? data : undefined);
    }
    res.writeHead(405, azureHeaders);
    res.end();
  }

  private readonly twirp: Record<string, (this: FakeResultsService, input: any, scope: { runId: string; jobId: string }) => [number, unknown]> = {
    'ArtifactService/CreateArtifact'(input, scope) {
      if (input.workflow_run_backend_id !== scope.runId || input.workflow_job_run_backend_id !== scope.jobId) {
        return [403, { code: 'permission_denied', msg: 'backend ids do not match the token' }];
      }
      if (this.artifacts.some((a) => a.runId === scope.runId && a.name === input.name)) {
        return [409, { code: 'already_exists', msg: `an artifact named ${input.name} already exists in this run` }];
      }
      const blob = `artifacts/${scope.runId}/${randomUUID()}/${input.name}.zip`;
      this.artifacts.push({ id: this.nextId++, runId: scope.runId, jobId: scope.jobId, name: input.name, size: 0, blob, created: new Date().toISOString(), finalized: false });
      return [200, { ok: true, signed_upload_url: this.signed(blob) }];
    },
    'ArtifactService/FinalizeArtifact'(input, scope) {
      const artifact = this.artifacts.find((a) => a.runId === scope.runId && a.name === input.name && !a.finalized);
      if (!artifact) return [404, { code: 'not_found', msg: `no artifact ${input.name} being uploaded` }];
      if (!this.blobs.has(artifact.blob)) return [400, { code: 'failed_precondition', msg: 'nothing was uploaded' }];
      Object.assign(artifact, { size: Number(input.size), digest: input.hash, finalized: true });
      return [200, { ok: true, artifact_id: String(artifact.id) }];
    },
    'ArtifactService/ListArtifacts'(input, scope) {
      const found = this.artifacts.filter(
        (a) => a.finalized && a.runId === scope.runId && (!input.name_filter || a.name === input.name_filter) && (!input.id_filter || a.id === Number(input.id_filter)),
      );
      return [200, {
        artifacts: found.map((a) => ({
          workflow_run_backend_id: a.runId, workflow_job_run_backend_id: a.jobId, database_id: String(a.id), name: a.name,
          size: String(a.size), created_at: a.created, ...(a.digest ? { digest: a.digest } : {}),
        })),
      }];
    },
    'ArtifactService/GetSignedArtifactURL'(input, scope) {
      const artifact = this.artifacts.find((a) => a.finalized && a.runId === scope.runId && a.name === input.name);
      return artifact ? [200, { signed_url: this.signed(artifact.blob) }] : [404, { code: 'not_found', msg: `no artifact ${input.name}` }];
    },
    'ArtifactService/DeleteArtifact'(input, scope) {
      const i = this.artifacts.findIndex((a) => a.runId === scope.runId && a.name === input.name);
      if (i < 0) return [404, { code: 'not_found', msg: `no artifact ${input.name}` }];
      const [removed] = this.artifacts.splice(i, 1);
      this.blobs.delete(removed!.blob);
      return [200, { ok: true, artifact_id: String(removed!.id) }];
    },
    'CacheService/CreateCacheEntry'(input) {
      if (this.caches.some((c) => c.key === input.key && c.version === input.version)) {
        return [409, { code: 'already_exists', msg: 'cache entry with the same key and version already exists' }];
      }
      const blob = `caches/${randomUUID()}`;
      this.caches.push({ id: this.nextId++, key: input.key, version: input.version, blob, size: 0, finalized: false, created: Date.now() });
      return [200, { ok: true, signed_upload_url: this.signed(blob) }];
    },
    'CacheService/FinalizeCacheEntryUpload'(input) {
      const entry = this.caches.find((c) => c.key === input.key && c.version === input.version && !c.finalized);
      if (!entry || !this.blobs.has(entry.blob)) return [404, { code: 'not_found', msg: 'no cache entry being uploaded' }];
      Object.assign(entry, { size: Number(input.size_bytes), finalized: true });
      return [200, { ok: true, entry_id: String(entry.id) }];
    },
    'CacheService/GetCacheEntryDownloadURL'(input) {
      // The primary key must match exactly; restore keys match by prefix, newest first, as on GitHub.
      const candidates = this.caches.filter((c) => c.finalized && c.version === input.version).sort((a, b) => b.created - a.created);
      const exact = candidates.find((c) => c.key === input.key);
      const byPrefix = exact ?? (input.restore_keys ?? []).map((k: string) => candidates.find((c) => c.key.startsWith(k))).find(Boolean);
      if (!byPrefix) return [200, { ok: false }];
      return [200, { ok: true, signed_download_url: this.signed(byPrefix.blob), matched_key: byPrefix.key }];
    },
  };
}
