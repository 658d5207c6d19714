import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

/** Uploads files (inside `root`) as one artifact of this run; returns its id. */
export async function uploadArtifact(name: string, files: string[], root: string): Promise<number | undefined> {
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(name, files.map((f) => path.resolve(f)), root);
  return id;
}

/**
 * Downloads the newest artifact named `name` from any earlier run of this repository (found through
 * the REST API, fetched by the toolkit) into `into`; returns its id.
 */
export async function downloadLatestArtifact(token: string, repo: { owner: string; repo: string }, apiUrl: string, name: string, into: string): Promise<number | undefined> {
  const { getOctokit } = await import('@actions/github');
  const gh = getOctokit(token, { baseUrl: apiUrl });
  const { data } = await gh.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: 100 });
  const latest = data.artifacts.filter((a) => !a.expired).sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''))[0];
  if (!latest) return undefined;
  await new DefaultArtifactClient().downloadArtifact(latest.id, {
    path: into,
    findBy: { token, workflowRunId: latest.workflow_run?.id ?? 0, repositoryOwner: repo.owner, repositoryName: repo.repo },
  });
  return latest.id;
}
