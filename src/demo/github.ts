// The demo's stand-in for the GitHub REST API, so that the actions' own GitHub code runs with nothing
// installed and nothing sent anywhere: just the endpoints the demo's actions call. train-gate's sticky
// comment (list, create, edit the comments of an issue; GET /user answers 404, so the comment is the
// Actions bot's, as with a workflow token) and drift-check's dispatch (the workflow, the default branch,
// the workflow's runs for the cooldown, its file for the inputs it declares, the dispatch). It keeps what
// it was sent, for the demo to print. The tests run against test/fakes/github-server.ts, which checks
// every request against GitHub's OpenAPI description.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from './local-server.js';

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

interface Comment {
  id: number;
  issue: number;
  body: string;
}

export interface Dispatch {
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
}

export class DemoGitHub extends LocalServer {
  readonly comments: Comment[] = [];
  readonly dispatches: Dispatch[] = [];
  private readonly runs: { id: number; workflow: string; created_at: string }[] = [];
  private nextId = 1;

  /** `workflows`: file name to the workflow's YAML, for the dispatch to read the inputs it declares. */
  constructor(
    readonly repository: string,
    private readonly workflows: Record<string, string>,
  ) {
    super();
  }

  protected handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const [status, body] = this.answer(req, chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  }

  private comment(c: Comment): object {
    return { id: c.id, body: c.body, user: BOT, html_url: `${this.url}/${this.repository}/pull/${c.issue}#issuecomment-${c.id}` };
  }

  private answer(req: IncomingMessage, body: Record<string, unknown>): [number, unknown] {
    const url = new URL(req.url ?? '/', this.url);
    const route = `${req.method} ${decodeURIComponent(url.pathname).replace(`/repos/${this.repository}`, '/repo')}`;
    let m: RegExpExecArray | null;
    if ((m = /^GET \/repo\/issues\/(\d+)\/comments$/.exec(route))) return [200, this.comments.filter((c) => c.issue === Number(m![1])).map((c) => this.comment(c))];
    if ((m = /^POST \/repo\/issues\/(\d+)\/comments$/.exec(route))) {
      const c = { id: this.nextId++, issue: Number(m[1]), body: String(body.body) };
      this.comments.push(c);
      return [201, this.comment(c)];
    }
    if ((m = /^PATCH \/repo\/issues\/comments\/(\d+)$/.exec(route))) {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return [404, { message: 'Not Found' }];
      c.body = String(body.body);
      return [200, this.comment(c)];
    }
    if (route === 'GET /repo') return [200, { full_name: this.repository, default_branch: 'main' }];
    const workflow = /^\S+ \/repo\/actions\/workflows\/([^/]+)/.exec(route)?.[1];
    if (workflow !== undefined && !(workflow in this.workflows)) return [404, { message: 'Not Found' }];
    if (/^GET \/repo\/actions\/workflows\/[^/]+$/.test(route)) return [200, { id: workflow, name: workflow!.replace(/\.ya?ml$/, ''), path: `.github/workflows/${workflow}`, state: 'active' }];
    if (/^GET \/repo\/actions\/workflows\/[^/]+\/runs$/.test(route)) {
      const runs = this.runs.filter((r) => r.workflow === workflow).map((r) => ({ ...r, status: 'queued', html_url: `${this.url}/${this.repository}/actions/runs/${r.id}` }));
      return [200, { total_count: runs.length, workflow_runs: runs }];
    }
    if (/^POST \/repo\/actions\/workflows\/[^/]+\/dispatches$/.test(route)) {
      this.dispatches.push({ workflow: workflow!, ref: String(body.ref), inputs: (body.inputs ?? {}) as Record<string, string> });
      const run = { id: this.nextId++, workflow: workflow!, created_at: new Date().toISOString() };
      this.runs.push(run);
      return [200, { workflow_run_id: run.id, run_url: `${this.url}/repos/${this.repository}/actions/runs/${run.id}`, html_url: `${this.url}/${this.repository}/actions/runs/${run.id}` }];
    }
    const file = /^GET \/repo\/contents\/\.github\/workflows\/([^/]+)$/.exec(route)?.[1];
    if (file !== undefined && file in this.workflows) return [200, { type: 'file', encoding: 'base64', path: `.github/workflows/${file}`, content: Buffer.from(this.workflows[file]!).toString('base64') }];
    return [404, { message: 'Not Found' }];
  }
}
