// Markdown for job summaries and comments. Data-derived text goes through `escape`, so a value
// cannot break a table, inject HTML, ping a person (@mention) or link an issue (#123).

const ZWSP = '\u200b';

export function escape(text: string, maxLength = 200): string {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\*_[\]~])/g, '\\$1')
    .replace(/@(?=[A-Za-z0-9-])/g, `@${ZWSP}`)
    .replace(/(?<!&)#(?=\d)/g, `#${ZWSP}`); // not our own entities (&#124;)
}

/** Inline code holding data: backticks inside are replaced, the rest is literal. */
export function code(text: string, maxLength = 80): string {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return `<code>${escape(clipped, maxLength + 1)}</code>`;
}

/**
 * A count with thousands separators, as toLocaleString('en-US') writes it, without loading ICU's number
 * formatting for it (about 10 ms, the first time in a process).
 */
export function thousands(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/**
 * Joins sections until the budget is reached (GitHub: 1 MiB per job summary, 65,536 characters per
 * comment); what does not fit is replaced by one line saying so.
 */
export function withinBudget(sections: string[], budget: number, overflowNote: (left: number) => string): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    const note = overflowNote(sections.length - i);
    if (used + section.length + 2 + note.length > budget) {
      out.push(note);
      break;
    }
    out.push(section);
    used += section.length + 2;
  }
  return out.join('\n\n');
}
