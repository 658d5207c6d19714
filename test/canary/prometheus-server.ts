// The real Prometheus server from Debian's package, on a loopback port, scraping one target every second,
// optionally behind basic authentication.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROMETHEUS = '/usr/bin/prometheus';

export function prometheusAvailable(): boolean {
  return spawnSync(PROMETHEUS, ['--version']).status === 0;
}

/** A loopback port nothing listens on (just now). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Basic authentication for the server (Prometheus' --web.config.file): user admin, password test. The hash
 * is the bcrypt of "test" from Prometheus' own guide ("Securing Prometheus API and UI endpoints using
 * basic auth"); Debian here has no bcrypt tool to make another.
 */
export const BASIC_AUTH = { user: 'admin', password: 'test', hash: '$2b$12$hNf2lSsxfm0.i4a.1kVpSOVyBCfIB51VRjgBUyv6kdnyTlgWj81Ay' };
export const BASIC_AUTH_HEADER = `Authorization: Basic ${Buffer.from(`${BASIC_AUTH.user}:${BASIC_AUTH.password}`).toString('base64')}`;

export class PrometheusServer {
  private process: ChildProcess | undefined;
  url = '';

  async start(target: string, options: { basicAuth?: boolean } = {}): Promise<this> {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlops-prometheus-'));
    const config = path.join(dir, 'prometheus.yml');
    writeFileSync(config, `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: models\n    static_configs:\n      - targets: ['${target.replace(/^https?:\/\//, '')}']\n`);
    const web = path.join(dir, 'web.yml');
    writeFileSync(web, options.basicAuth ? `basic_auth_users:\n  ${BASIC_AUTH.user}: ${BASIC_AUTH.hash}\n` : '');
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.process = spawn(PROMETHEUS, [`--config.file=${config}`, `--web.config.file=${web}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], { stdio: 'ignore' });
    const headers = options.basicAuth ? { authorization: BASIC_AUTH_HEADER.slice('Authorization: '.length) } : undefined;
    for (let i = 0; i < 100; i++) {
      const ready = await fetch(`${this.url}/-/ready`, { headers }).then((r) => r.ok, () => false);
      if (ready) return this;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Prometheus did not become ready in 10 s');
  }

  async stop(): Promise<void> {
    this.process?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
  }
}
