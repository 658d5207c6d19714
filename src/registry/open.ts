import { createGitHub, currentRepo } from '../github/index.js';
import { ConfigurationError } from '../runtime/errors.js';
import { resolveInputPath } from '../runtime/paths.js';
import type { ActionIO } from '../runtime/port.js';
import { GitStore } from './git-store.js';
import { GitHubStore } from './github-store.js';
import { LocalStore } from './local-store.js';
import { Registry } from './registry.js';

/** `github`, `local:<dir>` or `git:<path-or-url>` (paths relative to the workspace, or absolute). */
export function openRegistry(spec: string, io: ActionIO, token: string, inputName = 'registry'): Registry {
  if (spec === 'github') return new Registry(new GitHubStore(createGitHub(token, io), currentRepo(io.env)));
  if (spec.startsWith('local:')) return new Registry(new LocalStore(resolveInputPath(io.workspace, spec.slice('local:'.length) || '.')));
  if (spec.startsWith('git:')) {
    const target = spec.slice('git:'.length);
    const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^[^/]+@[^:]+:/.test(target);
    return new Registry(new GitStore(remote ? target : resolveInputPath(io.workspace, target || '.')));
  }
  throw new ConfigurationError(`Input '${inputName}' must be github, local:<dir> or git:<path-or-url>, got ${JSON.stringify(spec)}.`);
}
