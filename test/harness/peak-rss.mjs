// Preloaded by run-action.ts when a test asks for peakRssKb: at exit, the process's peak resident set
// (getrusage's ru_maxrss, every thread included, in KiB) is written to the file the harness names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.MLOPS_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));
