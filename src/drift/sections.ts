// The drift check's sections: feature columns (whose share of drifted ones decides dataset drift), and
// the model's own columns by role — the target (target drift) and the prediction and score (prediction
// drift) — compared the same way but reported apart. Selections that would compare nothing are errors
// naming the input (or warnings, where the run still means something).
import type { DatasetProfile } from '../profile/index.js';
import { ConfigurationError } from '../runtime/errors.js';
import { compareColumn, compareProfiles, type ColumnDrift, type DatasetDrift, type DriftOptions } from './compare.js';

export interface Roles {
  target?: string;
  prediction?: string;
  score?: string;
  /** Orders rows into windows; not a feature. */
  timestamp?: string;
}

export interface DriftSections extends DatasetDrift {
  target?: ColumnDrift;
  predictions: ColumnDrift[];
  predictionDrifted: boolean;
}

const list = (names: Iterable<string>, max = 10) => {
  const all = [...names];
  return all.length === 0 ? '(none)' : `${all.slice(0, max).map((n) => JSON.stringify(n)).join(', ')}${all.length > max ? ` and ${all.length - max} more` : ''}`;
};

/** The options that compare only the features: the columns with a role are left out. */
export function featureOptions(options: DriftOptions, roles: Roles): DriftOptions {
  const named = [roles.target, roles.prediction, roles.score, roles.timestamp].filter((n): n is string => n !== undefined);
  return named.length ? { ...options, exclude: [...options.exclude, ...named] } : options;
}

export function compareSections(reference: DatasetProfile, current: DatasetProfile, options: DriftOptions, driftShare: number, roles: Roles, warn: (message: string) => void): DriftSections {
  const [ref, cur] = [reference.columns, current.columns];
  const known = (name: string) => ref.has(name) || cur.has(name);
  // A column a selection left unprofiled is still the data's (profileFiles keeps its name).
  const names = (profile: DatasetProfile) => [...profile.columns.keys(), ...profile.unread];
  const named = (name: string) => known(name) || reference.unread.has(name) || current.unread.has(name);
  if (options.columns) {
    const unknown = options.columns.filter((c) => !named(c));
    if (unknown.length === options.columns.length) throw new ConfigurationError(`Input 'columns': none of ${list(unknown)} is a column of the reference or the current data (reference: ${list(names(reference))}; current: ${list(names(current))}).`);
    if (unknown.length > 0) warn(`Input 'columns': ${list(unknown)} ${unknown.length === 1 ? 'is not a column' : 'are not columns'} of either side; compared the others.`);
  }
  const unknownExcluded = options.exclude.filter((c) => !named(c));
  if (unknownExcluded.length > 0) warn(`Input 'exclude-columns': ${list(unknownExcluded)} ${unknownExcluded.length === 1 ? 'is not a column' : 'are not columns'} of either side.`);

  const features = compareProfiles(reference, current, featureOptions(options, roles), driftShare);
  const byRole = (name: string | undefined) => (name !== undefined && known(name) ? compareColumn(name, ref.get(name), cur.get(name), options) : undefined);
  const target = byRole(roles.target);
  const predictions = [byRole(roles.prediction), byRole(roles.score)].filter((c): c is ColumnDrift => c !== undefined);
  const modelColumns = [target, ...predictions].filter((c) => c?.status === 'compared').length;

  const shared = names(reference).filter((n) => cur.has(n) || current.unread.has(n));
  if (shared.length === 0) throw new ConfigurationError(`Inputs 'reference' and 'current' share no column: the reference has ${list(names(reference))}, the current data ${list(names(current))}. Are they the same kind of data (same header)?`);
  const why = options.columns ? "Input 'columns'" : "Input 'exclude-columns'";
  if (features.columns.length === 0) {
    const message = `${why} leaves no feature column to compare (the target, prediction, score and timestamp columns are not features).`;
    if (modelColumns === 0) throw new ConfigurationError(message);
    warn(`${message} Only the model's columns are compared.`);
  } else if (features.compared === 0) {
    const reasons = features.columns.map((c) => `${JSON.stringify(c.column)} ${c.reason}`).slice(0, 5).join('; ');
    const oneSided = features.columns.every((c) => /^not in the/.test(c.reason ?? ''));
    if (oneSided && modelColumns === 0) throw new ConfigurationError(`${why}: no selected column is in both the reference and the current data (${reasons}).`);
    warn(`No feature column could be compared (${reasons}): dataset drift is not judged.`);
  }
  return { ...features, target, predictions, predictionDrifted: predictions.some((p) => p.drifted) };
}
