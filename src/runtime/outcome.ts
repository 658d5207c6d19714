import type { ActionIO } from './port.js';

/**
 * The suite's one failure style. `passed` always reflects the checks, whatever `fail-on` says; the step
 * fails only when `fail-on` asks for it, with one sentence that says what failed and where to look.
 * A failure that `fail-on` lets through is a warning, so it is never mistaken for a pass.
 */
export function reportOutcome(io: ActionIO, action: string, outcome: { passed: boolean; failStep: boolean; problem: string }): void {
  io.setOutput('passed', String(outcome.passed));
  if (outcome.passed) return;
  if (outcome.failStep) io.setFailed(`${action} failed: ${outcome.problem}. See the job summary.`);
  else io.annotate('warning', `${action}: ${outcome.problem} (the step does not fail: fail-on says so). See the job summary.`, { title: action });
}
