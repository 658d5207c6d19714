// The real Pushgateway from Debian's prometheus-pushgateway package, on a loopback port, metrics in memory.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from '../canary/prometheus-server.js';

export const PUSHGATEWAY = '/usr/bin/prometheus-pushgateway';

export function pushgatewayAvailable(): boolean {
  return spawnSync(PUSHGATEWAY, ['--version']).status === 0;
}

export class PushgatewayServer {
  private process: ChildProcess | undefined;
  url = '';

  async start(): Promise<this> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.process = spawn(PUSHGATEWAY, [`--web.listen-address=127.0.0.1:${port}`, '--persistence.file=', '--log.level=warn'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${this.url}/-/ready`).then((r) => r.ok, () => false)) return this;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the Pushgateway did not become ready in 10 s');
  }

  /**
   * The samples it serves at /metrics of one group (`labels` it must carry): a function from a metric's
   * name and its other labels to its value, undefined when there is no such sample.
   */
  async values(group: Record<string, string>): Promise<(name: string, labels?: Record<string, string>) => number | undefined> {
    const text = await (await fetch(`${this.url}/metrics`)).text();
    const samples = [...text.matchAll(/^(\w+)\{([^}]*)\} (\S+)$/gm)].map(([, name, labels, value]) => ({
      name: name!,
      labels: Object.fromEntries([...labels!.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k!, v!])),
      value: Number(value),
    }));
    return (name, labels = {}) => {
      const wanted = { ...group, ...labels };
      const found = samples.find((s) => s.name === name && Object.keys(s.labels).length === Object.keys(wanted).length && Object.entries(wanted).every(([k, v]) => s.labels[k] === v));
      return found?.value;
    };
  }

  async stop(): Promise<void> {
    this.process?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
  }
}
