import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.js';

/**
 * Resolves a user-given path against the workspace and refuses anything that leaves it,
 * including through a symbolic link.
 */
export function resolveInWorkspace(workspace: string, given: string, inputName: string): string {
  const root = realpathSync(workspace);
  const resolved = path.resolve(root, given);
  const real = existsSync(resolved) ? realpathSync(resolved) : resolved;
  const relative = path.relative(root, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ConfigurationError(
      `Input '${inputName}': the path "${given}" is outside the workspace (${root}). Use a path inside the repository checkout.`,
    );
  }
  return real;
}
