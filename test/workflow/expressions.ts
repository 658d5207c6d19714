// GitHub Actions expressions (`${{ … }}` and `if:`): a tokenizer, a precedence-climbing parser and an
// evaluator with GitHub's rules — loose equality that coerces to numbers, case-insensitive strings
// and context keys, `&&`/`||` that return an operand, `*` filters, and `''` as an escaped quote.
// Checked case by case against GitHub's own @actions/expressions in expressions.test.ts.

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** The result of a `*` filter: property access maps over its items. */
class Filtered extends Array<Value> {}

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'context'; name: string }
  | { kind: 'index'; target: Node; index: Node | '*' }
  | { kind: 'not'; operand: Node }
  | { kind: 'compare'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: Node; right: Node }
  | { kind: 'logical'; op: '&&' | '||'; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[] };

type Token = { type: 'punct' | 'number' | 'string' | 'ident' | 'end'; text: string; value?: Value; at: number };

export class ExpressionError extends Error {}

const PUNCTUATION = ['==', '!=', '<=', '>=', '&&', '||', '(', ')', '[', ']', ',', '.', '!', '<', '>', '*'];
const BOUNDARY = /[()[\],.!<>=&|*\s']/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new ExpressionError(`Unexpected symbol: '${what}' at position ${i + 1} within expression: ${source}`);
  };
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const previous = tokens.at(-1);
    const afterValue = previous && (previous.type === 'ident' || [')', ']', '*'].includes(previous.text));
    if (c === "'") {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= source.length) fail(source.slice(i));
        if (source[j] === "'") {
          if (source[j + 1] !== "'") break;
          j++;
        }
        value += source[j++];
      }
      tokens.push({ type: 'string', text: source.slice(i, j + 1), value, at: i });
      i = j + 1;
    } else if (/[0-9]/.test(c) || ((c === '-' || c === '+') && i + 1 < source.length) || (c === '.' && !afterValue)) {
      let j = i + 1;
      while (j < source.length && (!BOUNDARY.test(source[j]!) || source[j] === '.')) j++;
      const text = source.slice(i, j);
      const value = Number(text);
      if (Number.isNaN(value) || text.trim() !== text) fail(text);
      tokens.push({ type: 'number', text, value, at: i });
      i = j;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_-]/.test(source[j]!)) j++;
      const text = source.slice(i, j);
      const keyword: Record<string, Value> = { true: true, false: false, null: null, NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY };
      if (text in keyword) tokens.push({ type: 'number', text, value: keyword[text]!, at: i });
      else tokens.push({ type: 'ident', text, at: i });
      i = j;
    } else {
      const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
      if (!punct) fail(c);
      tokens.push({ type: 'punct', text: punct!, at: i });
      i += punct!.length;
    }
  }
  tokens.push({ type: 'end', text: '', at: source.length });
  return tokens;
}

/** Parses one expression; `contexts` and `functions` are the names it may use (lower case). */
export function parse(source: string, contexts: Iterable<string>, functions: Iterable<string>): Node {
  const tokens = tokenize(source);
  const knownContexts = new Set([...contexts].map((c) => c.toLowerCase()));
  const knownFunctions = new Set([...functions].map((f) => f.toLowerCase()));
  let at = 0;
  const peek = () => tokens[at]!;
  const take = (text?: string): Token | undefined => (peek().type !== 'end' && (text === undefined || (peek().type === 'punct' && peek().text === text)) ? tokens[at++] : undefined);
  const fail = (message: string): never => {
    throw new ExpressionError(`${message} at position ${peek().at + 1} within expression: ${source}`);
  };
  const expect = (text: string) => take(text) ?? fail(`Expected '${text}'${peek().text ? `, found '${peek().text}'` : ' before the end'}`);

  const logical = (op: '&&' | '||', next: () => Node) => (): Node => {
    let left = next();
    while (take(op)) left = { kind: 'logical', op, left, right: next() };
    return left;
  };
  const comparison = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    for (let op = ops.find((o) => peek().type === 'punct' && peek().text === o); op; op = ops.find((o) => peek().type === 'punct' && peek().text === o)) {
      take();
      left = { kind: 'compare', op: op as '==', left, right: next() };
    }
    return left;
  };
  const unary = (): Node => (take('!') ? { kind: 'not', operand: unary() } : postfix());
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      if (take('.')) {
        const name = take('*') ? '*' : peek().type === 'ident' || (peek().type === 'number' && /^[A-Za-z]/.test(peek().text)) ? tokens[at++]!.text : fail('Expected a property name');
        node = { kind: 'index', target: node, index: name === '*' ? '*' : { kind: 'literal', value: name } };
      } else if (take('[')) {
        const index: Node | '*' = take('*') ? '*' : expression();
        expect(']');
        node = { kind: 'index', target: node, index };
      } else return node;
    }
  };
  const primary = (): Node => {
    const token = peek();
    if (take('(')) {
      const inner = expression();
      expect(')');
      return inner;
    }
    if (token.type === 'number' || token.type === 'string') {
      at++;
      return { kind: 'literal', value: token.value! };
    }
    if (token.type === 'ident') {
      at++;
      const name = token.text.toLowerCase();
      if (take('(')) {
        if (!knownFunctions.has(name)) fail(`Unrecognized function: '${token.text}'`);
        const args: Node[] = [];
        if (!take(')')) {
          do args.push(expression());
          while (take(','));
          expect(')');
        }
        return { kind: 'call', name, args };
      }
      if (!knownContexts.has(name)) fail(`Unrecognized named-value: '${token.text}'`);
      return { kind: 'context', name };
    }
    return fail(token.type === 'end' ? 'Unexpected end of expression' : `Unexpected symbol: '${token.text}'`);
  };
  const expression: () => Node = logical('||', logical('&&', comparison(['==', '!='], comparison(['<', '<=', '>', '>='], unary))));

  const tree = expression();
  if (peek().type !== 'end') fail(`Unexpected symbol: '${peek().text}'`);
  return tree;
}

