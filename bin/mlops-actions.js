#!/usr/bin/env node
// The mlops-actions command, on Node 20 or newer. Installed from the npm package it runs bin/cli.js,
// the CLI compiled when the package was packed (scripts/build-cli.js); in a checkout of the project it
// runs src/cli.ts through tsx. Either way the actions run from their committed bundles (actions/*/dist).
import { existsSync } from 'node:fs';

const source = new URL('../src/cli.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('./cli.js'));
}
process.exitCode = await main(process.argv.slice(2));
