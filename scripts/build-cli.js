// npm pack (prepack): compiles the CLI (src/cli.ts, the terminal renderer, the demo) into one file,
// bin/cli.js, which the package's bin runs. The actions themselves are not in it: the CLI runs their
// committed bundles. Node 20 is the oldest Node the package supports (package.json engines).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
await build({
  entryPoints: [path.join(root, 'src', 'cli.ts')],
  outfile: path.join(root, 'bin', 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  // CommonJS modules inside (yaml) require Node's built-ins: give the ES module a require of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
