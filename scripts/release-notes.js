// Prints the CHANGELOG.md section of a release tag (`vX.Y.Z`), after checking that package.json has
// the same version. The release workflow uses it as the release's notes; it fails rather than
// publishing a release whose notes or version were forgotten.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The body of the `## [X.Y.Z]` section of a Keep a Changelog document, or undefined. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').replace(/\n\[[^\]]+\]: .*$/gm, '').trim();
}

export function releaseNotes(tag, { changelog, packageVersion }) {
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag);
  if (!match) throw new Error(`"${tag}" is not a release tag: use vX.Y.Z.`);
  const version = match[1];
  if (packageVersion !== version) throw new Error(`package.json says ${packageVersion}, the tag says ${version}: set "version" to ${version} and tag again.`);
  const notes = changelogSection(changelog, version);
  if (!notes) throw new Error(`CHANGELOG.md has no "## [${version}]" section, or it is empty: move the Unreleased entries under it.`);
  return notes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const packageVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    console.log(releaseNotes(process.argv[2] ?? '', { changelog, packageVersion }));
  } catch (error) {
    console.error(`release-notes: ${error.message}`);
    process.exit(1);
  }
}
