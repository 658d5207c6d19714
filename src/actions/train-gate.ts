// train-gate: candidate metrics against a baseline (file, git ref, merge base, registry, none), rules
// with direction-aware tolerances, paired significance from predictions (overall, per slice, and the
// fairness of both models), one sticky PR comment. With `report` it only comments: it re-renders a
// report written by an earlier run (a fork's pull request) through its own validation and escaping.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commentMarker, createGitHub, currentRepo, fileAtGitRef, pullRequestOf, readEvent, runUrl, upsertStickyComment } from '../github/index.js';
import {
  buildSlicing,
  compareFairness,
  compareSlices,
  diffMetrics,
  fairnessReasons,
  higherIsBetter,
  judgeIntervals,
  overallVerdict,
  pairPredictions,
  parseFairnessLimits,
  parseMetrics,
  parseRules,
  parseSliceBins,
  parseSliceSpecs,
  parseSliceTolerances,
  readExampleData,
  readReport,
  readPredictions,
  renderTrainGate,
  type Cell,
  type Metrics,
  type Paired,
  type Predictions,
  type SliceSpec,
  type TrainGateReport,
} from '../metrics/index.js';
import { detectFormat } from '../data/index.js';
import { openRegistry, type RegisteredVersion, type Registry } from '../registry/index.js';
import { ConfigurationError, displayPath, inputFile, Inputs, refuseOverwritingInputs, reportOutcome, resolveInputPath, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';
import { bootstrapDeltas, discordantPairs, mcnemarExact, percentileIntervals, type PairedMetric } from '../stats/index.js';

const COMMENT_BUDGET = 60_000; // under GitHub's 65,536, leaving room for the marker

function readSettings(io: ActionIO, onPullRequest: boolean) {
  const inputs = new Inputs(io);
  const rulesInput = inputs.optional('rules');
  const fileOf = (name: string) => {
    const value = inputs.optional(name);
    return value && !value.includes('\n') && /\.(ya?ml|json)$/i.test(value) ? value : undefined;
  };
  const baseline = inputs.optional('baseline') ?? (onPullRequest ? 'git:base' : 'none');
  return {
    metrics: inputs.required('metrics'),
    baseline,
    rules: parseRules(inputs.yaml('rules'), fileOf('rules') ?? (rulesInput ? 'inline' : '')),
    predictions: inputs.optional('predictions'),
    baselinePredictions: inputs.optional('baseline-predictions'),
    slices: parseSliceSpecs(inputs.list('slices'), 'slices'),
    sliceData: inputs.optional('slice-data'),
    sliceBins: parseSliceBins(inputs.yaml('slice-bins')),
    minSliceSize: inputs.number('min-slice-size', 30, { min: 1, integer: true }),
    maxSliceRegression: parseSliceTolerances(inputs.yaml('max-slice-regression')),
    sensitive: parseSliceSpecs(inputs.list('sensitive-features'), 'sensitive-features'),
    fairness: { gap: parseFairnessLimits(inputs.yaml('max-fairness-gap'), 'max-fairness-gap'), increase: parseFairnessLimits(inputs.yaml('max-fairness-increase'), 'max-fairness-increase') },
    confidence: inputs.number('confidence', 0.95, { min: 0.5, max: 0.999 }),
    samples: inputs.number('bootstrap-samples', 2000, { min: 100, max: 100_000, integer: true }),
    seed: inputs.number('seed', 42, { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }),
    failOn: inputs.oneOf('fail-on', ['error', 'never'] as const, 'error'),
    comment: inputs.boolean('comment', onPullRequest),
    commentId: inputs.string('comment-id', 'default'),
    reportPath: inputs.string('report-path', 'mlops-reports/train-gate.json'),
    registry: inputs.string('registry', 'github'),
    token: inputs.optional('github-token') ?? '',
    /** Author-given files the report must not overwrite. */
    inputFiles: { metrics: inputs.optional('metrics'), baseline: /^(git:|registry:|none$)/.test(baseline) ? undefined : baseline, rules: fileOf('rules'), predictions: inputs.optional('predictions'), 'baseline-predictions': inputs.optional('baseline-predictions'), 'slice-data': inputs.optional('slice-data'), 'slice-bins': fileOf('slice-bins') },
  };
}

type Settings = ReturnType<typeof readSettings>;

function readMetricsFile(io: ActionIO, given: string, inputName: string): Metrics {
  return parseMetrics(readFileSync(inputFile(io.workspace, given, inputName), 'utf8'), given);
}

interface Baseline {
  metrics?: Metrics;
  source: string;
  description: string;
  /** The registered version, when the baseline comes from a registry. */
  registered?: { registry: Registry; version: RegisteredVersion };
}

/** The baseline metrics and how to name them, or none. */
async function loadBaseline(io: ActionIO, settings: Settings): Promise<Baseline> {
  const spec = settings.baseline;
  if (spec === 'none') return { source: 'none', description: 'none (no comparison)' };
  if (spec.startsWith('registry:')) {
    const reference = spec.slice('registry:'.length);
    const registry = openRegistry(settings.registry, io, settings.token);
    // A stage nothing holds yet is the first model of a repository: no baseline, as deploy-canary's initial roll-out.
    const [, model, stage] = /^(.+?)#([^#]+)$/.exec(reference) ?? [];
    if (model && stage && (await registry.stageVersion(model, stage)) === undefined) {
      io.annotate('warning', `No version of ${model} holds stage ${stage} in the ${settings.registry} registry yet: no baseline to compare with (the rules' bounds still apply).`, { title: 'train-gate' });
      return { source: 'registry', description: `${reference} in the ${settings.registry} registry: no version holds it yet, no comparison` };
    }
    const version = await registry.resolve(reference);
    const metrics = new Map(Object.entries(version.card?.metrics ?? {}));
    if (metrics.size === 0) throw new ConfigurationError(`Input 'baseline': ${reference} resolves to ${version.version}, which was registered without metrics. Register with the metrics input.`);
    return { metrics, source: 'registry', description: `${version.card.name} ${version.version} (${reference}) in the ${settings.registry} registry`, registered: { registry, version } };
  }
  if (!spec.startsWith('git:')) {
    return { metrics: readMetricsFile(io, spec, 'baseline'), source: 'file', description: `file ${spec}` };
  }

  const at = await fileAtGitRef(io.workspace, resolveInputPath(io.workspace, settings.metrics), spec, 'baseline', pullRequestOf(readEvent(io.env)), (m) => io.info(m));
  const description = `${at.relative} at ${at.commit.slice(0, 12)} (${at.name})`;
  if (at.text === undefined) {
    io.annotate('warning', `${at.relative} does not exist at ${at.commit.slice(0, 12)} (${at.name}): no baseline to compare with.`, { title: 'train-gate' });
    return { source: 'git', description: `${description}: not found, no comparison` };
  }
  return { metrics: parseMetrics(at.text, at.relative), source: 'git', description };
}

/** The columns slicing and fairness read, each once. */
const columnsOf = (specs: SliceSpec[]) => [...new Set(specs.flatMap((s) => s.columns))];

/**
 * The baseline's predictions: the input, or those registered with the baseline's version (copied to a
 * temporary file; only the extension of the card's name is used, so a stored name cannot point elsewhere).
 */
async function baselinePredictionsFile(io: ActionIO, settings: Settings, baseline: Baseline): Promise<{ file: string; display: string } | undefined> {
  if (settings.baselinePredictions) return { file: inputFile(io.workspace, settings.baselinePredictions, 'baseline-predictions'), display: settings.baselinePredictions };
  const registered = baseline.registered;
  if (!settings.predictions || !registered) return undefined;
  const { registry, version } = registered;
  const name = version.card.predictions;
  const display = `${name ?? 'predictions'} of ${version.card.name} ${version.version} (registry)`;
  const bytes = name ? await registry.store.readFile(version.card.name, version.version, name) : undefined;
  if (!name || !bytes) {
    io.annotate('warning', `${version.card.name} ${version.version} was registered without predictions${name ? ` (its ${name} could not be read from the ${registry.store.label} registry)` : ''}: no paired comparison. Register with register-model's predictions input, or give baseline-predictions.`, { title: 'train-gate' });
    return undefined;
  }
  const { format, gzip } = detectFormat(name);
  const file = path.join(mkdtempSync(path.join(io.env.RUNNER_TEMP || tmpdir(), 'train-gate-')), `baseline-predictions.${format}${gzip ? '.gz' : ''}`);
  writeFileSync(file, bytes);
  return { file, display };
}

/** Each requested column's value per paired example: from slice-data (joined by id), else the predictions files. */
async function sliceValues(io: ActionIO, settings: Settings, columns: string[], sides: [Predictions, Predictions], paired: Paired): Promise<Map<string, Cell[]>> {
  const out = new Map<string, Cell[]>();
  if (settings.sliceData) {
    const data = await readExampleData(inputFile(io.workspace, settings.sliceData, 'slice-data'), settings.sliceData, 'slice-data', columns);
    const row = new Map(data.ids.map((id, i) => [id, i]));
    for (const column of columns) {
      const values = data.extra.get(column);
      if (!values) throw new ConfigurationError(`Input 'slice-data': ${settings.sliceData} has no column "${column}" (named in slices or sensitive-features).`);
      out.set(column, Array.from(paired.rows[0], (r) => values[row.get(sides[0].ids[r]!) ?? -1] ?? null));
    }
    return out;
  }
  for (const column of columns) {
    const side = sides.findIndex((s) => s.extra.has(column));
    if (side < 0) throw new ConfigurationError(`The slice column "${column}" is in neither ${sides[0].source} ('predictions') nor ${sides[1].source} (baseline predictions). Add it to the predictions file, or give slice-data (a file joined by id).`);
    const values = sides[side]!.extra.get(column)!;
    out.set(column, Array.from(paired.rows[side]!, (r) => values[r]!));
  }
  return out;
}

async function pairedComparison(io: ActionIO, settings: Settings, baseline: Baseline): Promise<Pick<TrainGateReport, 'paired' | 'slices' | 'fairness'>> {
  const wantsSlices = settings.slices.length > 0 || settings.sensitive.length > 0;
  if (!settings.predictions && settings.baselinePredictions) throw new ConfigurationError(`Input 'baseline-predictions' needs 'predictions' (the candidate's) too.`);
  const baselineFile = await baselinePredictionsFile(io, settings, baseline);
  if (!settings.predictions || !baselineFile) {
    if (settings.predictions && baseline.source !== 'registry') throw new ConfigurationError(`Inputs 'predictions' and 'baseline-predictions' go together: give both, or neither (with baseline registry:<model>#<stage>, the predictions registered with that version are used).`);
    if (wantsSlices) throw new ConfigurationError(`Inputs 'slices' and 'sensitive-features' compare both models' predictions: give 'predictions' and 'baseline-predictions' (or a registry baseline registered with predictions).`);
    return {};
  }
  const columns = columnsOf([...settings.slices, ...settings.sensitive]);
  const extra = settings.sliceData ? [] : columns;
  const sides: [Predictions, Predictions] = [
    await readPredictions(inputFile(io.workspace, settings.predictions, 'predictions'), settings.predictions, 'predictions', extra),
    await readPredictions(baselineFile.file, baselineFile.display, 'baseline-predictions', extra),
  ];
  const paired = pairPredictions(...sides);
  const { data, metrics } = paired;
  const values = columns.length > 0 ? await sliceValues(io, settings, columns, sides, paired) : new Map<string, Cell[]>();
  const slicings = settings.slices.map((spec) => buildSlicing(spec, values, settings.sliceBins));
  const deltas = await bootstrapDeltas(data, metrics, { samples: settings.samples, seed: settings.seed, slicings });
  const intervals = judgeIntervals(percentileIntervals(data, metrics, deltas, settings.confidence), settings.rules);
  let mcnemar: NonNullable<TrainGateReport['paired']>['mcnemar'];
  if (data.candidate.predictions && data.baseline.predictions && metrics.includes('accuracy')) {
    const { b, c } = discordantPairs(data);
    mcnemar = { n: b + c, b, c, ...mcnemarExact(b, c) };
  }
  return {
    paired: {
      n: data.labels.length,
      candidateOnly: paired.candidateOnly,
      baselineOnly: paired.baselineOnly,
      unmatched: paired.candidateOnly + paired.baselineOnly,
      confidence: settings.confidence,
      samples: settings.samples,
      seed: settings.seed,
      mcnemar,
      intervals,
    },
    ...(slicings.length > 0 && { slices: compareSlices(data, metrics, slicings, deltas, { confidence: settings.confidence, minSize: settings.minSliceSize, tolerances: settings.maxSliceRegression ?? new Map(), higherIsBetter: (metric: PairedMetric) => higherIsBetter(metric, settings.rules) }) }),
    ...(settings.sensitive.length > 0 && { fairness: { minSize: settings.minSliceSize, features: compareFairness(data, settings.sensitive.map((spec) => buildSlicing(spec, values, settings.sliceBins)), settings.minSliceSize) } }),
  };
}

/** Comments a report on a pull request, rendered by this action: create or update the sticky comment. */
async function comment(io: ActionIO, token: string, commentId: string, prNumber: number, body: string, fromFork: boolean): Promise<string> {
  const outcome = await upsertStickyComment(createGitHub(token, io), currentRepo(io.env), prNumber, commentMarker('train-gate', commentId), body);
  if (outcome.action === 'refused') {
    io.annotate(
      'warning',
      `Could not comment on pull request #${prNumber}${fromFork ? ' (it comes from a fork, whose token is read-only)' : ''}: ${outcome.reason}. The report is in the job summary. To comment on fork pull requests, upload the report as an artifact and run train-gate with its report and pull-request inputs from a workflow on workflow_run (see workflows-examples/fork-safe-comment.yml).`,
      { title: 'train-gate: no comment' },
    );
    return '';
  }
  io.info(`Comment ${outcome.action}: ${outcome.url}`);
  return outcome.url;
}

function setReportOutputs(io: ActionIO, report: TrainGateReport, reportFile: string | undefined, commentUrl: string): void {
  io.setOutput('verdict', report.verdict);
  io.setOutput('report', reportFile ? displayPath(io.workspace, reportFile) : '');
  io.setOutput('diff', JSON.stringify(report.metrics.map(({ metric, baseline: b, candidate: c, change, status }) => ({ metric, baseline: b ?? null, candidate: c ?? null, change: change ?? null, status }))));
  io.setOutput('slices', JSON.stringify(report.slices?.slices ?? []));
  io.setOutput('regressed-slices', JSON.stringify(report.slices?.regressed ?? []));
  io.setOutput('fairness', JSON.stringify(report.fairness?.features ?? []));
  io.setOutput('comment-url', commentUrl);
}

/**
 * Comment-from-report mode (the fork-safe workflow_run pattern): the report comes from a fork's run,
 * so it is untrusted. It is read within a size cap, validated field by field into a new report (no
 * unknown key, every text length-capped, every enum checked), and rendered with the usual escaping.
 * The step does not fail on the report's own result: the run that wrote it did.
 */
async function commentFromReport(io: ActionIO, inputs: Inputs, given: string): Promise<void> {
  const prNumber = inputs.number('pull-request', 0, { min: 1, integer: true });
  if (prNumber === 0) throw new ConfigurationError(`Input 'report' needs 'pull-request': the number of the pull request to comment on (for a fork's run, find it by the head SHA of github.event.workflow_run).`);
  const file = inputFile(io.workspace, given, 'report');
  const report = readReport(file, given);
  const body = `${renderTrainGate(report, COMMENT_BUDGET, runUrl(io.env))}\n\n_Rendered by train-gate from the report of an earlier run: its shape checked and its text escaped here._`;
  await io.appendSummary(renderTrainGate(report, 1_000_000));
  const url = await comment(io, inputs.optional('github-token') ?? '', inputs.string('comment-id', 'default'), prNumber, body, false);
  io.setOutput('passed', String(report.passed));
  setReportOutputs(io, report, file, url);
}

export const trainGate: ActionMain = async (io) => {
  const event = readEvent(io.env);
  const pr = pullRequestOf(event);
  const reportInput = new Inputs(io).optional('report');
  if (reportInput) return commentFromReport(io, new Inputs(io), reportInput);
  const settings = readSettings(io, pr !== undefined);
  const candidate = readMetricsFile(io, settings.metrics, 'metrics');
  const baseline = await loadBaseline(io, settings);
  refuseOverwritingInputs(io.workspace, settings.reportPath, 'report-path', settings.inputFiles);
  const rows = diffMetrics(candidate, baseline.metrics, settings.rules);
  const compared = await pairedComparison(io, settings, baseline);
  const paired = compared.paired;

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
  const gatedSlices = settings.maxSliceRegression;
  const sliceReasons = (compared.slices?.slices ?? []).flatMap((slice) =>
    slice.metrics.filter((m) => m.verdict === 'regressed' && gatedSlices?.has(m.metric)).map((m) => `slice ${slice.slice}: ${m.metric} regressed by ${+Math.abs(m.delta).toPrecision(4)} (interval [${m.low.toPrecision(4)}, ${m.high.toPrecision(4)}], tolerated ${m.tolerance})`),
  );
  const reasons = [...rows.flatMap((r) => r.reasons.map((reason) => `${r.metric}: ${reason}`)), ...sliceReasons, ...fairnessReasons(compared.fairness?.features ?? [], settings.fairness)];
  const report: TrainGateReport = {
    kind: 'mlops-actions/train-gate-report',
    version: 1,
    passed: reasons.length === 0,
    verdict: overallVerdict(paired?.intervals ?? []),
    reasons,
    baseline: { source: baseline.source, description: baseline.description },
    metrics: rows,
    ...compared,
  };

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, JSON.stringify(report, null, 2), 'report-path');
  await io.appendSummary(renderTrainGate(report, 1_000_000));
  let commentUrl = '';
  if (settings.comment) {
    if (!pr) io.info('Not a pull request: no comment; the job summary has the report.');
    else commentUrl = await comment(io, settings.token, settings.commentId, pr.number, renderTrainGate(report, COMMENT_BUDGET, runUrl(io.env)), pr.fromFork);
  }
  setReportOutputs(io, report, reportFile, commentUrl);
  reportOutcome(io, 'train-gate', { passed: report.passed, failStep: settings.failOn === 'error', problem: reasons.join('; ') });
};
