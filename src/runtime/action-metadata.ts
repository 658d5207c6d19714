import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface InputSpec {
  description: string;
  required?: boolean;
  default?: string;
}

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

/** Reads actions/<name>/action.yml: the public contract of one action. */
export function readActionMetadata(actionsDir: string, name: string): ActionMetadata {
  const meta = YAML.parse(readFileSync(path.join(actionsDir, name, 'action.yml'), 'utf8')) as ActionMetadata;
  return { ...meta, inputs: meta.inputs ?? {}, outputs: meta.outputs ?? {} };
}

export function listActions(actionsDir: string): string[] {
  return readdirSync(actionsDir).filter((name) => existsSync(path.join(actionsDir, name, 'action.yml'))).sort();
}

/** Input values as the runner fills them in from action.yml defaults; only `github.token` is evaluated. */
export function defaultInputs(meta: ActionMetadata, token: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [input, spec] of Object.entries(meta.inputs)) {
    if (spec.default !== undefined) out[input] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return out;
}
