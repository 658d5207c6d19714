// Loads a workflow file as the runner needs it: validated by GitHub's @actions/workflow-parser (its
// errors are ours), triggers from the parser's converted template, and jobs and steps from the YAML
// with every `uses:` resolved up front. What this runner does not implement is an error here, so a
// workflow never runs with a part of it silently left out.
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import YAML from 'yaml';
import { contractOf, resolveUses, type StepAction } from './equivalents.js';

type Json = any;

export class WorkflowError extends Error {}

export interface StepSpec {
  /** The explicit `id:`, if any (only those are in the steps context). */
  id?: string;
  /** How logs and results name the step: its name, else `Run <first line>` or `<uses>`, as GitHub shows it. */
  label: string;
  raw: Json;
  action?: StepAction;
}

export interface JobSpec {
  id: string;
  raw: Json;
  needs: string[];
  steps: StepSpec[];
}

export interface Workflow {
  file: string;
  /** Where it lives in the repository, e.g. .github/workflows/retrain.yml. */
  path: string;
  name: string;
  content: string;
  raw: Json;
  /** `on:` as the parser normalises it (every event a key; filters as arrays). */
  events: Record<string, Json>;
  jobs: JobSpec[];
}

const JOB_KEYS = new Set(['name', 'needs', 'if', 'runs-on', 'permissions', 'outputs', 'env', 'defaults', 'timeout-minutes', 'strategy', 'steps']);
const STEP_KEYS = new Set(['id', 'name', 'if', 'uses', 'run', 'with', 'env', 'shell', 'working-directory', 'continue-on-error', 'timeout-minutes']);

export async function loadWorkflow(file: string, content: string): Promise<Workflow> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : undefined;
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !template) throw new WorkflowError(`${file} is not a valid workflow:\n${errors.join('\n')}`);
  const raw = YAML.parse(content);
  const problems: string[] = [];
  const jobs: JobSpec[] = Object.entries<Json>(raw.jobs).map(([id, job]) => {
    for (const key of Object.keys(job)) if (!JOB_KEYS.has(key)) problems.push(`job ${id}: '${key}' is not supported by the local runner`);
    if (job.defaults?.run?.shell && job.defaults.run.shell !== 'bash') problems.push(`job ${id}: only bash runs here, not ${job.defaults.run.shell}`);
    const steps = (job.steps ?? []).map((step: Json, index: number): StepSpec => {
      const where = `job ${id}, step ${index + 1}`;
      for (const key of Object.keys(step)) if (!STEP_KEYS.has(key)) problems.push(`${where}: '${key}' is not supported by the local runner`);
      if (step.shell && step.shell !== 'bash') problems.push(`${where}: only bash runs here, not ${step.shell}`);
      const label = step.name ?? (step.run ? `Run ${String(step.run).trim().split('\n')[0]}` : String(step.uses));
      if (step.run !== undefined) return { id: step.id, label, raw: step };
      try {
        const action = resolveUses(String(step.uses));
        const declared = contractOf(action).inputs;
        if (action.kind === 'equivalent') {
          for (const key of Object.keys(step.with ?? {})) if (!(key in declared)) problems.push(`${where}: the local equivalent of ${action.equivalent.action} does not honour input '${key}' (it honours: ${Object.keys(declared).join(', ')})`);
        }
        return { id: step.id, label, raw: step, action };
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
        return { id: step.id, label, raw: step };
      }
    });
    const needs = job.needs === undefined ? [] : [job.needs].flat().map(String);
    return { id, raw: job, needs, steps };
  });
  if (problems.length > 0) throw new WorkflowError(`${file} cannot run here:\n${problems.join('\n')}`);
  const name = typeof raw.name === 'string' ? raw.name : `.github/workflows/${file}`;
  return { file, path: `.github/workflows/${file}`, name, content, raw, events: template.events as Record<string, Json>, jobs };
}

/** The jobs in an order where every job comes after the jobs it needs (the parser has refused cycles). */
export function jobOrder(workflow: Workflow): JobSpec[] {
  const done = new Set<string>();
  const order: JobSpec[] = [];
  const visit = (job: JobSpec) => {
    if (done.has(job.id)) return;
    done.add(job.id);
    for (const need of job.needs) visit(workflow.jobs.find((j) => j.id === need)!);
    order.push(job);
  };
  for (const job of workflow.jobs) visit(job);
  return order;
}
