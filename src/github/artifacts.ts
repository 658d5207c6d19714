import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

/** Uploads files (inside `root`) as one artifact of this run; returns its id. */
export async function uploadArtifact(name: string, files: string[], root: string): Promise<number | undefined> {
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(name, files.map((f) => path.resolve(f)), root);
  return id;
}

/** Pull requests run code their authors wrote, a fork's author included: their artifacts choose nothing. */
const PULL_REQUEST_EVENT = /^pull_request/;

/**
 * Downloads into `into` the newest artifact named `name` made by a run of `branch` (default: the
 * repository's default branch) in this repository itself, never by a pull request's run, whose code a
 * fork may control. Returns its id and run, or how many artifacts of that name were ignored.
 */
export async function downloadTrustedArtifact(
  token: string,
  repo: { owner: string; repo: string },
  apiUrl: string,
  name: string,
  into: string,
  branch?: string,
): Promise<{ id: number; runId: number; branch: string } | { ignored: number; branch: string }> {
  const { getOctokit } = await import('@actions/github');
  const gh = getOctokit(token, { baseUrl: apiUrl });
  const trusted = branch ?? (await gh.rest.repos.get(repo)).data.default_branch;
  let ignored = 0;
  for await (const page of gh.paginate.iterator(gh.rest.actions.listArtifactsForRepo, { ...repo, name, per_page: 100 })) {
    const newest = page.data.filter((a) => !a.expired).sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
    for (const artifact of newest) {
      const made = artifact.workflow_run;
      // The listing says the branch and whether the head repository is this one; the run says its event.
      if (!made?.id || made.head_branch !== trusted || made.head_repository_id !== made.repository_id) {
        ignored++;
        continue;
      }
      const { data: run } = await gh.rest.actions.getWorkflowRun({ ...repo, run_id: made.id });
      if (PULL_REQUEST_EVENT.test(run.event) || run.head_repository?.full_name !== run.repository.full_name) {
        ignored++;
        continue;
      }
      await new DefaultArtifactClient().downloadArtifact(artifact.id, {
        path: into,
        findBy: { token, workflowRunId: made.id, repositoryOwner: repo.owner, repositoryName: repo.repo },
      });
      return { id: artifact.id, runId: made.id, branch: trusted };
    }
  }
  return { ignored, branch: trusted };
}
