// The demo's stand-in for Prometheus, so that a new user needs nothing installed: it records two
// series per version every second from the serving stack and answers /api/v1/query_range for
// `demo:error_rate{version="…"}` and `demo:latency_seconds{version="…"}` (and /api/v1/query for their
// latest values). The tests use the real server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from './local-server.js';
import type { ServingStack } from './serving.js';

interface Sample {
  t: number;
  version: string;
  errorRate: number;
  latency: number;
}

export class DemoMetricsApi extends LocalServer {
  private readonly samples: Sample[] = [];
  private previous = new Map<string, { requests: number; errors: number; latency: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly stack: ServingStack) {
    super();
  }

  override async start(): Promise<this> {
    this.timer = setInterval(() => this.record(), 1000);
    return super.start();
  }

  protected handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^(demo:error_rate|demo:latency_seconds)\{version="([^"]+)"\}$/.exec(url.searchParams.get('query') ?? '');
    if (url.pathname === '/api/v1/query' && match) {
      // An instant query (deploy-canary checks every query before it moves traffic): the latest sample.
      const latest = this.samples.filter((s) => s.version === match[2]).at(-1);
      const result = latest ? [{ metric: { version: match[2] }, value: [latest.t, String(match[1] === 'demo:error_rate' ? latest.errorRate : latest.latency)] }] : [];
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
      return;
    }
    if (url.pathname !== '/api/v1/query_range' || !match) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'the demo answers demo:error_rate and demo:latency_seconds by version only' }));
      return;
    }
    const [start, end] = [Number(url.searchParams.get('start')), Number(url.searchParams.get('end'))];
    const values = this.samples
      .filter((s) => s.version === match[2] && s.t >= start && s.t <= end)
      .map((s) => [s.t, String(match[1] === 'demo:error_rate' ? s.errorRate : s.latency)]);
    const result = values.length ? [{ metric: { version: match[2] }, values }] : [];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }));
  }

  override async stop(): Promise<void> {
    clearInterval(this.timer);
    await super.stop();
  }

  private record(): void {
    const now = Date.now() / 1000;
    const totals = this.stack.totals();
    for (const [version, t] of totals) {
      const before = this.previous.get(version) ?? { requests: 0, errors: 0, latency: 0 };
      const requests = t.requests - before.requests;
      if (requests > 0) this.samples.push({ t: now, version, errorRate: (t.errors - before.errors) / requests, latency: (t.latency - before.latency) / requests });
    }
    this.previous = new Map([...totals].map(([v, t]) => [v, { ...t }]));
  }
}