// ---- GitHub's value rules ----

const isObject = (v: Value): v is { [key: string]: Value } => typeof v === 'object' && v !== null && !Array.isArray(v);

export function falsy(v: Value): boolean {
  return v === null || v === false || v === '' || (typeof v === 'number' && (v === 0 || Number.isNaN(v)));
}

/** A value as text: numbers with at most 15 decimals, null as '', objects by their kind. */
export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return v === 0 ? '0' : String(+v.toFixed(15));
  return Array.isArray(v) ? 'Array' : 'Object';
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  return Number.NaN;
}

const primitive = (v: Value) => !(typeof v === 'object' && v !== null);
const kindOf = (v: Value) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const upper = (s: string) => s.toUpperCase();

/** Brings two values to one kind as GitHub does: null and booleans become numbers, then strings do. */
function coerce(l: Value, r: Value): [Value, Value] {
  if (kindOf(l) === kindOf(r)) return [l, r];
  if (l === null || typeof l === 'boolean') return coerce(toNumber(l), r);
  if (r === null || typeof r === 'boolean') return coerce(l, toNumber(r));
  if (typeof l === 'number' && typeof r === 'string') return [l, toNumber(r)];
  if (typeof l === 'string' && typeof r === 'number') return [toNumber(l), r];
  return [l, r];
}

export function looseEquals(a: Value, b: Value): boolean {
  const [l, r] = coerce(a, b);
  if (kindOf(l) !== kindOf(r)) return false;
  if (typeof l === 'string') return upper(l) === upper(r as string);
  return l === r; // numbers (NaN never equals), booleans, null, and objects by identity
}

function greater(a: Value, b: Value): boolean {
  const [l, r] = coerce(a, b);
  if (kindOf(l) !== kindOf(r)) return false;
  if (typeof l === 'number') return l > (r as number);
  if (typeof l === 'string') return upper(l) > upper(r as string);
  if (typeof l === 'boolean') return l && !r;
  return false;
}

function less(a: Value, b: Value): boolean {
  return greater(b, a);
}

/** Property of an object, exact key first, then ignoring case (contexts are case-insensitive). */
function property(object: { [key: string]: Value }, key: string): Value | undefined {
  if (Object.hasOwn(object, key)) return object[key];
  const lower = key.toLowerCase();
  const found = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : object[found];
}

function format(pattern: string, args: Value[]): string {
  return pattern.replace(/\{\{|\}\}|\{(\d+)\}|[{}]/g, (token, n) => {
    if (token === '{{') return '{';
    if (token === '}}') return '}';
    if (n === undefined) throw new ExpressionError(`The following format string is invalid: ${pattern}`);
    if (Number(n) >= args.length) throw new ExpressionError(`The following format string references more arguments than were supplied: ${pattern}`);
    return toText(args[Number(n)]!);
  });
}

export type ExpressionFunction = (...args: Value[]) => Value;

