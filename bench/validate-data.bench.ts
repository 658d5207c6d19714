// validate-data on the 3,000,000 real flights (vega-datasets), as CSV and as Parquet, against pandas
// doing the same checks in the same run. Wall time and peak RSS of each process (/usr/bin/time).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, flightsCsv, FLIGHTS_3M_PARQUET, FLIGHTS_SCHEMA, hasPandas, measure, ROOT, runnerEnv, table } from './common.js';

const csv = await flightsCsv();
const workspace = path.join(BENCH_DIR, 'validate');
mkdirSync(workspace, { recursive: true });
copyFileSync(csv, path.join(workspace, 'flights.csv'));
copyFileSync(FLIGHTS_3M_PARQUET, path.join(workspace, 'flights.parquet'));
writeFileSync(path.join(workspace, 'schema.yml'), FLIGHTS_SCHEMA);

const bundle = path.join(ROOT, 'actions', 'validate-data', 'dist', 'index.js');
const ours = (data: string) => measure([process.execPath, bundle], runnerEnv({ data, schema: 'schema.yml', 'profile-path': `${data}.profile.json`, 'max-annotations': '10', 'fail-on': 'never' }, workspace), workspace);

const rows: (string | number)[][] = [['run', 'seconds', 'rows/s', 'peak MB']];
const add = (name: string, m: { seconds: number; peakMB: number }) => rows.push([name, m.seconds.toFixed(2), Math.round(3_000_000 / m.seconds).toLocaleString('en-US'), m.peakMB.toFixed(0)]);
const oursCsv = ours('flights.csv');
add('mlops-actions validate-data, CSV', oursCsv);
add('mlops-actions validate-data, Parquet', ours('flights.parquet'));
if (hasPandas()) {
  const pandas = measure(['/usr/bin/python3', path.join(ROOT, 'bench', 'validate_pandas.py'), path.join(workspace, 'flights.csv')]);
  add('pandas read_csv + same checks, CSV', pandas);
  console.log(table(rows));
  console.log(`\nCSV: ${(pandas.seconds / oursCsv.seconds).toFixed(2)}x faster than pandas, ${(oursCsv.peakMB / pandas.peakMB * 100).toFixed(0)}% of its peak memory.`);
  console.log('pandas found:', pandas.stdout.trim());
} else {
  console.log(table(rows));
  console.log('\npandas/scipy not installed (Debian: apt-get install python3-pandas python3-scipy): no comparison.');
}
