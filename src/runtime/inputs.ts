import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { ConfigurationError } from './errors.js';
import { inputFile } from './files.js';
import { resolveInputPath } from './paths.js';
import type { ActionIO } from './port.js';

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;
const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function bad(name: string, value: string, expected: string): ConfigurationError {
  return new ConfigurationError(`Input '${name}' ${expected}, got ${JSON.stringify(value)}.`);
}

/** Parses "90s", "5m", "24h", "1.5d", "250ms" into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * DURATION_MS[match[2]!]!;
}

/**
 * Typed reads of action inputs, in the spirit of actions/checkout's input-helper:
 * every input read once, every error names the input and quotes the bad value.
 */
export class Inputs {
  constructor(private readonly io: Pick<ActionIO, 'getInput' | 'workspace'>) {}

  required(name: string): string {
    const value = this.io.getInput(name);
    if (value === '') throw new ConfigurationError(`Input '${name}' is required but was not given.`);
    return value;
  }

  optional(name: string): string | undefined {
    const value = this.io.getInput(name);
    return value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.optional(name) ?? fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw bad(name, value, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
    }
    return value as T;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    throw bad(name, value, 'must be true or false');
  }

  number(name: string, fallback: number, limits: { min?: number; max?: number; integer?: boolean } = {}): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) throw bad(name, value, 'must be a number');
    if (limits.integer && !Number.isInteger(parsed)) throw bad(name, value, 'must be a whole number');
    if (limits.min !== undefined && parsed < limits.min) throw bad(name, value, `must be at least ${limits.min}`);
    if (limits.max !== undefined && parsed > limits.max) throw bad(name, value, `must be at most ${limits.max}`);
    return parsed;
  }

  /** Milliseconds from "90s", "5m", "24h". */
  duration(name: string, fallback: string): number {
    const value = this.optional(name) ?? fallback;
    const ms = parseDuration(value);
    if (ms === undefined) throw bad(name, value, 'must be a duration such as 90s, 5m or 24h');
    return ms;
  }

  /** Items separated by newlines or commas, trimmed, empty ones dropped. */
  list(name: string): string[] {
    return (this.optional(name) ?? '')
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** Items separated by newlines only (for values that may contain commas, like globs). */
  lines(name: string): string[] {
    return (this.optional(name) ?? '')
      .split('\n')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  json<T = unknown>(name: string): T | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    try {
      return JSON.parse(value) as T;
    } catch (error) {
      throw bad(name, value, `must be valid JSON (${(error as Error).message})`);
    }
  }

  /** YAML given inline, or the path of a YAML/JSON file. */
  yaml<T = unknown>(name: string): T | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    let text = value;
    let source = 'inline value';
    if (!value.includes('\n') && /\.(ya?ml|json)$/i.test(value)) {
      text = readFileSync(inputFile(this.io.workspace, value, name), 'utf8');
      source = `file ${value}`;
    }
    try {
      return YAML.parse(text) as T;
    } catch (error) {
      throw new ConfigurationError(`Input '${name}': the ${source} is not valid YAML: ${(error as Error).message}`);
    }
  }

  /** A path the author gave: relative to the workspace, or absolute. */
  path(name: string): string | undefined {
    const value = this.optional(name);
    return value === undefined ? undefined : resolveInputPath(this.io.workspace, value);
  }
}
