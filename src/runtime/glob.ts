// File globs for inputs. Node 22+ has fs.glob; the bundles also run on Node 20 (the packed CLI on a
// laptop), which has none: there a small walker with the same rules stands in. Both answer paths
// relative to `cwd` for a relative pattern and absolute ones for an absolute pattern, skip names
// that start with a dot unless the pattern spells the dot, and take `**` for any depth (zero too),
// not descending through links to folders.
import { readdirSync, statSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

export function glob(pattern: string, options: { cwd: string }): AsyncIterable<string> {
  const native = (fsPromises as { glob?: typeof fsPromises.glob }).glob;
  return native ? native(pattern, options) : walkGlob(pattern, options.cwd);
}

/** `a{b,c{d,e}}f` → abf, acdf, acef. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const cuts = [open, ...commas, i];
      const alternatives = cuts.slice(1).map((end, k) => pattern.slice(cuts[k]! + 1, end));
      return alternatives.flatMap((alternative) => expandBraces(pattern.slice(0, open) + alternative + pattern.slice(i + 1)));
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [pattern]; // unbalanced: literal
}

const MAGIC = /[*?[]/;

/** One path segment's pattern as a regular expression: `*`, `?` and `[…]` (`[!…]` negates). */
function segmentMatcher(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[' && segment.indexOf(']', i + 2) > 0) {
      const end = segment.indexOf(']', i + 2);
      const body = segment.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
      source += `[${body}]`;
      i = end;
    } else source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function entries(dir: string): { name: string; dir: boolean; link: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((entry) => {
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(path.join(dir, entry.name)).isDirectory();
        } catch {
          isDir = false; // a link to nothing
        }
      }
      return { name: entry.name, dir: isDir, link: entry.isSymbolicLink() };
    });
  } catch {
    return []; // not a folder, or not readable: nothing matches below it
  }
}

/** The walker that stands in for fs.glob where Node has none (exported for the agreement test). */
export async function* walkGlob(pattern: string, cwd: string): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const expanded of expandBraces(pattern)) {
    const absolute = path.isAbsolute(expanded);
    const segments = path.posix.normalize(expanded).split('/').filter((s) => s !== '' && s !== '.');
    const root = absolute ? '/' : cwd;
    const found: string[] = [];
    const visit = (relative: string[], at: number, isDir: boolean) => {
      if (at === segments.length) {
        found.push(relative.join('/'));
        return;
      }
      if (!isDir) return;
      const dir = path.join(root, ...relative);
      const segment = segments[at]!;
      if (segment === '**') {
        visit(relative, at + 1, true);
        for (const entry of entries(dir)) {
          if (entry.name.startsWith('.')) continue;
          // `**` does not descend through a link to a folder (a path that names the link does).
          if (entry.dir && !entry.link) visit([...relative, entry.name], at, true);
          else if (at === segments.length - 1) found.push([...relative, entry.name].join('/')); // a last `**` takes files and links too
        }
      } else if (!MAGIC.test(segment)) {
        let stats;
        try {
          stats = statSync(path.join(dir, segment)); // also `..`, which no listing holds
        } catch {
          return;
        }
        visit([...relative, segment], at + 1, stats.isDirectory());
      } else {
        const matcher = segmentMatcher(segment);
        for (const entry of entries(dir)) {
          if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
          if (matcher.test(entry.name)) visit([...relative, entry.name], at + 1, entry.dir);
        }
      }
    };
    visit([], 0, true);
    for (const relative of found) {
      const out = absolute ? `/${relative}` : relative || '.';
      if (!seen.has(out)) {
        seen.add(out);
        yield out;
      }
    }
  }
}
