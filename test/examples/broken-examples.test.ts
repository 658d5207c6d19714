// The runner fails a broken example: copies of the examples with a wrong output name, a missing
// `needs:` and a step that fails, each caught where a user would otherwise find out on GitHub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { churnRepositoryFiles, exampleWorkflows, Warehouse } from '../fixtures/churn-repository.js';
import { customers } from '../../src/demo/data.js';
import { jobOf, stepOf, type WorkflowRunResult } from '../workflow/result.js';
import { startWorld, type World } from '../workflow/setup.js';

/** A copy of an example with one edit; the edit must apply. */
function broken(file: string, from: string | RegExp, to: string): string {
  const original = exampleWorkflows()[file]!;
  const changed = original.replace(from, to);
  if (changed === original) throw new Error(`the edit of ${file} did not apply: the example changed, update this test`);
  return changed;
}

describe('the runner fails a broken example', () => {
  let world: World;
  const warehouse = new Warehouse();
  let runs: WorkflowRunResult[];
  const run = (file: string) => runs.find((r) => r.workflow === file)!;

  beforeAll(async () => {
    const workflows = {
      'wrong-output.yml': broken('pr-train-gate.yml', 'steps.gate.outputs.verdict', 'steps.gate.outputs.verdicts').replace('max-annotations:', 'max-annotation:'),
      'failing-step.yml': broken('pr-train-gate.yml', 'run: node train/train.mjs data/train.csv model', 'run: node train/train.mjs data/no-such-file.csv model'),
      'missing-needs.yml': broken('sharded-profile.yml', '    needs: profile\n', '').replace('shard: [0, 1, 2, 3]', 'shard: [0]'),
    };
    world = await startWorld(workflows, churnRepositoryFiles(warehouse, { workflows: {} }));
    world.fixture.commit('more-data', { 'data/train.csv': customers(2, 900) }, 'more training data');
    runs = [
      ...(await world.runner.trigger({ event: 'pull_request', pr: world.fixture.pullRequest(1, 'more-data') })),
      ...(await world.runner.trigger({ event: 'workflow_dispatch', workflow: 'missing-needs.yml' })),
    ];
  }, 180_000);
  afterAll(async () => {
    await world?.stop();
    warehouse.remove();
  });

  it('a wrong output or input name: both are recorded (GitHub would quietly give an empty string, and only warn about the input)', () => {
    const wrong = run('wrong-output.yml');
    expect(wrong.problems).toEqual([{
      job: 'gate', step: 'mlops-actions/mlops-actions/actions/validate-data@v1', where: 'with.max-annotation', reference: 'with.max-annotation',
      message: 'mlops-actions/mlops-actions/actions/validate-data@v1 has no input \'max-annotation\' (GitHub warns "Unexpected input(s)" and passes it on)',
    }, {
      job: 'gate', step: 'Run echo "verdict=$VERDICT passed=$PASSED rows=$ROWS"', where: 'env.VERDICT',
      reference: 'steps.gate.outputs.verdicts', message: "train-gate (step gate) has no output 'verdicts'",
    }]);
    expect(jobOf(wrong, 'gate').steps.at(-1)!.log).toBe('verdict= passed=true rows=900\n');
  });

  it('a step that fails: the run fails there, later steps are skipped, the upload too (no report to keep)', () => {
    const failing = run('failing-step.yml');
    expect(failing.conclusion).toBe('failure');
    const job = jobOf(failing, 'gate');
    expect(job.steps.map((s) => [s.id ?? s.label.split('@')[0], s.conclusion])).toEqual([
      ['actions/checkout', 'success'], ['actions/setup-node', 'success'], ['validate', 'success'], ['Train', 'failure'], ['gate', 'skipped'],
      ['Keep the report for the fork-safe comment workflow', 'skipped'], ['Run echo "verdict=$VERDICT passed=$PASSED rows=$ROWS"', 'skipped'],
    ]);
    expect(stepOf(job, 'Train').log).toContain('no such file or directory');
  });

  it('a missing needs: the merge job may not count on the shards\' artifacts, so the run fails', () => {
    const missing = run('missing-needs.yml');
    expect(missing.conclusion).toBe('failure');
    const merge = jobOf(missing, 'merge-and-check');
    expect(merge.steps[0]).toMatchObject({ conclusion: 'failure', log: expect.stringContaining('artifact profile-0 comes from job profile (0), which this job does not need') });
  });
});
