// Local equivalent of actions/upload-artifact v4: the files matched by `path` (files, folders, globs;
// `!` excludes), relative to their least common ancestor, uploaded with the real @actions/artifact
// toolkit to the results service (ACTIONS_RESULTS_URL, here the results-service fake).
import { existsSync, globSync, statSync } from 'node:fs';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';

const GLOB = /[*?[{]/;

function filesUnder(dir, hidden) {
  return globSync('**/*', { cwd: dir }).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile() && (hidden || !path.relative(dir, f).split(path.sep).some((p) => p.startsWith('.'))));
}

try {
  const name = core.getInput('name') || 'artifact';
  const hidden = core.getBooleanInput('include-hidden-files');
  const lines = core.getInput('path', { required: true }).split('\n').map((l) => l.trim()).filter(Boolean);
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => path.resolve(l.slice(1)));
  const roots = [];
  const files = new Set();
  for (const line of lines.filter((l) => !l.startsWith('!'))) {
    const full = path.resolve(line);
    const stem = full.split(path.sep).findIndex((part) => GLOB.test(part));
    roots.push(stem < 0 ? (existsSync(full) && statSync(full).isDirectory() ? full : path.dirname(full)) : full.split(path.sep).slice(0, stem).join(path.sep));
    const matches = stem < 0 ? (existsSync(full) ? [full] : []) : globSync(full);
    for (const m of matches) for (const f of statSync(m).isDirectory() ? filesUnder(m, hidden) : [m]) if (!excludes.some((e) => f === e || path.matchesGlob(f, e))) files.add(f);
  }
  if (files.size === 0) {
    const mode = core.getInput('if-no-files-found') || 'warn';
    const message = `No files were found with the provided path: ${lines.join(', ')}. No artifacts will be uploaded.`;
    if (mode === 'error') throw new Error(message);
    if (mode === 'warn') core.warning(message);
    else core.info(message);
  } else {
    let root = roots[0];
    for (const r of roots.slice(1)) while (path.relative(root, r).startsWith('..')) root = path.dirname(root);
    const client = new DefaultArtifactClient();
    if (core.getBooleanInput('overwrite')) await client.deleteArtifact(name).catch(() => undefined);
    const retention = core.getInput('retention-days');
    const uploaded = await client.uploadArtifact(name, [...files].sort(), root, retention ? { retentionDays: Number(retention) } : {});
    core.info(`uploaded ${files.size} file(s) as artifact ${name} (id ${uploaded.id}, ${uploaded.size} bytes)`);
    core.setOutput('artifact-id', String(uploaded.id));
    core.setOutput('artifact-url', `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}/artifacts/${uploaded.id}`);
    core.setOutput('artifact-digest', uploaded.digest ?? '');
  }
} catch (error) {
  core.setFailed(`upload-artifact: ${error.message}`);
}
