// validate-data: read settings, validate every file in one pass each (looking for personal data on the
// way), judge the schema's changes against its baseline, write report/profile/schema, pin findings to
// the data file's and the schema file's lines, render the summary, set outputs.
import { readFileSync, statSync } from 'node:fs';
import YAML from 'yaml';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_EXAMPLES, detectFormat } from '../data/index.js';
import { pullRequestOf, readEvent, type PullRequestInfo } from '../github/event.js';
import { fileAtGitRef } from '../github/index.js';
import { ConfigurationError, displayPath, expandFiles, Inputs, inputFile, jsonPieces, reportOutcome, resolveInputPath, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';
import { DatasetProfile } from '../profile/index.js';
import {
  buildReport, failsStep, inferSchema, parseSchema, piiChecks, piiColumns, redactExamples, redactProfile, renderReport, Validator,
  type CheckResult, type DataFile, type FailOn, type PiiMode, type Schema, type SchemaChange, type ValidationReport,
} from '../validate/index.js';

interface Settings {
  data: string[];
  format?: string;
  schema?: string;
  /** none, git:base, git:<ref>, or a file. */
  schemaBaseline: string;
  /** The pull request this run is for (git:base compares with its base). */
  pullRequest?: PullRequestInfo;
  /** schema-baseline was not given: git:base on a pull request is tried, and only warned about when it cannot be read. */
  baselineByDefault: boolean;
  allowBreaking: boolean;
  pii: PiiMode | 'off';
  piiMinShare: number;
  inferSchema?: string;
  failOn: FailOn;
  maxAnnotations: number;
  maxColumns: number;
  maxExamples: number;
  profilePath?: string;
  reportPath: string;
  artifactName?: string;
}

function readSettings(io: ActionIO): Settings {
  const inputs = new Inputs(io);
  const data = inputs.lines('data');
  if (data.length === 0) throw new ConfigurationError(`Input 'data' is required: name a data file or glob (e.g. data/train.csv).`);
  const schema = inputs.optional('schema');
  const pullRequest = pullRequestOf(readEvent(io.env));
  const schemaBaseline = inputs.string('schema-baseline', schema && pullRequest ? 'git:base' : 'none');
  if (schemaBaseline !== 'none' && !schema) throw new ConfigurationError(`Input 'schema-baseline' is ${JSON.stringify(schemaBaseline)}, but no 'schema' is given: name the schema file whose changes to judge, or set schema-baseline: none.`);
  return {
    data,
    format: inputs.optional('format'),
    schema,
    schemaBaseline,
    pullRequest,
    baselineByDefault: inputs.optional('schema-baseline') === undefined,
    allowBreaking: inputs.boolean('allow-breaking', false),
    pii: inputs.oneOf('pii', ['detect', 'fail', 'off'] as const, 'detect'),
    piiMinShare: inputs.number('pii-min-share', 0.05, { min: 0, max: 1 }),
    inferSchema: inputs.optional('infer-schema'),
    failOn: inputs.oneOf('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    maxAnnotations: inputs.number('max-annotations', 10, { min: 0, integer: true }),
    maxColumns: inputs.number('max-columns', DEFAULT_MAX_COLUMNS, { min: 1, integer: true }),
    maxExamples: inputs.number('max-examples', DEFAULT_MAX_EXAMPLES, { min: 0, integer: true }),
    profilePath: inputs.optional('profile-path'),
    reportPath: inputs.string('report-path', 'mlops-reports/validate-data.json'),
    artifactName: inputs.optional('artifact-name'),
  };
}

/** A schema document's text, parsed; `input` and `name` say where it came from in errors. */
function parseSchemaText(text: string, input: string, name: string): Schema {
  let document: unknown;
  try {
    document = YAML.parse(text);
  } catch (error) {
    throw new ConfigurationError(`Input '${input}': "${name}" is not valid YAML or JSON: ${(error as Error).message}`);
  }
  return parseSchema(document, name);
}

function readInputFile(io: ActionIO, given: string, input: string): string {
  const file = inputFile(io.workspace, given, input);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ConfigurationError(`Input '${input}': the file "${given}" does not exist or cannot be read.`);
  }
}

/** The baseline schema: at the merge base or a ref (git:), or a file; undefined when it did not exist there. */
async function loadBaseline(io: ActionIO, settings: Settings): Promise<{ schema?: Schema; description: string }> {
  const spec = settings.schemaBaseline;
  if (!spec.startsWith('git:')) return { schema: parseSchemaText(readInputFile(io, spec, 'schema-baseline'), 'schema-baseline', spec), description: spec };
  const at = await fileAtGitRef(io.workspace, resolveInputPath(io.workspace, settings.schema!), spec, 'schema-baseline', settings.pullRequest, (m) => io.info(m));
  const description = `${at.relative} at ${at.commit.slice(0, 12)} (${at.name})`;
  if (at.text === undefined) return { description: `${description}: the file did not exist, so there is no contract to break` };
  return { schema: parseSchemaText(at.text, 'schema-baseline', description), description };
}

/** Each breaking change as a failed check pinned to its line in the schema file (a warning when allowed). */
function schemaChecks(changes: SchemaChange[], line: (column: string | null, key: string) => number | undefined, file: string, baseline: string, allowBreaking: boolean): CheckResult[] {
  const breaking = changes.filter((c) => c.compatibility === 'breaking');
  const base = { severity: allowBreaking ? ('warning' as const) : ('error' as const), expected: `compatible with ${baseline}`, nulls: 0, mostly: 1 };
  if (breaking.length === 0) {
    return [{ ...base, id: 'table: schema changes', check: 'schema-change', status: 'passed', observed: `${changes.length} compatible change(s)`, failed: 0, evaluated: changes.length, share: 0, examples: [], message: 'no breaking change' }];
  }
  return breaking.map((c) => {
    const at = line(c.column, c.key);
    return {
      ...base,
      id: `${c.column ?? 'table'}: schema change (${c.key})`,
      ...(c.column !== null ? { column: c.column } : {}),
      check: 'schema-change',
      status: 'failed',
      observed: c.change,
      failed: 1,
      evaluated: 1,
      share: 1,
      examples: [{ file, row: 0, ...(at !== undefined ? { line: at } : {}), value: c.change }],
      message: `Breaking schema change: ${c.change}: ${c.reason}`,
    };
  });
}

function dataFiles(io: ActionIO, files: string[], format: string | undefined): DataFile[] {
  return files.map((file) => {
    const display = displayPath(io.workspace, file);
    if (statSync(file).size === 0) throw new ConfigurationError(`Input 'data': "${display}" is empty (0 bytes); there is nothing to validate.`);
    return { path: file, display, ...detectFormat(display, format) };
  });
}

/** Errors first, then warnings, each check's first failing row; GitHub shows 10 of each per step. */
function annotate(io: ActionIO, report: ValidationReport, max: number): void {
  const failed = report.checks.filter((c) => c.status === 'failed');
  let shown = 0;
  for (const check of failed) {
    if (shown >= max) break;
    const first = check.examples[0];
    const level = check.severity === 'error' ? 'error' : 'warning';
    const where = first ? { file: first.file, ...(first.line !== undefined ? { line: first.line } : {}) } : {};
    const value = first && check.check !== 'well-formed' && check.check !== 'schema-change' ? ` First here: ${JSON.stringify(first.value).slice(0, 120)}.` : '';
    io.annotate(level, `${check.message}.${value}`, { ...where, title: `validate-data: ${check.id}` });
    shown++;
  }
  if (failed.length > shown) {
    io.annotate('notice', `${failed.length - shown} more failed check(s) are listed in the job summary and the report (${report.counts.failed} in all).`, { title: 'validate-data' });
  }
}

export const validateData: ActionMain = async (io) => {
  const settings = readSettings(io);
  const schemaText = settings.schema ? readInputFile(io, settings.schema, 'schema') : undefined;
  const schema = schemaText !== undefined ? parseSchemaText(schemaText, 'schema', settings.schema!) : undefined;
  const baseline = settings.schemaBaseline === 'none' ? undefined : await loadBaseline(io, settings).catch((error: unknown) => {
    if (!(settings.baselineByDefault && error instanceof ConfigurationError)) throw error;
    io.annotate('warning', `Schema changes were not judged: ${error.message}`, { title: 'validate-data: no schema baseline' });
    return undefined;
  });
  const files = dataFiles(io, await expandFiles(io.workspace, settings.data, 'data'), settings.format);

  const validator = new Validator(schema, undefined, { maxColumns: settings.maxColumns, maxExamples: settings.maxExamples }, undefined, settings.pii !== 'off');
  for (const file of files) {
    await io.group(`Validating ${file.display}`, async () => {
      await validator.validateFile(file);
    });
  }
  const result = validator.finish();

  // Loaded only when there is a baseline: the automata library is most of the bundle.
  const compat = baseline?.schema ? await import('../validate/compat/index.js') : undefined;
  const changes = compat ? compat.compareSchemas(baseline!.schema!, schema!) : [];
  const schemaFile = settings.schema ? displayPath(io.workspace, resolveInputPath(io.workspace, settings.schema)) : '';
  const pii = settings.pii === 'off' ? [] : piiColumns(result.pii!, result.profile, schema, settings.piiMinShare);
  // Columns whose values are never shown nor kept: marked so in the schema, or found to hold personal data.
  const personal = new Map<string, string>();
  for (const column of schema?.columns ?? []) if (column.pii === 'allowed') personal.set(column.name, 'declared (pii: allowed)');
  for (const found of pii) personal.set(found.column, found.kind);
  const checks = [
    ...(baseline ? schemaChecks(changes, compat ? compat.schemaLocator(schemaText!) : () => undefined, schemaFile, baseline.description, settings.allowBreaking) : []),
    ...(settings.pii !== 'off' ? piiChecks(pii, settings.pii, settings.piiMinShare, result.profile) : []),
    ...result.checks,
  ];
  const report = buildReport({ profile: result.profile, checks: redactExamples(checks, new Set(personal.keys()), settings.pii !== 'off') }, settings.failOn, settings.schema, {
    ...(baseline ? { schemaChanges: { baseline: baseline.description, allowBreaking: settings.allowBreaking, changes } } : {}),
    ...(settings.pii !== 'off' ? { pii: { mode: settings.pii, minShare: settings.piiMinShare, columns: pii } } : {}),
  });

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, jsonPieces(report), 'report-path');
  const written = [reportFile];
  const profile = personal.size > 0 ? redactProfile(result.profile.toJSON(), personal) : undefined;
  if (settings.profilePath) written.push(writeOutputFile(io.workspace, settings.profilePath, jsonPieces(profile ?? result.profile.toJSON(), 0), 'profile-path'));
  if (settings.inferSchema) {
    const inferred = YAML.stringify(inferSchema(profile ? DatasetProfile.fromJSON(profile) : result.profile));
    written.push(writeOutputFile(io.workspace, settings.inferSchema, `# Inferred by mlops-actions validate-data from ${files.map((f) => f.display).join(', ')}.\n# A starting point: edit the ranges and domains to what the model needs.\n${inferred}`, 'infer-schema'));
  }

  annotate(io, report, settings.maxAnnotations);
  await io.appendSummary(renderReport(report));

  // The outcome first (it sets `passed`, the first output); the other outputs and the artifact follow either way.
  reportOutcome(io, 'validate-data', {
    passed: report.passed,
    failStep: failsStep(report),
    problem: `${report.counts.errors} check(s) failed with severity error and ${report.counts.warnings} with severity warning (fail-on: ${settings.failOn})`,
  });
  const rel = (file: string) => displayPath(io.workspace, file);
  io.setOutput('report', rel(reportFile));
  io.setOutput('profile', settings.profilePath ? rel(written[1]!) : '');
  io.setOutput('fingerprint', report.fingerprint);
  io.setOutput('row-count', String(report.rows));
  io.setOutput('failed-checks', String(report.counts.errors));
  io.setOutput('warnings', String(report.counts.warnings));
  io.setOutput('schema-changes', JSON.stringify(changes.map(({ column, change, before, after, compatibility, reason }) => ({ column, change, before, after, compatibility, reason }))));
  io.setOutput('pii-columns', JSON.stringify(pii.filter((c) => !c.expected).map(({ column, kind, count, share }) => ({ column, kind, count, share }))));

  if (settings.artifactName) {
    // Loaded only when asked for: the artifact client (and its Azure SDK) is most of the bundle's memory.
    const { uploadArtifact } = await import('../github/artifacts.js');
    const id = await uploadArtifact(settings.artifactName, written, io.workspace);
    io.info(`Uploaded artifact ${settings.artifactName} (id ${id}).`);
  }
};
