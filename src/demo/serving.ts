// A stable and a canary "model server" behind a weighting router, with a Prometheus exporter and a
// traffic generator: the serving stack a canary roll-out drives, small enough for the demo and tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Behaviour {
  errorRate: number;
  latencyMs: number;
}

export class ServingStack {
  weight = 0;
  readonly weights: number[] = [];
  readonly behaviour: Record<'stable' | 'canary', Behaviour> = { stable: { errorRate: 0, latencyMs: 20 }, canary: { errorRate: 0, latencyMs: 20 } };
  private readonly counts = new Map<string, number>();
  private readonly latency = new Map<string, { sum: number; count: number }>();
  private server: Server | undefined;
  private load: NodeJS.Timeout | undefined;
  private seed = 1;
  url = '';

  constructor(readonly versions: { stable: string; canary: string }) {}

  private random(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return this.seed / 4294967296;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/weight' && req.method === 'POST') {
          this.weight = JSON.parse(Buffer.concat(chunks).toString()).weight;
          this.weights.push(this.weight);
          res.writeHead(204).end();
        } else if (req.url === '/metrics') {
          res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(this.exposition());
        } else if (req.url === '/predict') {
          const side = this.random() * 100 < this.weight ? 'canary' : 'stable';
          const { errorRate, latencyMs } = this.behaviour[side];
          const version = this.versions[side];
          const latency = latencyMs * (0.8 + 0.4 * this.random());
          setTimeout(() => {
            const code = this.random() < errorRate ? 500 : 200;
            const key = `${version}|${code}`;
            this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
            const l = this.latency.get(version) ?? { sum: 0, count: 0 };
            l.sum += latency / 1000;
            l.count++;
            this.latency.set(version, l);
            res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify({ version, prediction: 1 }));
          }, latency);
        } else res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Real requests through the router, `perSecond` of them. */
  startTraffic(perSecond = 40): void {
    this.stopTraffic();
    this.load = setInterval(() => void fetch(`${this.url}/predict`, { method: 'POST', body: '{}' }).catch(() => undefined), 1000 / perSecond);
  }

  stopTraffic(): void {
    if (this.load) clearInterval(this.load);
    this.load = undefined;
  }

  async stop(): Promise<void> {
    this.stopTraffic();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Totals per version: requests, server errors, summed latency (seconds). */
  totals(): Map<string, { requests: number; errors: number; latency: number }> {
    const out = new Map<string, { requests: number; errors: number; latency: number }>();
    for (const [key, n] of this.counts) {
      const [version, code] = key.split('|') as [string, string];
      const t = out.get(version) ?? { requests: 0, errors: 0, latency: 0 };
      t.requests += n;
      if (code === '500') t.errors += n;
      t.latency = this.latency.get(version)?.sum ?? 0;
      out.set(version, t);
    }
    return out;
  }

  private exposition(): string {
    const lines = ['# TYPE model_requests_total counter'];
    for (const [key, n] of this.counts) {
      const [version, code] = key.split('|');
      lines.push(`model_requests_total{model="churn",version="${version}",code="${code}"} ${n}`);
    }
    lines.push('# TYPE model_request_duration_seconds summary');
    for (const [version, l] of this.latency) {
      lines.push(`model_request_duration_seconds_sum{model="churn",version="${version}"} ${l.sum}`, `model_request_duration_seconds_count{model="churn",version="${version}"} ${l.count}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
