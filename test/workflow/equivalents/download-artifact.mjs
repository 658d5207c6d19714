// Local equivalent of actions/download-artifact v4 with the real @actions/artifact toolkit: this run's
// artifacts through the results service, another run's (run-id with github-token) through the REST API.
// By name into `path`; otherwise every artifact (or those matching `pattern`) into path/<name>, or all
// into `path` with merge-multiple. An artifact of this run uploaded by a job this one does not need is
// an error (GitHub starts such jobs in any order, so a workflow must not count on it): the runner names
// those in MLOPS_UNORDERED_ARTIFACTS.
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';

try {
  const name = core.getInput('name');
  const pattern = core.getInput('pattern');
  const target = path.resolve(process.env.GITHUB_WORKSPACE, core.getInput('path') || '.');
  const token = core.getInput('github-token');
  const runId = core.getInput('run-id') || process.env.GITHUB_RUN_ID;
  const [owner, repo] = (core.getInput('repository') || process.env.GITHUB_REPOSITORY).split('/');
  const findBy = token && runId !== process.env.GITHUB_RUN_ID ? { findBy: { token, workflowRunId: Number(runId), repositoryOwner: owner, repositoryName: repo } } : {};
  const unordered = findBy.findBy ? [] : JSON.parse(process.env.MLOPS_UNORDERED_ARTIFACTS || '[]');
  const refuse = (artifact) => {
    const from = unordered.find((u) => u.name === artifact);
    if (from) throw new Error(`artifact ${artifact} comes from job ${from.job}, which this job does not need: GitHub starts jobs without needs: in any order, so it may not exist yet`);
  };
  const client = new DefaultArtifactClient();
  if (name) {
    refuse(name);
    const { artifact } = await client.getArtifact(name, findBy);
    await client.downloadArtifact(artifact.id, { ...findBy, path: target, expectedHash: artifact.digest });
    core.info(`downloaded artifact ${name} (id ${artifact.id}) into ${target}`);
  } else {
    const { artifacts } = await client.listArtifacts({ latest: true, ...findBy });
    const chosen = artifacts.filter((a) => !pattern || path.matchesGlob(a.name, pattern));
    chosen.forEach((a) => refuse(a.name));
    if (chosen.length === 0) core.warning(`no artifacts${pattern ? ` matching ${pattern}` : ''} in run ${runId}`);
    for (const a of chosen) {
      const into = core.getBooleanInput('merge-multiple') ? target : path.join(target, a.name);
      await client.downloadArtifact(a.id, { ...findBy, path: into, expectedHash: a.digest });
      core.info(`downloaded artifact ${a.name} (id ${a.id}) into ${into}`);
    }
  }
  core.setOutput('download-path', target);
} catch (error) {
  core.setFailed(`download-artifact: ${error.message}`);
}
