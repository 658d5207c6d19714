import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.js';

describe('committed bundles under the runner contract', () => {
  for (const name of ['validate-data', 'train-gate', 'register-model', 'deploy-canary', 'drift-check']) {
    it(`${name}: action.yml declares node24 and dist/ is an ESM bundle`, () => {
      const meta = YAML.parse(readFileSync(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
      expect(meta.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
      expect(meta.name).toBeTruthy();
      expect(meta.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
      expect(JSON.parse(readFileSync(path.join(ROOT, 'actions', name, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    });
  }
});
