import type { ActionIO } from './port.js';

export interface TerminalRun extends ActionIO {
  readonly outputs: Map<string, string>;
  readonly summary: string[];
  failed: string | undefined;
}

/** Local runs: inputs from the command line, everything printed for a person reading a terminal. */
export function terminalIO(inputs: Record<string, string>, options: { workspace: string; write?: (text: string) => void }): TerminalRun {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const secrets: string[] = [];
  const state = new Map<string, string>();
  const mask = (text: string) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), text);
  const line = (text: string) => write(mask(text) + '\n');
  const run: TerminalRun = {
    outputs: new Map(),
    summary: [],
    failed: undefined,
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      run.outputs.set(name, value);
    },
    appendSummary: async (markdown) => {
      run.summary.push(markdown);
    },
    annotate: (level, message, place) => {
      const where = place?.file ? `${place.file}${place.line ? `:${place.line}` : ''}${place.column ? `:${place.column}` : ''}: ` : '';
      line(`${level}: ${where}${place?.title ? `${place.title}: ` : ''}${message}`);
    },
    info: line,
    debug: (message) => {
      if (process.env.MLOPS_DEBUG) line(`debug: ${message}`);
    },
    group: async (name, body) => {
      line(`▸ ${name}`);
      return body();
    },
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
    saveState: (name, value) => {
      state.set(name, value);
    },
    getState: (name) => state.get(name) ?? '',
    setFailed: (message) => {
      run.failed = message;
      line(`error: ${message}`);
    },
    workspace: options.workspace,
    env: process.env,
  };
  return run;
}
