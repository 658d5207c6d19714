// The current data by time window: each window's rows, label coverage and quality metrics (point
// values on its labelled rows; a window with fewer than 30 has none).
import { metricValue, type QualityMetric, type Task } from './metrics.js';
import { MIN_LABELS, sampleOf } from './quality.js';
import type { MonitoredRows } from './read.js';
import type { WindowReport } from './report.js';
import type { WindowSpec } from './windows.js';

export interface QualityOfRows {
  task: Task;
  positive: number;
  metrics: QualityMetric[];
  /** Per row: 0 no label, 1 labelled but missing what the metrics read, 2 usable (quality.ts rowStatus). */
  status: Uint8Array;
}

/** Windows in time order, from the rows' window starts; quality only when `quality` is given. */
export function windowReports(rows: MonitoredRows, spec: WindowSpec, quality?: QualityOfRows): WindowReport[] {
  const groups = new Map<number, { rows: number; labelled: number; usable: number[] }>();
  for (let i = 0; i < rows.length; i++) {
    const start = rows.window![i]!;
    if (Number.isNaN(start)) continue;
    let group = groups.get(start);
    if (!group) groups.set(start, (group = { rows: 0, labelled: 0, usable: [] }));
    group.rows++;
    if (rows.target && rows.target[i] !== -1) group.labelled++;
    if (quality?.status[i] === 2) group.usable.push(i);
  }
  return [...groups]
    .sort((a, b) => a[0] - b[0])
    .map(([start, group]) => {
      const report: WindowReport = {
        start: new Date(start).toISOString(),
        end: new Date(start + spec.size).toISOString(),
        rows: group.rows,
        labelled: group.labelled,
        coverage: group.labelled / group.rows,
        quality: {},
      };
      if (quality) {
        const sample = group.usable.length >= MIN_LABELS ? sampleOf(rows, group.usable, quality.task, quality.positive) : undefined;
        for (const metric of quality.metrics) {
          const value = sample ? metricValue(sample, metric) : NaN;
          report.quality[metric] = Number.isFinite(value) ? value : null;
        }
      }
      return report;
    });
}
