// The job token: `permissions:` (the job's, else the workflow's, else the repository's restricted
// default) mapped onto what the GitHub fake enforces — the scopes it lacks write access to — and a
// pull request from a fork always read-only, whatever the workflow asks for.
import { ACTIONS_BOT, type Identity } from '../fakes/github-server.js';

export const SCOPES = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models',
  'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
] as const;

/** GitHub's "restricted" default for a new repository's GITHUB_TOKEN. */
const RESTRICTED: Record<string, string> = { contents: 'read', packages: 'read' };

type Permissions = string | Record<string, string> | undefined;

/** The scopes with write access. */
export function writeScopes(permissions: Permissions): string[] {
  const given = permissions ?? RESTRICTED;
  if (given === 'write-all') return [...SCOPES];
  if (given === 'read-all' || typeof given === 'string') return [];
  return SCOPES.filter((scope) => given[scope] === 'write');
}

export function tokenIdentity(permissions: Permissions, fromFork: boolean): Identity {
  const writes = fromFork ? [] : writeScopes(permissions);
  return { ...ACTIONS_BOT, readOnly: fromFork || undefined, missing: SCOPES.filter((s) => !writes.includes(s)) };
}
