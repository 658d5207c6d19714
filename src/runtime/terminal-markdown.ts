// A job summary (GitHub-flavoured markdown with a little HTML) made readable in a terminal: tables
// aligned by display width (emoji take two columns), headings underlined, <code>/<details>/<br> and
// the escapes of src/report/markdown.ts undone, mermaid charts summarised in one line. Not a general
// markdown renderer: the summaries this project writes, and plain markdown around them.

export interface TerminalStyle {
  /** ANSI bold for headings and **strong** text. */
  color: boolean;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200f\u2060\ufe00-\ufe0f\u20d0-\u20ff]/u;
const EMOJI = /\p{Emoji_Presentation}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** East Asian wide and fullwidth ranges (Hangul, CJK, fullwidth forms). */
function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
}

/** Columns a text takes in a terminal. */
export function displayWidth(text: string): number {
  const chars = [...text.replace(ANSI, '')];
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (ZERO_WIDTH.test(char)) continue;
    // A pictograph shown as emoji (its own presentation, or asked for with U+FE0F) takes two columns.
    if (EMOJI.test(char) || (PICTOGRAPH.test(char) && chars[i + 1] === '\ufe0f') || isWide(char.codePointAt(0)!)) width += 2;
    else width += 1;
  }
  return width;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** One line's inline markup: HTML tags dropped (their text kept), links spelled out, escapes undone. */
function inline(text: string, style: TerminalStyle): string {
  const bold = (s: string) => (style.color ? `\u001b[1m${s}\u001b[22m` : s);
  return decodeEntities(
    text
      .replace(/\u200b/g, '') // markdown.ts breaks @mentions and #refs with it; in a terminal they ping no one
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/!\[([^\]]*)\]\(([^)]*)\)/g, '[image: $1]')
      .replace(/(?<!\\)\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
      .replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, (_, s: string) => bold(s))
      .replace(/(?<![\\`])`([^`]+)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1'),
  );
}

/** Cells of a table row `| a | b |`; a `\|` inside a cell is part of it. */
function cells(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function renderTable(rows: string[], style: TerminalStyle): string[] {
  const [header, separator, ...body] = rows.map(cells);
  const isSeparator = separator !== undefined && separator.every((cell) => /^:?-+:?$/.test(cell));
  const grid = (isSeparator ? [header!, ...body] : [header!, ...(separator ? [separator] : []), ...body]).map((row) => row.map((cell) => inline(cell, style)));
  const columns = Math.max(...grid.map((row) => row.length));
  const right = Array.from({ length: columns }, (_, c) => isSeparator && /-:$/.test(separator[c] ?? ''));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...grid.map((row) => displayWidth(row[c] ?? ''))));
  const pad = (text: string, c: number) => {
    const fill = ' '.repeat(widths[c]! - displayWidth(text));
    return right[c] ? fill + text : text + fill;
  };
  const line = (row: string[]) => widths.map((_, c) => pad(row[c] ?? '', c)).join('  ').trimEnd();
  return [line(grid[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...grid.slice(1).map(line)];
}

/** A mermaid block in one line: what it shows, for the reader to find on GitHub or in the report. */
function summariseMermaid(lines: string[]): string {
  const kind = lines.find((l) => l.trim() !== '')?.trim().split(/\s+/)[0] ?? 'diagram';
  const title = /^\s*title\s+"?(.*?)"?\s*$/m.exec(lines.join('\n'))?.[1];
  const series = lines.map((l) => /^\s*(bar|line)\s*\[(.*)\]/.exec(l)).filter((m) => m !== null).map((m) => `${m[1]} of ${m[2]!.split(',').length}`);
  const what = [title ? `"${inline(title, { color: false })}"` : undefined, series.length ? series.join(', ') : undefined].filter(Boolean).join(': ');
  return `[${kind === 'xychart-beta' ? 'chart' : `mermaid ${kind}`}${what ? ` ${what}` : ''} — drawn in the job summary on GitHub]`;
}

/**
 * Control characters from data (an ESC starts a terminal escape sequence that could rewrite the
 * screen or the title) shown as U+FFFD; tabs and newlines stay.
 */
export function withoutControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

export function renderMarkdown(markdown: string, style: TerminalStyle = { color: false }): string {
  const out: string[] = [];
  const lines = withoutControls(markdown.replace(/\r\n/g, '\n')).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*```\s*([\w-]*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      out.push(...(fence[1] === 'mermaid' ? [summariseMermaid(body)] : body.map((l) => `    ${l}`)));
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows: string[] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]!); i++) rows.push(lines[i]!);
      i--;
      out.push(...renderTable(rows, style));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = inline(heading[2]!, style);
      out.push(style.color ? `\u001b[1m${text}\u001b[22m` : text, (heading[1]!.length <= 2 ? '═' : '─').repeat(displayWidth(text)));
      continue;
    }
    const summary = /<summary>(.*?)<\/summary>/i.exec(line);
    if (summary) {
      out.push(`▸ ${inline(summary[1]!, style)}`);
      continue;
    }
    if (/^\s*<\/?details>\s*$/i.test(line)) continue;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('─'.repeat(40));
      continue;
    }
    out.push(inline(line.replace(/^(\s*)[-*+]\s+/, '$1• ').replace(/^(\s*)>\s?/, '$1│ '), style));
  }
  // Blank lines: at most one in a row, none at either end.
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\s+$/g, '');
}
