// train-gate: candidate metrics against a baseline (file, git ref, merge base, none), rules with
// direction-aware tolerances, paired significance from predictions, one sticky PR comment.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commentMarker, createGitHub, currentRepo, git, mergeBase, pullRequestOf, readEvent, runUrl, upsertStickyComment } from '../github/index.js';
import { diffMetrics, judgeIntervals, overallVerdict, pairPredictions, parseMetrics, parseRules, readPredictions, renderTrainGate, type Metrics, type TrainGateReport } from '../metrics/index.js';
import { openRegistry } from '../registry/index.js';
import { ConfigurationError, displayPath, inputFile, Inputs, resolveInputPath, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';
import { mcnemarExact, pairedBootstrap } from '../stats/index.js';

const COMMENT_BUDGET = 60_000; // under GitHub's 65,536, leaving room for the marker

interface Settings {
  metrics: string;
  baseline: string;
  rules: ReturnType<typeof parseRules>;
  predictions?: string;
  baselinePredictions?: string;
  confidence: number;
  samples: number;
  seed: number;
  comment: boolean;
  commentId: string;
  reportPath: string;
  registry: string;
  token: string;
}

function readSettings(io: ActionIO, onPullRequest: boolean): Settings {
  const inputs = new Inputs(io);
  const rulesInput = inputs.optional('rules');
  return {
    metrics: inputs.required('metrics'),
    baseline: inputs.optional('baseline') ?? (onPullRequest ? 'git:base' : 'none'),
    rules: parseRules(inputs.yaml('rules'), rulesInput && !rulesInput.includes('\n') && /\.(ya?ml|json)$/i.test(rulesInput) ? rulesInput : 'inline'),
    predictions: inputs.optional('predictions'),
    baselinePredictions: inputs.optional('baseline-predictions'),
    confidence: inputs.number('confidence', 0.95, { min: 0.5, max: 0.999 }),
    samples: inputs.number('bootstrap-samples', 2000, { min: 100, max: 100_000, integer: true }),
    seed: inputs.number('seed', 42, { min: 0, integer: true }),
    comment: inputs.boolean('comment', onPullRequest),
    commentId: inputs.string('comment-id', 'default'),
    reportPath: inputs.string('report-path', 'mlops-reports/train-gate.json'),
    registry: inputs.string('registry', 'github'),
    token: inputs.optional('github-token') ?? '',
  };
}

function readMetricsFile(io: ActionIO, given: string, inputName: string): Metrics {
  return parseMetrics(readFileSync(inputFile(io.workspace, given, inputName), 'utf8'), given);
}

/** The baseline metrics and how to name them, or none. */
async function loadBaseline(io: ActionIO, settings: Settings): Promise<{ metrics?: Metrics; source: string; description: string }> {
  const spec = settings.baseline;
  if (spec === 'none') return { source: 'none', description: 'none (no comparison)' };
  if (spec.startsWith('registry:')) {
    const reference = spec.slice('registry:'.length);
    const version = await openRegistry(settings.registry, io, settings.token).resolve(reference);
    const metrics = new Map(Object.entries(version.card?.metrics ?? {}));
    if (metrics.size === 0) throw new ConfigurationError(`Input 'baseline': ${reference} resolves to ${version.version}, which was registered without metrics. Register with the metrics input.`);
    return { metrics, source: 'registry', description: `${version.card.name} ${version.version} (${reference}) in the ${settings.registry} registry` };
  }
  if (!spec.startsWith('git:')) return { metrics: readMetricsFile(io, spec, 'baseline'), source: 'file', description: `file ${spec}` };

  const root = (await git(io.workspace, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new ConfigurationError(`Input 'baseline' is ${spec}, but the workspace is not a git checkout. Add actions/checkout before this step.`);
  })).trim();
  const relative = path.relative(root, resolveInputPath(io.workspace, settings.metrics)).split(path.sep).join('/');
  let commit: string;
  let name: string;
  if (spec === 'git:base') {
    const pr = pullRequestOf(readEvent(io.env));
    if (!pr) throw new ConfigurationError(`Input 'baseline' is git:base, which needs a pull_request event (this is ${io.env.GITHUB_EVENT_NAME || 'no event'}). Use git:<ref> or a file.`);
    commit = await mergeBase(io.workspace, pr.baseSha, (m) => io.info(m));
    name = `merge base with ${pr.baseRef}`;
  } else {
    const ref = spec.slice('git:'.length);
    if (!/^[\w./@{}~^-]+$/.test(ref) || ref.startsWith('-')) throw new ConfigurationError(`Input 'baseline': "${ref}" is not a git ref.`);
    commit = (await git(io.workspace, ['rev-parse', '--verify', `${ref}^{commit}`]).catch(() => {
      throw new ConfigurationError(`Input 'baseline': git cannot find "${ref}" in this checkout (fetch it first, e.g. actions/checkout with fetch-depth: 0).`);
    })).trim();
    name = ref;
  }
  const description = `${relative} at ${commit.slice(0, 12)} (${name})`;
  try {
    return { metrics: parseMetrics(await git(root, ['show', `${commit}:${relative}`]), relative), source: 'git', description };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    io.annotate('warning', `${relative} does not exist at ${commit.slice(0, 12)} (${name}): no baseline to compare with.`, { title: 'train-gate' });
    return { source: 'git', description: `${description}: not found, no comparison` };
  }
}

