/** Where an annotation points: GitHub shows it on that file and line in the pull request. */
export interface AnnotationPlace {
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  title?: string;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * The one door between an action adapter and the outside world.
 * The runner implementation speaks @actions/core; the terminal one prints for people.
 */
export interface ActionIO {
  /** Raw input value, trimmed; '' when the input was not given. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  annotate(level: AnnotationLevel, message: string, place?: AnnotationPlace): void;
  info(message: string): void;
  debug(message: string): void;
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
  /** Registers a value that must never appear in logs. */
  setSecret(value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  setFailed(message: string): void;
  /** The workspace root; every path an input names must stay inside it. */
  readonly workspace: string;
  /** Environment of the job (GITHUB_*, RUNNER_*), read-only. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type ActionMain = (io: ActionIO) => Promise<void>;
