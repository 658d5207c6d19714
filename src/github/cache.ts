// A file cached with the Actions cache service (@actions/cache), loaded only when asked for.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Restores `dir` (relative to the working directory) for `key`; true on an exact hit. No cache service is a miss. */
export async function restoreDir(dir: string, key: string): Promise<boolean> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return false;
  mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  return (await cache.restoreCache([dir], key)) === key;
}

export async function saveDir(dir: string, key: string): Promise<boolean> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return false;
  return (await cache.saveCache([dir], key)) > 0;
}
