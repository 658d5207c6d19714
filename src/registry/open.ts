import { createGitHub, currentRepo } from '../github/index.js';
import { ConfigurationError } from '../runtime/errors.js';
import { resolveInWorkspace } from '../runtime/paths.js';
import type { ActionIO } from '../runtime/port.js';
import { GitStore } from './git-store.js';
import { GitHubStore } from './github-store.js';
import { LocalStore } from './local-store.js';
import { Registry } from './registry.js';

/** `github`, `local:<dir>` (inside the workspace) or `git:<path-or-url>`. */
export function openRegistry(spec: string, io: ActionIO, token: string, inputName = 'registry'): Registry {
  if (spec === 'github') return new Registry(new GitHubStore(createGitHub(token, io), currentRepo(io.env)));
  if (spec.startsWith('local:')) return new Registry(new LocalStore(resolveInWorkspace(io.workspace, spec.slice('local:'.length) || '.', inputName)));
  if (spec.startsWith('git:')) {
    const target = spec.slice('git:'.length);
    const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^[^/]+@[^:]+:/.test(target);
    return new Registry(new GitStore(remote ? target : resolveInWorkspace(io.workspace, target || '.', inputName)));
  }
  throw new ConfigurationError(`Input '${inputName}' must be github, local:<dir> or git:<path-or-url>, got ${JSON.stringify(spec)}.`);
}
