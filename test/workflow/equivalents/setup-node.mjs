// Local equivalent of actions/setup-node: the Node that runs the tests (the npm `node` package, Node 24)
// is put on PATH; asking for another major version is an error rather than a silent mismatch.
import path from 'node:path';
import * as core from '@actions/core';

const wanted = core.getInput('node-version');
const have = process.versions.node;
if (wanted && !['lts/*', 'latest', 'node'].includes(wanted) && String(wanted).replace(/^v/, '').split('.')[0] !== have.split('.')[0]) {
  core.setFailed(`setup-node: node-version ${wanted} was asked for; this runner has only Node ${have}`);
} else {
  core.addPath(path.dirname(process.execPath));
  core.setOutput('node-version', `v${have}`);
}
