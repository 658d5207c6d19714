// A stable and a canary "model server" behind a router that weights and mirrors requests, with a
// Prometheus exporter and a traffic generator: the serving stack a roll-out drives, small enough for the
// demo and tests. The router's webhook (POST /weight) takes {"weight", "mirror"}: weight is the
// canary's share of user requests; mirror the share of requests also copied to the canary, whose
// answers are discarded (the shadow phase). The router counts what it routed, so a test can prove that
// no user request reached the canary during shadow. It serves the versions each webhook call names
// (`stable_version`, `canary_version`), so one stack follows a repository's successive roll-outs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from './local-server.js';

export interface Behaviour {
  errorRate: number;
  latencyMs: number;
  /** Share of answered user requests that convert (the A/B metric). */
  conversionRate: number;
}

type Side = 'stable' | 'canary';

interface ModelCounters {
  /** Requests by HTTP code, user-served and mirrored alike (what the model's own metrics see). */
  codes: Map<string, number>;
  latencySum: number;
  latencyCount: number;
  /** User sessions (served, not mirrored) and their conversions. */
  sessions: number;
  conversions: number;
}

const healthy = (): Behaviour => ({ errorRate: 0, latencyMs: 20, conversionRate: 0.1 });

export class ServingStack extends LocalServer {
  weight = 0;
  mirror = 0;
  /** Every traffic change the webhook received. */
  readonly applied: { weight: number; mirror: number }[] = [];
  readonly behaviour: Record<Side, Behaviour> = { stable: healthy(), canary: healthy() };
  /** User requests the router answered from each side, and requests it copied to the canary. */
  readonly routed = { stable: 0, canary: 0, mirrored: 0 };
  /** Headers the webhook requires (its authentication); a request without them gets 401. */
  requiredHeaders: Record<string, string> = {};
  private readonly models = new Map<string, ModelCounters>();
  private load: NodeJS.Timeout | undefined;
  private seed = 1;

  constructor(readonly versions: Record<Side, string>) {
    super();
  }

  /** Back to a healthy pair at weight 0 with no mirror, counters of the router at zero. */
  reset(): void {
    Object.assign(this, { weight: 0, mirror: 0, requiredHeaders: {} });
    this.applied.length = 0;
    Object.assign(this.routed, { stable: 0, canary: 0, mirrored: 0 });
    this.behaviour.stable = healthy();
    this.behaviour.canary = healthy();
  }

  private random(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return this.seed / 4294967296;
  }

  private counters(version: string): ModelCounters {
    let c = this.models.get(version);
    if (!c) this.models.set(version, (c = { codes: new Map(), latencySum: 0, latencyCount: 0, sessions: 0, conversions: 0 }));
    return c;
  }

  /** One request through one model: its latency, then its answer code, counted under its version. */
  private infer(side: Side, user: boolean): Promise<number> {
    const { errorRate, latencyMs, conversionRate } = this.behaviour[side];
    const c = this.counters(this.versions[side]);
    const latency = latencyMs * (0.8 + 0.4 * this.random());
    return new Promise((resolve) =>
      setTimeout(() => {
        const code = this.random() < errorRate ? 500 : 200;
        c.codes.set(String(code), (c.codes.get(String(code)) ?? 0) + 1);
        c.latencySum += latency / 1000;
        c.latencyCount++;
        if (user) {
          c.sessions++;
          if (code === 200 && this.random() < conversionRate) c.conversions++;
        }
        resolve(code);
      }, latency),
    );
  }

  private async route(res: ServerResponse): Promise<void> {
    const side: Side = this.random() * 100 < this.weight ? 'canary' : 'stable';
    this.routed[side]++;
    if (side === 'stable' && this.mirror > 0 && this.random() * 100 < this.mirror) {
      this.routed.mirrored++;
      void this.infer('canary', false); // the copy's answer is discarded
    }
    const code = await this.infer(side, true);
    res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify({ version: this.versions[side], prediction: 1 }));
  }

  private webhook(req: IncomingMessage, res: ServerResponse, body: string): void {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    if (Object.entries(this.requiredHeaders).some(([name, value]) => req.headers[name.toLowerCase()] !== value)) return void res.writeHead(401).end('unauthorized');
    const { weight, mirror, stable_version: stable, canary_version: canary } = JSON.parse(body) as { weight: number; mirror?: number; stable_version?: string | null; canary_version?: string };
    // The router serves the versions the roll-out names (none is stable in an initial roll-out).
    if (typeof canary === 'string') this.versions.canary = canary;
    if (typeof stable === 'string') this.versions.stable = stable;
    Object.assign(this, { weight, mirror: mirror ?? 0 });
    this.applied.push({ weight, mirror: mirror ?? 0 });
    res.writeHead(204).end();
  }

  protected handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/weight') this.webhook(req, res, Buffer.concat(chunks).toString());
      else if (req.url === '/metrics') res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(this.exposition());
      else if (req.url === '/predict') void this.route(res);
      else res.writeHead(404).end();
    });
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

  override async stop(): Promise<void> {
    this.stopTraffic();
    await super.stop();
  }

  /** Totals per version: requests, server errors, summed latency (seconds). */
  totals(): Map<string, { requests: number; errors: number; latency: number }> {
    const out = new Map<string, { requests: number; errors: number; latency: number }>();
    for (const [version, c] of this.models) {
      const requests = [...c.codes.values()].reduce((a, b) => a + b, 0);
      out.set(version, { requests, errors: c.codes.get('500') ?? 0, latency: c.latencySum });
    }
    return out;
  }

  private exposition(): string {
    const lines = ['# TYPE model_requests_total counter'];
    for (const [version, c] of this.models) for (const [code, n] of c.codes) lines.push(`model_requests_total{model="churn",version="${version}",code="${code}"} ${n}`);
    lines.push('# TYPE model_request_duration_seconds summary');
    for (const [version, c] of this.models) lines.push(`model_request_duration_seconds_sum{model="churn",version="${version}"} ${c.latencySum}`, `model_request_duration_seconds_count{model="churn",version="${version}"} ${c.latencyCount}`);
    for (const family of ['sessions', 'conversions'] as const) {
      lines.push(`# TYPE model_${family}_total counter`);
      for (const [version, c] of this.models) lines.push(`model_${family}_total{model="churn",version="${version}"} ${c[family]}`);
    }
    lines.push('# TYPE router_requests_total counter');
    for (const [route, n] of Object.entries(this.routed)) lines.push(`router_requests_total{route="${route}"} ${n}`);
    return `${lines.join('\n')}\n`;
  }
}
