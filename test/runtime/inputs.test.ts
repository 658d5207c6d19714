import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, describeFailure, displayPath, Inputs, parseDuration, resolveInputPath, resolveInside } from '../../src/runtime/index.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'mlops-inputs-'));
const inputs = (values: Record<string, string>) => new Inputs({ getInput: (name) => values[name] ?? '', workspace });

describe('typed inputs', () => {
  it('reads required, optional, boolean, number, duration, list and lines', () => {
    const i = inputs({ a: 'x', flag: 'TRUE', n: '0.25', d: '90s', l: 'a, b\nc,,', g: 'data/*.csv\ndata/a,b.csv' });
    expect(i.required('a')).toBe('x');
    expect(i.optional('missing')).toBeUndefined();
    expect(i.boolean('flag', false)).toBe(true);
    expect(i.boolean('missing', true)).toBe(true);
    expect(i.number('n', 1, { min: 0, max: 1 })).toBe(0.25);
    expect(i.duration('d', '5m')).toBe(90_000);
    expect(i.duration('missing', '24h')).toBe(86_400_000);
    expect(i.list('l')).toEqual(['a', 'b', 'c']);
    expect(i.lines('g')).toEqual(['data/*.csv', 'data/a,b.csv']);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5 minutes')).toBeUndefined();
  });

  it('names the input and quotes the bad value in every error', () => {
    const i = inputs({ flag: 'maybe', n: 'abc', big: '7', d: 'soon', j: '{oops', mode: 'sometimes' });
    expect(() => i.required('needed')).toThrow(/Input 'needed' is required/);
    expect(() => i.boolean('flag', false)).toThrow(`Input 'flag' must be true or false, got "maybe".`);
    expect(() => i.number('n', 0)).toThrow(`Input 'n' must be a number, got "abc".`);
    expect(() => i.number('big', 0, { max: 5 })).toThrow(`Input 'big' must be at most 5, got "7".`);
    expect(() => i.duration('d', '1m')).toThrow(`Input 'd' must be a duration such as 90s, 5m or 24h, got "soon".`);
    expect(() => i.json('j')).toThrow(/Input 'j' must be valid JSON/);
    expect(() => i.oneOf('mode', ['always', 'never'] as const, 'always')).toThrow(`Input 'mode' must be one of 'always', 'never', got "sometimes".`);
    try {
      i.boolean('flag', false);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
    }
  });

  it('reads YAML inline or from a file inside the workspace', () => {
    writeFileSync(path.join(workspace, 'rules.yml'), 'accuracy: {goal: maximize, min: 0.8}\n');
    expect(inputs({ r: 'rules.yml' }).yaml('r')).toEqual({ accuracy: { goal: 'maximize', min: 0.8 } });
    expect(inputs({ r: 'a: 1\nb: [x, y]' }).yaml('r')).toEqual({ a: 1, b: ['x', 'y'] });
    expect(() => inputs({ r: 'missing.yml' }).yaml('r')).toThrow(`Input 'r': the file "missing.yml" does not exist (looked for ${path.join(workspace, 'missing.yml')}).`);
    mkdirSync(path.join(workspace, 'dir.yml'), { recursive: true });
    expect(() => inputs({ r: 'dir.yml' }).yaml('r')).toThrow(`Input 'r': "dir.yml" is a directory; name a file.`);
    expect(() => inputs({ r: 'a: [1,\nb' }).yaml('r')).toThrow(/Input 'r': the inline value is not valid YAML/);
  });

  it('takes an author\'s path anywhere, relative to the workspace by default', () => {
    expect(resolveInputPath(workspace, 'data/a.csv')).toBe(path.join(workspace, 'data', 'a.csv'));
    expect(resolveInputPath(workspace, '../shared/a.csv')).toBe(path.join(path.dirname(workspace), 'shared', 'a.csv'));
    expect(resolveInputPath(workspace, '/mnt/volume/a.csv')).toBe('/mnt/volume/a.csv');
    expect(displayPath(workspace, path.join(workspace, 'data', 'a.csv'))).toBe('data/a.csv');
    expect(displayPath(workspace, '/mnt/volume/a.csv')).toBe('/mnt/volume/a.csv');
  });

  it('keeps a name from data or a store inside its folder, through symbolic links too', () => {
    const folder = path.join(workspace, 'store');
    mkdirSync(path.join(folder, 'models'), { recursive: true });
    expect(resolveInside(folder, 'models/card.json', 'model card file')).toBe(path.join(folder, 'models', 'card.json'));
    expect(resolveInside(folder, 'new/dir/file.bin', 'release asset')).toBe(path.join(folder, 'new', 'dir', 'file.bin'));
    for (const name of ['../x', 'a/../../x', '/etc/passwd', '..\\x', 'C:/x', '']) {
      expect(() => resolveInside(folder, name, 'release asset')).toThrow(/Refused the release asset/);
    }
    symlinkSync('/etc', path.join(folder, 'escape'));
    expect(() => resolveInside(folder, 'escape/passwd', 'model card file')).toThrow(/escape is a symbolic link/);
  });

  it('describes internal failures with their causes, user errors as they are', () => {
    expect(describeFailure(new ConfigurationError('Input x is bad.'))).toBe('Input x is bad.');
    expect(describeFailure(new Error('upload failed', { cause: new Error('503 Service Unavailable') }))).toBe('Internal error: upload failed ← caused by: 503 Service Unavailable');
  });
});
