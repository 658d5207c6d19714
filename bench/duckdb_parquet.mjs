// DuckDB (native, 2 threads) doing what the Parquet benchmark compares us with, as its own process so
// that its peak memory is measured alone (bench/parquet.bench.ts runs it under /usr/bin/time):
//   summary <file>                every column: count, nulls, min, max, and for numbers mean, std, median;
//                                 distinct values (approx_count_distinct, a HyperLogLog as ours is)
//   drift <reference> <current> <column>...   both sides loaded, each column's values counted in order
import { DuckDBInstance } from '@duckdb/node-api';

const [mode, ...args] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await db.connect();
const quote = (name) => `"${name.replaceAll('"', '""')}"`;
const file = (path) => `read_parquet('${path.replaceAll("'", "''")}')`;

if (mode === 'summary') {
  const columns = (await connection.runAndReadAll(`describe select * from ${file(args[0])}`)).getRowObjectsJS();
  const parts = columns.flatMap(({ column_name: name, column_type: type }) => {
    const c = quote(name);
    const numeric = /INT|DOUBLE|FLOAT|DECIMAL/.test(type);
    return [`count(${c})`, `count(*) - count(${c})`, `min(${c})`, `max(${c})`, `approx_count_distinct(${c})`, ...(numeric ? [`avg(${c})`, `stddev_samp(${c})`, `median(${c})`] : [])];
  });
  const row = (await connection.runAndReadAll(`select ${parts.join(', ')} from ${file(args[0])}`)).getRowsJS()[0];
  console.log(JSON.stringify({ columns: columns.length, values: row.length }));
} else if (mode === 'drift') {
  const [reference, current, ...columns] = args;
  const list = columns.map(quote).join(', ');
  await connection.run(`create table reference as select ${list} from ${file(reference)}`);
  await connection.run(`create table current as select ${list} from ${file(current)}`);
  let groups = 0;
  for (const side of ['reference', 'current']) {
    for (const column of columns) groups += (await connection.runAndReadAll(`select ${quote(column)}, count(*) from ${side} group by all order by 1`)).getRowsJS().length;
  }
  console.log(JSON.stringify({ groups }));
} else throw new Error(`unknown mode ${mode}`);
connection.closeSync();
db.closeSync();
