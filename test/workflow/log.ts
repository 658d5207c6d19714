// What the runner records of a step's output: secrets masked (the `secrets` context, the job token and
// every `::add-mask::` value, line by line for multi-line values, as the runner does) and the
// annotations the step printed as workflow commands.
import { parseAnnotations, type Annotation } from '../harness/run-action.js';

export class Masker {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (!value || !value.trim()) return;
    this.values.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim()) this.values.add(line);
  }

  mask(text: string): string {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(value).join('***');
    return out;
  }

  /** True when the text holds a masked value (job outputs that do are not passed on, as on GitHub). */
  reveals(text: string): boolean {
    return [...this.values].some((v) => text.includes(v));
  }
}

/** Registers `::add-mask::` values (honouring ::stop-commands::) and returns the step's annotations, masked. */
export function readCommands(stdout: string, masker: Masker): Annotation[] {
  let stopToken: string | undefined;
  const active: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::add-mask::')) masker.add(line.slice('::add-mask::'.length));
    else active.push(line);
  }
  return parseAnnotations(active.join('\n')).map((a) => ({ ...a, message: masker.mask(a.message), ...(a.title ? { title: masker.mask(a.title) } : {}) }));
}