const BUILT_IN: Record<string, ExpressionFunction> = {
  contains: (search, item) => {
    if (primitive(search!) && primitive(item!)) return toText(search!).toLowerCase().includes(toText(item!).toLowerCase());
    return Array.isArray(search) && search.some((v) => looseEquals(item!, v));
  },
  startswith: (s, p) => primitive(s!) && primitive(p!) && upper(toText(s!)).startsWith(upper(toText(p!))),
  endswith: (s, p) => primitive(s!) && primitive(p!) && upper(toText(s!)).endsWith(upper(toText(p!))),
  format: (pattern, ...args) => format(toText(pattern!), args),
  join: (array, separator = ',') => (primitive(array!) ? toText(array!) : Array.isArray(array) ? array.map(toText).join(primitive(separator) ? toText(separator) : ',') : ''),
  tojson: (v) => JSON.stringify(v, null, 2),
  fromjson: (text) => {
    try {
      return JSON.parse(toText(text!)) as Value;
    } catch (error) {
      throw new ExpressionError(`Error parsing fromJSON: ${(error as Error).message} in '${toText(text!)}'`);
    }
  },
};

const ARITY: Record<string, [number, number]> = {
  contains: [2, 2], startswith: [2, 2], endswith: [2, 2], format: [1, 255], join: [1, 2], tojson: [1, 1], fromjson: [1, 1],
  success: [0, 0], failure: [0, 0], always: [0, 0], cancelled: [0, 0], hashfiles: [1, 255],
};

export interface Scope {
  /** Context objects by name: github, env, steps, needs, inputs, vars, secrets, runner, matrix, job, strategy. */
  contexts: Record<string, Value>;
  /** Status functions and hashFiles, as the runner provides them where they are allowed. */
  functions?: Record<string, ExpressionFunction>;
  /**
   * Told of every reference to a key that does not exist, with its path from the context (e.g.
   * steps.gate.outputs.x), also in operands that && and || skip: the whole expression is checked.
   */
  onMissing?: (path: string[]) => void;
}

function run(node: Node, scope: Scope): { value: Value } {
  switch (node.kind) {
    case 'literal':
      return { value: node.value };
    case 'context': {
      const value = property(scope.contexts as { [key: string]: Value }, node.name);
      return { value: value ?? null };
    }
    case 'not':
      return { value: falsy(run(node.operand, scope).value) };
    case 'logical': {
      const left = run(node.left, scope).value;
      if (node.op === '&&' ? falsy(left) : !falsy(left)) return { value: left };
      return { value: run(node.right, scope).value };
    }
    case 'compare': {
      const l = run(node.left, scope).value;
      const r = run(node.right, scope).value;
      const eq = () => looseEquals(l, r);
      const result = { '==': eq, '!=': () => !eq(), '<': () => less(l, r), '<=': () => eq() || less(l, r), '>': () => greater(l, r), '>=': () => eq() || greater(l, r) }[node.op]();
      return { value: result };
    }
    case 'call': {
      const [min, max] = ARITY[node.name] ?? [0, 255];
      if (node.args.length < min || node.args.length > max) throw new ExpressionError(`${node.name}() takes ${min === max ? min : `${min} to ${max}`} arguments, not ${node.args.length}`);
      const f = scope.functions?.[node.name] ?? BUILT_IN[node.name];
      if (!f) throw new ExpressionError(`${node.name}() is not allowed here`);
      return { value: f(...node.args.map((a) => run(a, scope).value)) };
    }
    case 'index': {
      const index = node.index === '*' ? '*' : run(node.index, scope).value;
      return access(run(node.target, scope).value, index);
    }
  }
}

function access(target: Value, index: Value | '*'): { value: Value } {
  if (target instanceof Filtered) {
    const out = new Filtered();
    for (const item of target) {
      if (index === '*') {
        if (Array.isArray(item)) out.push(...item);
        else if (isObject(item)) out.push(...Object.values(item));
      } else if (isObject(item) && primitive(index)) {
        const v = property(item, toText(index));
        if (v !== undefined) out.push(v);
      } else if (Array.isArray(item) && typeof index === 'number' && index >= 0 && Math.floor(index) < item.length) out.push(item[Math.floor(index)]!);
    }
    return { value: out };
  }
  if (index === '*') {
    if (Array.isArray(target)) return { value: Filtered.from(target) };
    if (isObject(target)) return { value: Filtered.from(Object.values(target)) };
    return { value: new Filtered() };
  }
  if (Array.isArray(target)) {
    const n = toNumber(index);
    return { value: Number.isFinite(n) && n >= 0 && Math.floor(n) < target.length ? target[Math.floor(n)]! : null };
  }
  if (isObject(target) && primitive(index)) {
    const key = toText(index);
    return { value: property(target, key) ?? null };
  }
  return { value: null };
}

const contextNames = (scope: Scope) => Object.keys(scope.contexts);
const functionNames = (scope: Scope) => [...Object.keys(BUILT_IN), ...Object.keys(scope.functions ?? {})];

