// What each traffic provider sends the serving side (the README's provider sections say the same),
// the header lines parser, and the windows' descriptive statistics.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandTraffic, fileTraffic, kserveTraffic, parseHeaders, summarise, webhookTraffic } from '../../src/canary/index.js';

const subject = { model: 'churn', canary: 'v1.1.0', stable: 'v1.0.0', modelUri: 'github://o/r/churn@v1.1.0' };

describe('traffic providers', () => {
  it('webhook: POSTs the subject, weight and mirror as JSON with the configured headers; HEAD is its probe', async () => {
    const received: { method?: string; headers: Record<string, unknown>; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c)).on('end', () => {
        received.push({ method: req.method, headers: req.headers, body });
        res.writeHead(req.method === 'HEAD' ? 405 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/weights`;
    try {
      const provider = webhookTraffic(url, { ...subject, stable: undefined }, { Authorization: 'Bearer t' });
      await provider.probe(); // 405 is an answer: the host is there
      await provider.apply({ weight: 0, mirror: 25 });
      expect(received.map((r) => r.method)).toEqual(['HEAD', 'POST']);
      expect(received[1]!.headers).toMatchObject({ authorization: 'Bearer t', 'content-type': 'application/json' });
      expect(JSON.parse(received[1]!.body)).toEqual({ model: 'churn', stable_version: null, canary_version: 'v1.1.0', model_uri: 'github://o/r/churn@v1.1.0', weight: 0, mirror: 25 });
    } finally {
      server.close();
    }
  });

  it('command: runs the argv with no shell and the traffic in its environment', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlops-traffic-'));
    const script = "require('fs').writeFileSync('env.json', JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(CANARY_|STABLE_|MODEL)/.test(k)))))";
    const provider = commandTraffic([process.execPath, '-e', script], subject, dir);
    await provider.probe();
    await provider.apply({ weight: 0, mirror: 100 });
    expect(JSON.parse(readFileSync(path.join(dir, 'env.json'), 'utf8'))).toEqual({ CANARY_WEIGHT: '0', CANARY_MIRROR: '100', CANARY_VERSION: 'v1.1.0', STABLE_VERSION: 'v1.0.0', MODEL: 'churn', MODEL_URI: 'github://o/r/churn@v1.1.0' });
    await expect(commandTraffic([process.execPath, '-e', 'process.stderr.write("nope"); process.exit(3)'], subject, dir).apply({ weight: 10, mirror: 0 })).rejects.toThrow(/failed \(3\): nope$/);
  });

  it('file: writes the weight and the mirror at their keys (YAML keeps its comments; JSON stays JSON), commits once per change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlops-traffic-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '--quiet');
    writeFileSync(path.join(dir, 'vs.yaml'), '# the route\nspec:\n  http:\n    weight: 0 # canary\n    mirrorPercentage:\n      value: 0\n');
    writeFileSync(path.join(dir, 'values.json'), '{"canary": {"weight": 0}}\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '--quiet', '-m', 'init');
    const yaml = fileTraffic(path.join(dir, 'vs.yaml'), { weight: 'spec.http.weight', mirror: 'spec.http.mirrorPercentage.value' }, subject, dir);
    expect(yaml.mirrors).toBe(true);
    await yaml.probe();
    await yaml.apply({ weight: 0, mirror: 100 });
    await yaml.apply({ weight: 0, mirror: 100 }); // unchanged: no empty commit
    expect(readFileSync(path.join(dir, 'vs.yaml'), 'utf8')).toBe('# the route\nspec:\n  http:\n    weight: 0 # canary\n    mirrorPercentage:\n      value: 100\n');
    const json = fileTraffic(path.join(dir, 'values.json'), { weight: 'canary.weight' }, subject, dir);
    expect(json.mirrors).toBe(false);
    await json.apply({ weight: 25, mirror: 0 });
    expect(JSON.parse(readFileSync(path.join(dir, 'values.json'), 'utf8'))).toEqual({ canary: { weight: 25 } });
    expect(git('log', '--format=%s').trim().split('\n')).toEqual(['canary: churn v1.1.0 at 25%', 'canary: churn v1.1.0 at 0%, 100% mirrored', 'init']);
  });

  it('kserve: cannot mirror, and needs the model URI from the registry', () => {
    expect(kserveTraffic('ml/churn', subject, '.').mirrors).toBe(false);
    expect(() => kserveTraffic('ml/churn', { ...subject, modelUri: undefined }, '.')).toThrow(/needs the candidate's model URI from the registry/);
    expect(() => kserveTraffic('churn', subject, '.')).toThrow(`Input 'traffic': kserve: needs <namespace>/<name>, got "churn".`);
  });
});

describe('header lines', () => {
  it('reads "Name: value" lines, keeps colons inside values, skips blank and comment lines', () => {
    expect(parseHeaders('Authorization: Bearer a:b\n\n# a comment\nX-Scope-OrgID:  team-1 ', 'prometheus-headers')).toEqual({ Authorization: 'Bearer a:b', 'X-Scope-OrgID': 'team-1' });
    expect(parseHeaders(undefined, 'webhook-headers')).toEqual({});
  });

  it('refuses a line without a name or a value, naming the input and the line but not the value', () => {
    expect(() => parseHeaders('Authorization:', 'webhook-headers')).toThrow(`Input 'webhook-headers', line 1: expected "Name: value" (a header name, a colon, a value) for header Authorization.`);
    expect(() => parseHeaders('ok: 1\nsecret-without-colon', 'webhook-headers')).toThrow(/^Input 'webhook-headers', line 2: expected "Name: value" \(a header name, a colon, a value\)\.$/);
  });
});

describe('window statistics (simple-statistics)', () => {
  it('mean, median, numpy-linear p10/p90 and the n − 1 standard deviation', () => {
    const s = summarise([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
    // numpy: np.percentile(range(1, 11), [10, 50, 90]) = [1.9, 5.5, 9.1]; np.std(range(1, 11), ddof=1) = 3.0276503540974917
    expect(s).toEqual({ n: 10, mean: 5.5, median: 5.5, p10: 1.9, p90: 9.1, sd: expect.closeTo(3.0276503540974917, 14) });
    expect(summarise([])).toEqual({ n: 0 });
    expect(summarise([2])).toEqual({ n: 1, mean: 2, median: 2, sd: undefined, p10: 2, p90: 2 });
  });
});
