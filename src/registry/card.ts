// The model card: what a version is, where it came from, and what it was trained on.
import { checkStoreName } from '../runtime/paths.js';

export interface ModelFile {
  path: string;
  sha256: string;
  size: number;
}

export interface StageEvent {
  stage: string;
  action: 'assigned' | 'unassigned';
  version?: string;
  n: number;
  at: string;
  by?: string;
}

export interface ModelCard {
  kind: 'mlops-actions/model-card';
  version: 1;
  name: string;
  modelVersion: string;
  created: string;
  commit?: string;
  ref?: string;
  runId?: string;
  runUrl?: string;
  actor?: string;
  dataFingerprints: string[];
  metrics: Record<string, number>;
  params: Record<string, unknown>;
  files: ModelFile[];
  signature?: unknown;
  /** File name of the training-data profile stored with this version, if any. */
  profile?: string;
  /** File name of the evaluation predictions stored with this version (train-gate pairs on them), if any. */
  predictions?: string;
  stages: StageEvent[];
}

/**
 * A card read back from a store is data from that store: the file names it gives (its profile, its
 * predictions, its files) may not step out of the version's folder, whoever wrote the tag.
 */
export function checkCardNames(card: ModelCard | undefined, tag: string, store: string): void {
  const where = `the ${store} registry (a tampered model card: remove or deregister ${tag})`;
  if (card?.profile !== undefined) checkStoreName(String(card.profile), `profile named by the model card of ${tag}`, where);
  if (card?.predictions !== undefined) checkStoreName(String(card.predictions), `predictions named by the model card of ${tag}`, where);
  for (const file of Array.isArray(card?.files) ? card.files : []) checkStoreName(String(file?.path), `file named by the model card of ${tag}`, where);
}

const escapeCell = (s: string) => s.replace(/[|<>`]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, '@\u200b');

export function renderCard(card: ModelCard): string {
  const lines = [
    `## ${escapeCell(card.name)} ${card.modelVersion}`,
    '',
    `Registered ${card.created}${card.actor ? ` by ${escapeCell(card.actor)}` : ''}${card.commit ? ` from commit ${card.commit.slice(0, 12)}` : ''}${card.runUrl ? ` ([run](${card.runUrl}))` : ''}.`,
    '',
  ];
  if (card.dataFingerprints.length) lines.push(`Training data: ${card.dataFingerprints.map((f) => `\`${f.slice(0, 16)}\``).join(', ')}`, '');
  if (Object.keys(card.metrics).length) lines.push('| metric | value |', '| --- | --- |', ...Object.entries(card.metrics).map(([k, v]) => `| ${escapeCell(k)} | ${v} |`), '');
  if (card.predictions) lines.push(`Evaluation predictions: \`${escapeCell(card.predictions)}\``, '');
  if (card.files.length) lines.push('| file | size | sha256 |', '| --- | --- | --- |', ...card.files.map((f) => `| ${escapeCell(f.path)} | ${f.size} | \`${f.sha256}\` |`), '');
  return lines.join('\n');
}
