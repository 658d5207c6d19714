import { closeSync, existsSync, mkdirSync, openSync, realpathSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.js';
import { glob } from './glob.js';
import { resolveInputPath } from './paths.js';

/** Files named by an input: paths or globs, one per line, relative to the workspace or absolute; none may come up empty. */
export async function expandFiles(workspace: string, patterns: string[], inputName: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!/[*?[{]/.test(pattern)) {
      const file = resolveInputPath(workspace, pattern);
      if (!existsSync(file)) throw new ConfigurationError(`Input '${inputName}': the file "${pattern}" does not exist (looked for ${file}).`);
      if (statSync(file).isDirectory()) throw new ConfigurationError(`Input '${inputName}': "${pattern}" is a directory; name files or a glob such as ${pattern.replace(/\/$/, '')}/*.csv.`);
      files.push(file);
      continue;
    }
    const matched: string[] = [];
    for await (const entry of glob(pattern, { cwd: workspace })) {
      const file = resolveInputPath(workspace, entry);
      let stats;
      try {
        stats = statSync(file);
      } catch {
        throw new ConfigurationError(`Input '${inputName}': the pattern "${pattern}" matches "${entry}", a symbolic link to nothing. Remove the link or narrow the pattern.`);
      }
      if (stats.isFile()) matched.push(file);
    }
    if (matched.length === 0) throw new ConfigurationError(`Input '${inputName}': the pattern "${pattern}" matches no file (looked in ${path.isAbsolute(pattern) ? '/' : workspace}).`);
    files.push(...matched.sort());
  }
  return [...new Set(files)];
}

/**
 * Writes a file at a path given in an input (relative to the workspace or absolute), creating its folder;
 * returns the absolute path. `content` may come in pieces (see jsonPieces), written as they come.
 */
export function writeOutputFile(workspace: string, given: string, content: string | Iterable<string>, inputName: string): string {
  const file = resolveInputPath(workspace, given);
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new ConfigurationError(`Input '${inputName}': "${given}" is a directory; give the path of a file, such as ${path.join(given, path.basename(inputName.replace(/-path$/, '')) + '.json')}.`);
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new ConfigurationError(`Input '${inputName}': cannot create the folder of "${given}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  if (typeof content === 'string') writeFileSync(file, content);
  else writePieces(file, content);
  return file;
}

/** Pieces gathered to about this many characters per write. */
const WRITE_CHARS = 1 << 16;

function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length < WRITE_CHARS) continue;
      writeSync(fd, pending);
      pending = '';
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** The path of one file named by an input, checked to exist and to be a file (not a folder). */
export function inputFile(workspace: string, given: string, inputName: string): string {
  const file = resolveInputPath(workspace, given);
  if (!existsSync(file)) throw new ConfigurationError(`Input '${inputName}': the file "${given}" does not exist (looked for ${file}).`);
  if (statSync(file).isDirectory()) throw new ConfigurationError(`Input '${inputName}': "${given}" is a directory; name a file.`);
  return file;
}

/**
 * Refuses an output path that names one of the action's input files, or lies inside an input folder
 * (writing there would destroy or change the input). `inputs` maps input names to the paths they gave.
 */
export function refuseOverwritingInputs(workspace: string, given: string, inputName: string, inputs: Record<string, string | undefined>): void {
  const real = (file: string) => (existsSync(file) ? realpathSync(file) : file);
  const output = real(resolveInputPath(workspace, given));
  for (const [name, value] of Object.entries(inputs)) {
    if (!value) continue;
    const input = real(resolveInputPath(workspace, value));
    const inside = existsSync(input) && statSync(input).isDirectory() && !path.relative(input, output).startsWith('..');
    if (output === input || inside) throw new ConfigurationError(`Input '${inputName}': "${given}" is ${output === input ? 'the file' : 'inside the folder'} given in '${name}'; writing the report there would overwrite that input. Choose another path.`);
  }
}
