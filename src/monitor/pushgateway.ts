// The check's numbers for Prometheus: gauges in the text exposition format, pushed (PUT: they replace
// the group's previous ones) to a Pushgateway under job mlops_actions and the grouping labels model and
// check="drift", where Prometheus scrapes them for Grafana's charts and alerts.
import type { QualityReport } from './report.js';

export const JOB = 'mlops_actions';

interface Gauge {
  name: string;
  help: string;
  samples: { labels: [string, string][]; value: number }[];
}

/** What the gauges are made of: the drift report's numbers, structurally. */
export interface CheckNumbers {
  driftShare: number;
  columns: { column: string; status: string; method?: string; statistic?: number; drifted: boolean }[];
  quality?: QualityReport;
  /** Epoch milliseconds of the check. */
  time: number;
}

export function gauges(numbers: CheckNumbers): Gauge[] {
  const compared = numbers.columns.filter((c) => c.status === 'compared' && c.statistic !== undefined);
  const quality = numbers.quality?.metrics ?? [];
  const out: Gauge[] = [
    { name: 'mlops_dataset_drift_share', help: 'Share of compared feature columns that drifted.', samples: [{ labels: [], value: numbers.driftShare }] },
    { name: 'mlops_column_drift_statistic', help: "A column's drift statistic (p-value or distance, by method).", samples: compared.map((c) => ({ labels: [['column', c.column], ['method', c.method ?? '']], value: c.statistic! })) },
    { name: 'mlops_column_drifted', help: '1 when the column drifted, else 0.', samples: compared.map((c) => ({ labels: [['column', c.column]], value: c.drifted ? 1 : 0 })) },
    { name: 'mlops_model_quality', help: 'A quality metric on the labelled current rows.', samples: quality.filter((m) => m.current !== null).map((m) => ({ labels: [['metric', m.metric]], value: m.current! })) },
    { name: 'mlops_model_quality_baseline', help: "The quality metric's baseline.", samples: quality.filter((m) => m.baseline !== null).map((m) => ({ labels: [['metric', m.metric]], value: m.baseline! })) },
    { name: 'mlops_label_coverage', help: 'Share of current rows with a label.', samples: numbers.quality ? [{ labels: [], value: numbers.quality.coverage }] : [] },
    { name: 'mlops_check_timestamp_seconds', help: 'When the check ran (Unix seconds).', samples: [{ labels: [], value: numbers.time / 1000 }] },
  ];
  return out.filter((g) => g.samples.length > 0);
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const number = (x: number) => (Number.isNaN(x) ? 'NaN' : x === Infinity ? '+Inf' : x === -Infinity ? '-Inf' : String(x));

/** The text exposition format (version 0.0.4). */
export function exposition(list: Gauge[]): string {
  const lines: string[] = [];
  for (const gauge of list) {
    lines.push(`# HELP ${gauge.name} ${gauge.help}`, `# TYPE ${gauge.name} gauge`);
    for (const sample of gauge.samples) {
      const labels = sample.labels.length ? `{${sample.labels.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : '';
      lines.push(`${gauge.name}${labels} ${number(sample.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The group's URL: a label value with a slash (or none) goes base64-encoded, as the Pushgateway reads it. */
export function groupUrl(base: string, groups: [string, string][]): string {
  const path = groups.map(([name, value]) => (value === '' || value.includes('/') ? `${name}@base64/${Buffer.from(value).toString('base64url') || '='}` : `${name}/${encodeURIComponent(value)}`));
  return `${base.replace(/\/+$/, '')}/metrics/job/${JOB}/${path.join('/')}`;
}

/** PUT the gauges; throws with the status and the gateway's answer when it refuses, or when it cannot be reached. */
export async function pushGauges(base: string, groups: [string, string][], body: string, headers: Record<string, string> = {}, timeoutMs = 10_000): Promise<string> {
  const url = groupUrl(base, groups);
  const response = await fetch(url, { method: 'PUT', body, headers: { ...headers, 'content-type': 'text/plain; version=0.0.4' }, signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${(await response.text()).slice(0, 200).trim()}`);
  return url;
}
