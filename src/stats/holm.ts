// Holm's step-down adjustment of p-values (Holm 1979), as statsmodels' multipletests(method='holm'):
// the i-th smallest p is multiplied by (m − i + 1), adjusted values are made monotone, capped at 1.
// It controls the family-wise error rate at the level compared against, for any dependence.

export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[i]!));
    adjusted[i] = running;
  });
  return adjusted;
}
