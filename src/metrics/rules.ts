// Gate rules per metric: direction, absolute bounds, tolerated regression (absolute or %), required.
import { ConfigurationError } from '../runtime/errors.js';

export interface Rule {
  goal?: 'maximize' | 'minimize';
  min?: number;
  max?: number;
  /** Largest tolerated move in the bad direction: absolute, or relative to the baseline. */
  maxRegression?: { value: number; relative: boolean };
  required: boolean;
}

const KEYS = new Set(['goal', 'min', 'max', 'max-regression', 'required']);

export function parseRules(document: unknown, source: string): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  if (document === undefined || document === null) return rules;
  if (typeof document !== 'object' || Array.isArray(document)) throw new ConfigurationError(`Input 'rules' (${source}) must be a map from metric name to its rule.`);
  for (const [metric, raw] of Object.entries(document as Record<string, unknown>)) {
    const where = `Input 'rules' (${source}): ${metric}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigurationError(`${where} must be a map such as {goal: maximize, min: 0.8}.`);
    const r = raw as Record<string, unknown>;
    for (const key of Object.keys(r)) if (!KEYS.has(key)) throw new ConfigurationError(`${where}.${key} is not a rule setting (known: ${[...KEYS].join(', ')}).`);
    if (r.goal !== undefined && r.goal !== 'maximize' && r.goal !== 'minimize') throw new ConfigurationError(`${where}.goal must be maximize or minimize, got ${JSON.stringify(r.goal)}.`);
    const num = (key: string) => {
      if (r[key] === undefined) return undefined;
      if (typeof r[key] !== 'number' || !Number.isFinite(r[key])) throw new ConfigurationError(`${where}.${key} must be a number, got ${JSON.stringify(r[key])}.`);
      return r[key] as number;
    };
    let maxRegression: Rule['maxRegression'];
    if (r['max-regression'] !== undefined) {
      const text = String(r['max-regression']).trim();
      const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
      if (!match) throw new ConfigurationError(`${where}.max-regression must be a number (absolute) or a percentage such as 2%, got ${JSON.stringify(r['max-regression'])}.`);
      if (r.goal === undefined) throw new ConfigurationError(`${where}.max-regression needs a goal (maximize or minimize) to know which way is worse.`);
      maxRegression = { value: match[2] ? Number(match[1]) / 100 : Number(match[1]), relative: match[2] === '%' };
    }
    if (r.required !== undefined && typeof r.required !== 'boolean') throw new ConfigurationError(`${where}.required must be true or false.`);
    rules.set(metric, { goal: r.goal as Rule['goal'], min: num('min'), max: num('max'), maxRegression, required: r.required === true });
  }
  return rules;
}

/** The tolerated regression in the metric's own units for this baseline value. */
export function tolerance(rule: Rule | undefined, baseline: number | undefined): number {
  if (!rule?.maxRegression) return 0;
  return rule.maxRegression.relative ? Math.abs(baseline ?? 0) * rule.maxRegression.value : rule.maxRegression.value;
}

export function describeRule(rule: Rule | undefined): string {
  if (!rule) return '';
  const parts: string[] = [];
  if (rule.goal) parts.push(rule.goal === 'maximize' ? '↑' : '↓');
  if (rule.min !== undefined) parts.push(`≥ ${rule.min}`);
  if (rule.max !== undefined) parts.push(`≤ ${rule.max}`);
  if (rule.maxRegression) parts.push(`regression ≤ ${rule.maxRegression.relative ? `${+(rule.maxRegression.value * 100).toFixed(4)}%` : rule.maxRegression.value}`);
  if (rule.required) parts.push('required');
  return parts.join(', ');
}
