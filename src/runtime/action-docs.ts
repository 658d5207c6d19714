// The inputs/outputs tables of an action's README, made from its action.yml (the contract).
import type { ActionMetadata } from './action-metadata.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');

export function actionTables(meta: ActionMetadata): string {
  const inputs = Object.entries(meta.inputs).map(([name, spec]) => `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined ? '' : `\`${cell(String(spec.default))}\``} | ${cell(spec.description)} |`);
  const outputs = Object.entries(meta.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return ['### Inputs', '', '| input | required | default | description |', '| --- | --- | --- | --- |', ...inputs, '', '### Outputs', '', '| output | description |', '| --- | --- |', ...outputs].join('\n');
}

export const TABLES_START = '<!-- generated from action.yml: npm run docs -->';
export const TABLES_END = '<!-- end of generated tables -->';

/** The README with its generated section replaced. */
export function withTables(readme: string, meta: ActionMetadata): string {
  const start = readme.indexOf(TABLES_START);
  const end = readme.indexOf(TABLES_END);
  if (start < 0 || end < start) throw new Error(`the README has no ${TABLES_START} … ${TABLES_END} section`);
  return `${readme.slice(0, start + TABLES_START.length)}\n\n${actionTables(meta)}\n\n${readme.slice(end)}`;
}
