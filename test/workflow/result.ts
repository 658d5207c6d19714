// What one workflow run leaves behind for a test to assert on: per job and step the status and
// conclusion, outputs, summary, annotations and masked logs, and the problems the runner noticed
// (references to step ids, outputs, jobs or inputs that do not exist).
import type { Annotation } from '../harness/run-action.js';

export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepResult {
  id?: string;
  label: string;
  uses?: string;
  /** Before continue-on-error. */
  outcome: Conclusion;
  /** After continue-on-error. */
  conclusion: Conclusion;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** stdout then stderr, secrets masked. */
  log: string;
  exitCode?: number | null;
}

export interface JobResult {
  /** The job's id in the workflow. */
  id: string;
  /** As GitHub names a matrix instance: `profile (0)`; else the id. */
  name: string;
  matrix?: Record<string, unknown>;
  result: Conclusion;
  outputs: Record<string, string>;
  steps: StepResult[];
  summary: string;
  annotations: Annotation[];
  /** The permissions the job's token had, as the runner mapped them onto the GitHub fake. */
  token: { readOnly: boolean; writes: string[] };
}

export interface Problem {
  job: string;
  step?: string;
  where: string;
  reference: string;
  message: string;
}

export interface WorkflowRunResult {
  workflow: string;
  name: string;
  event: string;
  runId: number;
  conclusion: Conclusion;
  concurrency?: { group: string; cancelInProgress: boolean };
  jobs: JobResult[];
  problems: Problem[];
}

/** A job of a run by id or matrix name; throws when there is none, so a test fails with a clear message. */
export function jobOf(run: WorkflowRunResult, name: string): JobResult {
  const job = run.jobs.find((j) => j.name === name) ?? run.jobs.find((j) => j.id === name);
  if (!job) throw new Error(`run of ${run.workflow} has no job ${name} (it has ${run.jobs.map((j) => j.name).join(', ')})`);
  return job;
}

/** A step of a job by id or label. */
export function stepOf(job: JobResult, name: string): StepResult {
  const step = job.steps.find((s) => s.id === name) ?? job.steps.find((s) => s.label === name);
  if (!step) throw new Error(`job ${job.name} has no step ${name} (it has ${job.steps.map((s) => s.id ?? s.label).join(', ')})`);
  return step;
}
