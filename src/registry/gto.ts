// GTO's tag grammar, so that existing GTO tooling reads what we write:
//   register name@vX.Y.Z · deregister name@vX.Y.Z!#N · assign name#stage#N · unassign name#stage!#N
//   deprecate name@deprecated#N. N is one counter per model. Names: [a-zA-Z0-9]([a-zA-Z0-9-/_]*[a-zA-Z0-9])?
import { ConfigurationError } from '../runtime/errors.js';

export const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
export const VERSION = /^v(\d+)\.(\d+)\.(\d+)$/;
const STAGE = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-_]*[a-zA-Z0-9])?$/;

export type TagEvent =
  | { kind: 'register'; model: string; version: string }
  | { kind: 'deregister'; model: string; version: string; n: number }
  | { kind: 'assign'; model: string; stage: string; n: number }
  | { kind: 'unassign'; model: string; stage: string; n: number }
  | { kind: 'deprecate'; model: string; n: number };

export function checkName(name: string): void {
  if (!NAME.test(name)) throw new ConfigurationError(`Input 'name': "${name}" is not a valid model name: use letters, digits, -, _ and /, starting and ending with a letter or digit.`);
}

export function checkStage(stage: string): void {
  if (!STAGE.test(stage)) throw new ConfigurationError(`Input 'stage': "${stage}" is not a valid stage name (letters, digits, - and _).`);
}

export function checkVersion(version: string): void {
  if (!VERSION.test(version)) throw new ConfigurationError(`Input 'version': "${version}" is not a version: use vMAJOR.MINOR.PATCH (e.g. v1.3.0) or auto.`);
}

export const registerTag = (model: string, version: string) => `${model}@${version}`;
export const assignTag = (model: string, stage: string, n: number) => `${model}#${stage}#${n}`;

export function parseTag(tag: string): TagEvent | undefined {
  let m = /^(.+)@(v\d+\.\d+\.\d+)$/.exec(tag);
  if (m && NAME.test(m[1]!)) return { kind: 'register', model: m[1]!, version: m[2]! };
  m = /^(.+)@(v\d+\.\d+\.\d+)!#(\d+)$/.exec(tag);
  if (m && NAME.test(m[1]!)) return { kind: 'deregister', model: m[1]!, version: m[2]!, n: Number(m[3]) };
  m = /^(.+)@deprecated#(\d+)$/.exec(tag);
  if (m && NAME.test(m[1]!)) return { kind: 'deprecate', model: m[1]!, n: Number(m[2]) };
  m = /^(.+)#([^#!]+)(!?)#(\d+)$/.exec(tag);
  if (m && NAME.test(m[1]!)) return { kind: m[3] ? 'unassign' : 'assign', model: m[1]!, stage: m[2]!, n: Number(m[4]) };
  return undefined;
}

export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [VERSION.exec(a)!.slice(1).map(Number), VERSION.exec(b)!.slice(1).map(Number)];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

export function bump(version: string | undefined, part: 'major' | 'minor' | 'patch'): string {
  if (!version) return part === 'major' ? 'v1.0.0' : part === 'minor' ? 'v0.1.0' : 'v0.0.1';
  const [major, minor, patch] = VERSION.exec(version)!.slice(1).map(Number) as [number, number, number];
  if (part === 'major') return `v${major + 1}.0.0`;
  if (part === 'minor') return `v${major}.${minor + 1}.0`;
  return `v${major}.${minor}.${patch + 1}`;
}
