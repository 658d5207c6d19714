// A schema inferred from a profile, as a starting point to edit (TFDV's workflow): types,
// nullability, observed ranges, the domain of small categorical columns (≤ 100 values, as TFDV), uniqueness.
import type { DatasetProfile } from '../profile/index.js';

const DOMAIN_LIMIT = 100;

export function inferSchema(profile: DatasetProfile): Record<string, unknown> {
  // Keyed by data names: no prototype, so that a column named __proto__ or constructor is a column like any other.
  const columns: Record<string, Record<string, unknown>> = Object.create(null);
  for (const column of profile.columns.values()) {
    const out: Record<string, unknown> = {};
    const type = column.type;
    const nonNull = column.count - column.nulls;
    const distinct = column.distinct();
    if (type === 'integer' || type === 'number') {
      out.type = type;
      if (column.moments.n > 0) {
        out.min = column.moments.min;
        out.max = column.moments.max;
      }
    } else if (type === 'date' || type === 'datetime') {
      out.type = type;
      const iso = (t: number) => (type === 'date' ? new Date(t).toISOString().slice(0, 10) : new Date(t).toISOString());
      out.min = iso(column.temporalMin);
      out.max = iso(column.temporalMax);
    } else if (type === 'boolean') {
      out.type = 'boolean';
    } else if (distinct.exact && distinct.estimate <= DOMAIN_LIMIT && nonNull > distinct.estimate) {
      out.type = 'categorical';
      out.allowed = [...column.frequent!.counts.keys()].sort();
    } else {
      out.type = 'string';
      if (Number.isFinite(column.minLength)) {
        out['min-length'] = column.minLength;
        out['max-length'] = column.maxLength;
      }
    }
    out.nullable = column.nulls > 0;
    if (distinct.exact && nonNull > 1 && distinct.estimate === nonNull && type !== 'boolean') out.unique = true;
    columns[column.name] = out;
  }
  return { columns, table: { columns: 'exact' } };
}
