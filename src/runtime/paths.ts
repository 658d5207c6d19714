import { lstatSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.js';

// Trust follows authorship. A path the workflow's author writes in an input may point anywhere the
// job can reach (the workspace, `${{ runner.temp }}`, a mounted volume), as actions/upload-artifact and
// actions/cache accept it; relative paths resolve against the workspace. A name that comes from data
// or from a remote store (an artifact entry, a release asset, a registry card's file list) is another
// matter: it never leaves the folder it is written into or read from (see resolveInside).

/** The absolute path of a path given in an input: relative ones resolve against the workspace. */
export function resolveInputPath(workspace: string, given: string): string {
  return path.resolve(workspace, given);
}

/** How a file is named to a person: relative to the workspace when inside it, else absolute. */
export function displayPath(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/**
 * Refuses a name from a store that would step out of wherever it is put (absolute, `..`, a drive
 * letter, a NUL byte); `where` says what it stays inside. Returns its parts. For stores whose names
 * never meet a file system (release assets, a card in a tag message), this is the whole check.
 */
export function checkStoreName(name: string, what: string, where: string): string[] {
  const parts = name.split(/[\\/]/);
  if (name === '' || path.isAbsolute(name) || /^[a-zA-Z]:/.test(name) || parts.includes('..') || name.includes('\0')) {
    throw new ConfigurationError(`Refused the ${what} "${name}": a name from a store may not be absolute or contain "..". Nothing was read or written outside ${where}.`);
  }
  return parts;
}

/**
 * `folder/name` for a name that came from data or a remote store; refuses an absolute name, a `..`
 * step, and a symbolic link on the way (each would let the store write or read outside the folder).
 * `what` names the entry for the error, e.g. `release asset` or `model card file`.
 */
export function resolveInside(folder: string, name: string, what: string): string {
  const parts = checkStoreName(name, what, folder);
  let at = folder;
  for (const part of parts.filter((p) => p !== '' && p !== '.')) {
    at = path.join(at, part);
    let link = false;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      break; // the rest does not exist yet: nothing on the way can be a link
    }
    if (link) throw new ConfigurationError(`Refused the ${what} "${name}": ${displayPath(folder, at)} is a symbolic link. Nothing was read or written outside ${folder}.`);
  }
  return path.join(folder, ...parts);
}
