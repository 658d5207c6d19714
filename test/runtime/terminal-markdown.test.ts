// Job summaries rendered for a terminal: what src/report/markdown.ts writes comes back as plain text.
import { describe, expect, it } from 'vitest';
import { code, details, escape, table } from '../../src/report/markdown.js';
import { displayWidth, renderMarkdown } from '../../src/runtime/terminal-markdown.js';

describe('renderMarkdown', () => {
  it('aligns a table by display width: emoji take two columns, the escapes are undone', () => {
    const markdown = table(['', 'column', 'value', 'p'], [
      ['🔴', code('a|b <i>'), escape('x_1 @team #12'), '0.01'],
      ['✅', code('long column name'), escape('∞'), '1'],
    ]);
    expect(renderMarkdown(markdown).split('\n')).toEqual([
      '    column            value          p',
      '──  ────────────────  ─────────────  ────',
      '🔴  a|b <i>           x_1 @team #12  0.01',
      '✅  long column name  ∞              1',
    ]);
  });

  it('right-aligns the columns markdown marks so', () => {
    expect(renderMarkdown('| n | name |\n| ---: | --- |\n| 5 | a |\n| 100 | bb |').split('\n')).toEqual(['  n  name', '───  ────', '  5  a', '100  bb']);
  });

  it('underlines headings, turns <details> into a line, lists into bullets, and drops HTML tags', () => {
    const markdown = ['## Data validation ✅ passed', '', 'Schema: <code>s.yml</code> · **2** failed<br>see [the docs](https://example.com)', '', details('❌ age: max', '- one\n- two'), '', '> quoted'].join('\n');
    expect(renderMarkdown(markdown)).toBe(
      ['Data validation ✅ passed', '═════════════════════════', '', 'Schema: s.yml · 2 failed see the docs (https://example.com)', '', '▸ ❌ age: max', '', '• one', '• two', '', '│ quoted'].join('\n'),
    );
  });

  it('summarises a mermaid chart in one line and indents other code', () => {
    const markdown = ['```mermaid', 'xychart-beta', '  title "age: reference bars, current line"', '  x-axis ["a", "b", "c"]', '  bar [0.1, 0.2, 0.7]', '  line [0.3, 0.3, 0.4]', '```', '```mermaid', 'flowchart LR', '  A --> B', '```', '```sh', 'npm test', '```'].join('\n');
    expect(renderMarkdown(markdown).split('\n')).toEqual([
      '[chart "age: reference bars, current line": bar of 3, line of 3 — drawn in the job summary on GitHub]',
      '[mermaid flowchart — drawn in the job summary on GitHub]',
      '    npm test',
    ]);
  });

  it('shows control characters from data as U+FFFD, so data cannot drive the terminal', () => {
    expect(renderMarkdown(`| value |\n| --- |\n| ${escape('evil\u001b]0;owned\u0007title')} |`)).toContain('evil\ufffd]0;owned\ufffdtitle');
  });

  it('makes headings and strong text bold when asked for colour', () => {
    expect(renderMarkdown('# Title\n\n**bold**', { color: true })).toBe('\u001b[1mTitle\u001b[22m\n═════\n\n\u001b[1mbold\u001b[22m');
  });
});

describe('displayWidth', () => {
  it('counts emoji and East Asian wide characters as two columns, marks and ANSI codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('✅🔴🟢🟡❌')).toBe(10);
    expect(displayWidth('⚠️')).toBe(2); // U+26A0 with U+FE0F: emoji presentation
    expect(displayWidth('≤ ∞ → –')).toBe(7);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
  });
});
