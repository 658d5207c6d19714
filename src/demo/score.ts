// What serving logs for the production sample: the model's prediction and score for each row, beside the
// row (and its label, once it arrived). The model is the one workflows-examples/train/train.mjs writes:
// logistic regression over standardised features, a missing value at the mean.

export interface ChurnModel {
  features: string[];
  weights: number[];
  bias: number;
  standardisation: { mean: number; sd: number }[];
}

/** `csv` with the columns prediction (1 when the score is at least 0.5) and score (4 decimals) appended. */
export function scoreRows(model: ChurnModel, csv: string): string {
  const [header, ...rows] = csv.trim().split('\n');
  const columns = header!.split(',');
  const scored = rows.map((row) => {
    const cells = row.split(',');
    const z = model.features.reduce((sum, feature, j) => {
      const x = cells[columns.indexOf(feature)];
      const { mean, sd } = model.standardisation[j]!;
      return sum + model.weights[j]! * (x === '' ? 0 : (Number(x) - mean) / sd);
    }, model.bias);
    const score = 1 / (1 + Math.exp(-z));
    return `${row},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`;
  });
  return `${[`${header},prediction,score`, ...scored].join('\n')}\n`;
}
