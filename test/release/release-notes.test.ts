import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogSection, releaseNotes } from '../../scripts/release-notes.js';
import { ROOT } from '../harness/run-action.js';

const CHANGELOG = `# Changelog

## [Unreleased]
- next

## [1.2.0] - 2026-12-01
### Added
- slices

## [1.1.0] - 2026-11-30
- older

[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0
`;

describe('release notes', () => {
  it('are the CHANGELOG section of the tag\'s version', () => {
    expect(releaseNotes('v1.2.0', { changelog: CHANGELOG, packageVersion: '1.2.0' })).toBe('### Added\n- slices');
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- older');
  });

  it('refuse a tag that is not vX.Y.Z, a package.json of another version, and a version with no notes', () => {
    expect(() => releaseNotes('v1.2', { changelog: CHANGELOG, packageVersion: '1.2.0' })).toThrow(/"v1.2" is not a release tag/);
    expect(() => releaseNotes('v1.2.0', { changelog: CHANGELOG, packageVersion: '1.1.0' })).toThrow(/package.json says 1.1.0, the tag says 1.2.0/);
    expect(() => releaseNotes('v1.3.0', { changelog: CHANGELOG, packageVersion: '1.3.0' })).toThrow(/CHANGELOG.md has no "## \[1.3.0\]" section/);
  });

  it('has a section for the version in package.json, unless it is unreleased work', () => {
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(changelog).toContain('## [Unreleased]');
    expect(changelogSection(changelog, version)).toBeTruthy();
  });
});