/** The literal paths an expression reads (`steps.gate.outputs.verdict`, `needs['x'].result`). */
function references(node: Node, out: string[][] = []): string[][] {
  const path = pathOf(node);
  if (path) out.push(path);
  else if (node.kind === 'index') {
    references(node.target, out);
    if (node.index !== '*') references(node.index, out);
  } else if (node.kind === 'not') references(node.operand, out);
  else if (node.kind === 'compare' || node.kind === 'logical') references(node.right, references(node.left, out));
  else if (node.kind === 'call') for (const a of node.args) references(a, out);
  return out;
}

function pathOf(node: Node): string[] | undefined {
  if (node.kind === 'context') return [node.name];
  if (node.kind !== 'index' || node.index === '*' || node.index.kind !== 'literal' || !primitive(node.index.value)) return undefined;
  const target = pathOf(node.target);
  return target && [...target, toText(node.index.value)];
}

/** Reports the first key of each path that the contexts do not have. */
function checkReferences(tree: Node, scope: Scope): void {
  if (!scope.onMissing) return;
  for (const path of references(tree)) {
    let value: Value | undefined = scope.contexts as { [key: string]: Value };
    for (let i = 0; i < path.length && value !== undefined && isObject(value); i++) {
      value = property(value, path[i]!);
      if (value === undefined) scope.onMissing(path.slice(0, i + 1));
    }
  }
}

/** Evaluates one expression (the text inside `${{ }}`). */
export function evaluate(source: string, scope: Scope): Value {
  const tree = parse(source, contextNames(scope), functionNames(scope));
  checkReferences(tree, scope);
  const value = run(tree, scope).value;
  return value instanceof Filtered ? [...value] : value;
}

/** Splits a string into literal text and the expressions of its `${{ … }}` parts. */
export function splitTemplate(text: string): ({ text: string } | { expression: string })[] {
  const parts: ({ text: string } | { expression: string })[] = [];
  let at = 0;
  for (let open = text.indexOf('${{', at); open >= 0; open = text.indexOf('${{', at)) {
    let i = open + 3;
    let quoted = false;
    for (; i < text.length; i++) {
      if (text[i] === "'") quoted = !quoted; // '' toggles twice: an escaped quote stays inside
      else if (!quoted && text.startsWith('}}', i)) break;
    }
    if (i >= text.length) throw new ExpressionError(`The expression is not closed: an unmatched '\${{' in ${JSON.stringify(text)}`);
    if (open > at) parts.push({ text: text.slice(at, open) });
    parts.push({ expression: text.slice(open + 3, i).trim() });
    at = i + 2;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * A workflow value with `${{ }}` in it. One expression alone keeps its type (an object stays an
 * object); mixed with text, each result is converted to text as GitHub's format() does.
 */
export function interpolate(text: string, scope: Scope): Value {
  const parts = splitTemplate(text);
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only && 'expression' in only) return evaluate(only.expression, scope);
  return parts.map((p) => ('text' in p ? p.text : toText(evaluate(p.expression, scope)))).join('');
}

/** Interpolates every string in a YAML value (keys stay as written). */
export function interpolateDeep(value: unknown, scope: Scope): Value {
  if (typeof value === 'string') return interpolate(value, scope);
  if (Array.isArray(value)) return value.map((v) => interpolateDeep(v, scope));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, scope)]));
  return (value ?? null) as Value;
}

const STATUS_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled']);

function callsStatus(node: Node): boolean {
  switch (node.kind) {
    case 'call':
      return STATUS_FUNCTIONS.has(node.name) || node.args.some(callsStatus);
    case 'not':
      return callsStatus(node.operand);
    case 'compare':
    case 'logical':
      return callsStatus(node.left) || callsStatus(node.right);
    case 'index':
      return callsStatus(node.target) || (node.index !== '*' && callsStatus(node.index));
    default:
      return false;
  }
}

/**
 * An `if:` condition. It may be written with or without `${{ }}`; one without a status function
 * means `success() && (…)`, as on GitHub. An absent condition is `success()`.
 */
export function condition(source: string | boolean | number | undefined | null, scope: Scope): boolean {
  if (source === undefined || source === null || source === '') return !falsy(evaluate('success()', scope));
  if (typeof source !== 'string') return !falsy(source);
  const trimmed = source.trim();
  const parts = splitTemplate(trimmed);
  const only = parts.length === 1 && 'expression' in parts[0]! ? parts[0].expression : undefined;
  if (only === undefined && parts.some((p) => 'expression' in p)) return !falsy(interpolate(trimmed, scope)); // text around ${{ }}: a string
  const tree = parse(only ?? trimmed, contextNames(scope), functionNames(scope));
  checkReferences(tree, scope);
  const guarded: Node = callsStatus(tree) ? tree : { kind: 'logical', op: '&&', left: { kind: 'call', name: 'success', args: [] }, right: tree };
  return !falsy(run(guarded, scope).value);
}
