// What an action says to the runner, read back: the file commands (GITHUB_OUTPUT, GITHUB_STATE) and
// the workflow commands on its stdout (`::error file=F,line=L::message`), with @actions/core's escapes.

/** GITHUB_OUTPUT / GITHUB_STATE: `name=value` lines and the multi-line `name<<DELIMITER` form. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** `::command key=value,…::data` on one line of stdout; undefined for a plain log line. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
  }
  return { command: match[1]!, properties, data: unescapeData(match[3]!) };
}
