import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from './errors.js';
import { resolveInWorkspace } from './paths.js';

/** Files named by an input: paths or globs, one per line, each inside the workspace; none may come up empty. */
export async function expandFiles(workspace: string, patterns: string[], inputName: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!/[*?[{]/.test(pattern)) {
      const file = resolveInWorkspace(workspace, pattern, inputName);
      if (!existsSync(file)) throw new ConfigurationError(`Input '${inputName}': the file "${pattern}" does not exist (looked in ${workspace}).`);
      if (statSync(file).isDirectory()) throw new ConfigurationError(`Input '${inputName}': "${pattern}" is a directory; name files or a glob such as ${pattern.replace(/\/$/, '')}/*.csv.`);
      files.push(file);
      continue;
    }
    const matched: string[] = [];
    for await (const entry of glob(pattern, { cwd: workspace })) {
      const file = resolveInWorkspace(workspace, entry, inputName);
      if (statSync(file).isFile()) matched.push(file);
    }
    if (matched.length === 0) throw new ConfigurationError(`Input '${inputName}': the pattern "${pattern}" matches no file in the workspace (${workspace}).`);
    files.push(...matched.sort());
  }
  return [...new Set(files)];
}

/** Writes a file inside the workspace, creating its folder; returns the absolute path. */
export function writeWorkspaceFile(workspace: string, relative: string, content: string, inputName: string): string {
  const file = resolveInWorkspace(workspace, relative, inputName);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}
