// The demo's data: customers who churn or stay, made from a seed (no download), and a later
// "production" sample whose usage has shifted.
import { mulberry32 } from '../stats/random.js';

export function customers(seed: number, rows: number, shift = 0): string {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
  const plans = ['basic', 'plus', 'pro'];
  const lines = ['id,tenure_months,monthly_spend,support_calls,plan,churned'];
  for (let i = 0; i < rows; i++) {
    const tenure = Math.max(1, Math.round(24 + 14 * normal() - shift * 10));
    const spend = Math.max(5, 40 + 15 * normal() + shift * 12).toFixed(2);
    const calls = Math.max(0, Math.round(2 + 1.5 * normal() + shift * 2));
    const plan = plans[Math.min(2, Math.floor(random() * (shift ? 2 : 3)))];
    const risk = -1.2 - 0.06 * (tenure - 24) + 0.5 * (calls - 2) + 0.02 * (Number(spend) - 40);
    const churned = random() < 1 / (1 + Math.exp(-risk)) ? 1 : 0;
    lines.push(`${seed * 1_000_000 + i},${tenure},${random() < 0.01 ? '' : spend},${calls},${plan},${churned}`);
  }
  return lines.join('\n') + '\n';
}

export const SCHEMA = `# The demo's data contract (mlops-actions schema format)
columns:
  id: {type: integer, unique: true}
  tenure_months: {type: integer, min: 0, max: 240}
  monthly_spend: {type: number, min: 0, max-null-fraction: 0.05}
  support_calls: {type: integer, min: 0, max: {value: 20, severity: warning}}
  plan: {type: categorical, allowed: [basic, plus, pro]}
  churned: {type: integer, allowed: ["0", "1"]}
table:
  row-count: {min: 500}
  columns: exact
`;
