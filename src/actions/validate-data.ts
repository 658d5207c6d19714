// validate-data: read settings, validate every file in one pass each, write report/profile/schema,
// pin findings to the data file's lines, render the summary, set outputs.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { detectFormat } from '../data/index.js';
import { ConfigurationError, displayPath, expandFiles, Inputs, inputFile, writeOutputFile, type ActionIO, type ActionMain } from '../runtime/index.js';
import { buildReport, inferSchema, parseSchema, renderReport, Validator, type DataFile, type FailOn, type Schema, type ValidationReport } from '../validate/index.js';

interface Settings {
  data: string[];
  format?: string;
  schema?: string;
  inferSchema?: string;
  failOn: FailOn;
  maxAnnotations: number;
  profilePath?: string;
  reportPath: string;
  artifactName?: string;
}

function readSettings(io: ActionIO): Settings {
  const inputs = new Inputs(io);
  const data = inputs.lines('data');
  if (data.length === 0) throw new ConfigurationError(`Input 'data' is required: name a data file or glob (e.g. data/train.csv).`);
  return {
    data,
    format: inputs.optional('format'),
    schema: inputs.optional('schema'),
    inferSchema: inputs.optional('infer-schema'),
    failOn: inputs.oneOf('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    maxAnnotations: inputs.number('max-annotations', 10, { min: 0, integer: true }),
    profilePath: inputs.optional('profile-path'),
    reportPath: inputs.string('report-path', 'mlops-reports/validate-data.json'),
    artifactName: inputs.optional('artifact-name'),
  };
}

function loadSchema(io: ActionIO, given: string): Schema {
  const file = inputFile(io.workspace, given, 'schema');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigurationError(`Input 'schema': the file "${given}" does not exist or cannot be read.`);
  }
  let document: unknown;
  try {
    document = YAML.parse(text);
  } catch (error) {
    throw new ConfigurationError(`Input 'schema': "${given}" is not valid YAML or JSON: ${(error as Error).message}`);
  }
  return parseSchema(document, given);
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
    const value = first && check.check !== 'well-formed' ? ` First here: ${JSON.stringify(first.value).slice(0, 120)}.` : '';
    io.annotate(level, `${check.message}.${value}`, { ...where, title: `validate-data: ${check.id}` });
    shown++;
  }
  if (failed.length > shown) {
    io.annotate('notice', `${failed.length - shown} more failed check(s) are listed in the job summary and the report (${report.counts.failed} in all).`, { title: 'validate-data' });
  }
}

export const validateData: ActionMain = async (io) => {
  const settings = readSettings(io);
  const schema = settings.schema ? loadSchema(io, settings.schema) : undefined;
  const files = dataFiles(io, await expandFiles(io.workspace, settings.data, 'data'), settings.format);

  const validator = new Validator(schema);
  for (const file of files) {
    await io.group(`Validating ${file.display}`, async () => {
      await validator.validateFile(file);
    });
  }
  const result = validator.finish();
  const report = buildReport(result, settings.failOn, settings.schema);

  const reportFile = writeOutputFile(io.workspace, settings.reportPath, JSON.stringify(report, null, 2), 'report-path');
  const written = [reportFile];
  if (settings.profilePath) written.push(writeOutputFile(io.workspace, settings.profilePath, JSON.stringify(result.profile.toJSON()), 'profile-path'));
  if (settings.inferSchema) {
    const inferred = YAML.stringify(inferSchema(result.profile));
    written.push(writeOutputFile(io.workspace, settings.inferSchema, `# Inferred by mlops-actions validate-data from ${files.map((f) => f.display).join(', ')}.\n# A starting point: edit the ranges and domains to what the model needs.\n${inferred}`, 'infer-schema'));
  }

  annotate(io, report, settings.maxAnnotations);
  await io.appendSummary(renderReport(report));

  const rel = (file: string) => displayPath(io.workspace, file);
  io.setOutput('passed', String(report.passed));
  io.setOutput('report', rel(reportFile));
  io.setOutput('profile', settings.profilePath ? rel(written[1]!) : '');
  io.setOutput('fingerprint', report.fingerprint);
  io.setOutput('row-count', String(report.rows));
  io.setOutput('failed-checks', String(report.counts.errors));
  io.setOutput('warnings', String(report.counts.warnings));

  if (settings.artifactName) {
    // Loaded only when asked for: the artifact client (and its Azure SDK) is most of the bundle's memory.
    const { uploadArtifact } = await import('../github/artifacts.js');
    const id = await uploadArtifact(settings.artifactName, written, io.workspace);
    io.info(`Uploaded artifact ${settings.artifactName} (id ${id}).`);
  }
  if (!report.passed) {
    io.setFailed(`Data validation failed: ${report.counts.errors} check(s) failed with severity error and ${report.counts.warnings} with severity warning (fail-on: ${settings.failOn}). See the job summary.`);
  }
};
