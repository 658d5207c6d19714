#!/usr/bin/env node
// Runs the TypeScript CLI from source through tsx, on whatever Node runs this file.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
