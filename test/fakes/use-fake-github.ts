import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { FakeGitHub } from './github-server.js';

/**
 * A fake GitHub for one test file: started before its tests, stopped after, and every test ends by
 * asserting that no request or response broke GitHub's OpenAPI description.
 */
export function useFakeGitHub(): FakeGitHub {
  const fake = new FakeGitHub();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  afterEach(() => {
    expect(fake.violations.splice(0)).toEqual([]);
  });
  return fake;
}