async function pairedComparison(io: ActionIO, settings: Settings): Promise<TrainGateReport['paired']> {
  if (!settings.predictions && !settings.baselinePredictions) return undefined;
  if (!settings.predictions || !settings.baselinePredictions) throw new ConfigurationError(`Inputs 'predictions' and 'baseline-predictions' go together: give both, or neither.`);
  const load = (given: string, name: string) => readPredictions(inputFile(io.workspace, given, name), given, name);
  const { data, metrics, unmatched } = pairPredictions(await load(settings.predictions, 'predictions'), await load(settings.baselinePredictions, 'baseline-predictions'));
  const intervals = judgeIntervals(await pairedBootstrap(data, metrics, { samples: settings.samples, confidence: settings.confidence, seed: settings.seed }), settings.rules);
  let mcnemar: NonNullable<TrainGateReport['paired']>['mcnemar'];
  if (data.candidate.predictions && data.baseline.predictions && metrics.includes('accuracy')) {
    let b = 0;
    let c = 0;
    data.labels.forEach((label, i) => {
      const candRight = data.candidate.predictions![i] === label;
      const baseRight = data.baseline.predictions![i] === label;
      if (candRight && !baseRight) b++;
      else if (!candRight && baseRight) c++;
    });
    mcnemar = { n: b + c, b, c, ...mcnemarExact(b, c) };
  }
  return { n: data.labels.length, unmatched, confidence: settings.confidence, samples: settings.samples, seed: settings.seed, mcnemar, intervals };
}

export const trainGate: ActionMain = async (io) => {
  const event = readEvent(io.env);
  const pr = pullRequestOf(event);
  const settings = readSettings(io, pr !== undefined);
  const candidate = readMetricsFile(io, settings.metrics, 'metrics');
  const baseline = await loadBaseline(io, settings);
  const rows = diffMetrics(candidate, baseline.metrics, settings.rules);
  const paired = await pairedComparison(io, settings);

  // With paired data, a tolerated-regression rule is judged on the interval (is the drop real?).
  if (paired) {
    for (const interval of paired.intervals) {
      const row = rows.find((r) => r.metric === interval.metric);
      if (!row) continue;
      row.reasons = row.reasons.filter((r) => !/^(dropped|rose) by/.test(r));
      if (interval.verdict === 'regressed') row.reasons.push(`regressed: the ${Math.round(paired.confidence * 100)}% interval of the change [${interval.low.toPrecision(4)}, ${interval.high.toPrecision(4)}] lies beyond the tolerated ${interval.tolerance.toPrecision(4)}`);
      if (row.status !== 'info') row.status = row.reasons.length > 0 ? 'fail' : 'pass';
    }
  }
  const reasons = rows.flatMap((r) => r.reasons.map((reason) => `${r.metric}: ${reason}`));
  const report: TrainGateReport = {
    kind: 'mlops-actions/train-gate-report',
    version: 1,
    passed: reasons.length === 0,
    verdict: overallVerdict(paired?.intervals ?? []),
    reasons,
    baseline: { source: baseline.source, description: baseline.description },
    metrics: rows,
    ...(paired ? { paired } : {}),
  };

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, JSON.stringify(report, null, 2), 'report-path');
  await io.appendSummary(renderTrainGate(report, 1_000_000));
  let commentUrl = '';
  if (settings.comment) {
    if (!pr) io.info('Not a pull request: no comment; the job summary has the report.');
    else {
      const outcome = await upsertStickyComment(createGitHub(settings.token, io), currentRepo(io.env), pr.number, commentMarker('train-gate', settings.commentId), renderTrainGate(report, COMMENT_BUDGET, runUrl(io.env)));
      if (outcome.action === 'refused') {
        io.annotate(
          'warning',
          `Could not comment on pull request #${pr.number}${pr.fromFork ? ' (it comes from a fork, whose token is read-only)' : ''}: ${outcome.reason}. The report is in the job summary. To comment on fork pull requests, upload the report as an artifact and comment from a second workflow on workflow_run (see workflows-examples/fork-safe-comment.yml).`,
          { title: 'train-gate: no comment' },
        );
      } else {
        commentUrl = outcome.url;
        io.info(`Comment ${outcome.action}: ${outcome.url}`);
      }
    }
  }
  io.setOutput('passed', String(report.passed));
  io.setOutput('verdict', report.verdict);
  io.setOutput('report', displayPath(io.workspace, reportFile));
  io.setOutput('diff', JSON.stringify(rows.map(({ metric, baseline: b, candidate: c, change, status }) => ({ metric, baseline: b ?? null, candidate: c ?? null, change: change ?? null, status }))));
  io.setOutput('comment-url', commentUrl);
  if (!report.passed) io.setFailed(`Train gate failed: ${reasons.join('; ')}`);
};
