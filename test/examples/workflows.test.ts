// Every example workflow, and this repository's own (.github/workflows: ci, check-dist, release), parses
// with @actions/workflow-parser; every use of our actions names an existing action, passes only its
// inputs (and all required ones), and reads only outputs it has; third-party actions are pinned.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { listActions, readActionMetadata } from '../../src/runtime/action-metadata.js';
import { ROOT } from '../harness/run-action.js';

const EXAMPLES = path.join(ROOT, 'workflows-examples');
const OWN = path.join(ROOT, '.github', 'workflows');
const ACTIONS_DIR = path.join(ROOT, 'actions');
const OURS = /^mlops-actions\/mlops-actions\/actions\/([\w-]+)@/;
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;

/** What is wrong with a workflow, as a list of sentences (empty when nothing is). */
export async function checkWorkflow(name: string, content: string): Promise<string[]> {
  const problems: string[] = [];
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  problems.push(...parsed.context.errors.getErrors().map((e) => `parser: ${e.message}`));
  if (!parsed.value) return problems;
  await convertWorkflowTemplate(parsed.context, parsed.value);
  problems.push(...parsed.context.errors.getErrors().map((e) => `converter: ${e.message}`).filter((p) => !problems.includes(p.replace('converter', 'parser'))));
  const workflow = YAML.parse(content);
  if (!workflow.permissions) problems.push('no top-level permissions: (give the least the jobs need)');
  const known = new Set(listActions(ACTIONS_DIR));
  for (const [jobId, job] of Object.entries<any>(workflow.jobs ?? {})) {
    const stepAction = new Map<string, string>();
    for (const step of job.steps ?? []) {
      // An expression inside a script is a shell-injection hole: values go through env: instead.
      const expanded = String(step.run ?? '').split('\n').find((line) => line.includes('${{'));
      if (expanded !== undefined) problems.push(`expression inside a run: script: ${expanded.trim()}`);
      if (!step.uses) continue;
      const ours = OURS.exec(step.uses)?.[1];
      if (!ours) {
        if (!PINNED.test(step.uses)) problems.push(`${jobId}: ${step.uses} is not pinned to a commit SHA`);
        continue;
      }
      if (!known.has(ours)) {
        problems.push(`${jobId}: ${step.uses} names no action of ours`);
        continue;
      }
      const meta = readActionMetadata(ACTIONS_DIR, ours);
      for (const key of Object.keys(step.with ?? {})) if (!meta.inputs[key]) problems.push(`${jobId}: ${ours} has no input '${key}'`);
      for (const [input, spec] of Object.entries(meta.inputs)) if (spec.required && step.with?.[input] === undefined) problems.push(`${jobId}: ${ours} needs input '${input}'`);
      if (step.id) stepAction.set(step.id, ours);
    }
    for (const [, id, output] of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const action = stepAction.get(id!);
      if (action && !readActionMetadata(ACTIONS_DIR, action).outputs[output!]) problems.push(`${jobId}: ${action} (step ${id}) has no output '${output}'`);
    }
  }
  return problems;
}

describe('example workflows', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'));

  it('are the six the README promises', () => {
    expect(files.sort()).toEqual(['drift-retrain.yml', 'fork-safe-comment.yml', 'main-register-deploy.yml', 'pr-train-gate.yml', 'retrain.yml', 'sharded-profile.yml']);
  });

  for (const file of files) {
    it(`${file} parses and uses our actions as they are declared`, async () => {
      expect(await checkWorkflow(file, readFileSync(path.join(EXAMPLES, file), 'utf8'))).toEqual([]);
    });
  }

  for (const file of readdirSync(OWN).filter((f) => f.endsWith('.yml'))) {
    it(`this repository's ${file} passes the same checks`, async () => {
      expect(await checkWorkflow(file, readFileSync(path.join(OWN, file), 'utf8'))).toEqual([]);
    });
  }

  it('catches an unknown input, a missing output, an unpinned action and a syntax error', async () => {
    const content = readFileSync(path.join(EXAMPLES, 'pr-train-gate.yml'), 'utf8');
    expect(await checkWorkflow('x.yml', content.replace('max-annotations: 20', 'max-annotation: 20'))).toEqual(['gate: validate-data has no input \'max-annotation\'']);
    expect(await checkWorkflow('x.yml', content.replace('steps.gate.outputs.verdict', 'steps.gate.outputs.verdicts'))).toEqual(['gate: train-gate (step gate) has no output \'verdicts\'']);
    expect(await checkWorkflow('x.yml', content.replace(/actions\/checkout@[0-9a-f]{40}/, 'actions/checkout@v4'))).toEqual(['gate: actions/checkout@v4 is not pinned to a commit SHA']);
    expect((await checkWorkflow('x.yml', content.replace('runs-on: ubuntu-24.04', 'runs-on: [ubuntu-24.04\n'))).length).toBeGreaterThan(0);
    expect(await checkWorkflow('x.yml', content.replace('run: echo "verdict=$VERDICT', 'run: echo "verdict=${{ steps.gate.outputs.verdict }}'))).toEqual(['expression inside a run: script: echo "verdict=${{ steps.gate.outputs.verdict }} passed=$PASSED rows=$ROWS"']);
    const script = readFileSync(path.join(OWN, 'release.yml'), 'utf8').replace('git tag --force "$major" "$GITHUB_SHA"', 'git tag --force "$major" "${{ github.sha }}"');
    expect(await checkWorkflow('release.yml', script)).toEqual(['expression inside a run: script: git tag --force "$major" "${{ github.sha }}"']);
  });
});
