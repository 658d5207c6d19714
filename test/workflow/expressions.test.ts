// The expression evaluator, case by case, each case also evaluated by GitHub's own
// @actions/expressions (the reference implementation) so that both agree.
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { describe, expect, it } from 'vitest';
import { condition, evaluate, ExpressionError, interpolate, splitTemplate, type Scope, type Value } from './expressions.js';

const contexts: Record<string, Value> = {
  github: {
    event_name: 'push',
    ref: 'refs/heads/main',
    repository: 'Codertocat/Hello-World',
    event: { pull_request: { number: 7, head: { repo: { full_name: 'forker/Hello-World' } } }, commits: [{ id: 'a', author: { name: 'x' } }, { id: 'b' }] },
  },
  steps: { gate: { outputs: { verdict: 'improved', passed: 'true' }, outcome: 'success', conclusion: 'success' } },
  needs: { build: { result: 'failure', outputs: { version: 'v1.2.0' } } },
  inputs: { model: 'churn', count: 3, flag: false },
  env: { MIXED: 'Value' },
  matrix: { shard: 0 },
};
const status = { success: () => true, failure: () => false, always: () => true, cancelled: () => false };
const scope: Scope = { contexts, functions: status };

/** GitHub's reference evaluator on the same contexts and status functions. */
function reference(expression: string): unknown {
  const tokens = new Lexer(expression).lex().tokens;
  const infos = Object.keys(status).map((name) => ({ name, description: '', minArgs: 0, maxArgs: 0 }));
  const tree = new Parser(tokens, Object.keys(contexts), infos).parse();
  const functions = new Map(Object.entries(status).map(([name, f]) => [name, { ...infos[0]!, name, call: () => new data.BooleanData(f()) }]));
  const result = new Evaluator(tree, JSON.parse(JSON.stringify(contexts), data.reviver), functions).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null');
}

// [expression, expected]
const CASES: [string, Value][] = [
  // literals
  ['1', 1], ['-2.5', -2.5], ['0x10', 16], ['1e3', 1000], ["'it''s'", "it's"], ['true', true], ['null', null], ["''", ''],
  // loose equality: different kinds meet as numbers; strings ignore case; objects by identity
  ["1 == '1'", true], ["'' == 0", true], ['null == 0', true], ["null == ''", true], ['true == 1', true], ["true == '1'", true],
  ["'abc' == 'ABC'", true], ["'a' == 0", false], ["'1.0' == 1", true], ["' 1 ' == 1", true], ['NaN == NaN', false],
  ['github.event == github.event', true], ["fromJSON('[1]') == fromJSON('[1]')", false], ["'true' == true", false], ["1 != '2'", true],
  // comparison
  ["2 > '10'", false], ["'b' > 'A'", true], ['null < 1', true], ['true > false', true], ['1 >= 1', true], ["'a' < 1", false], ["'a' <= 'A'", true],
  // truthiness: '', 0, NaN, null, false are falsy; '0', 'false', [] and {} are truthy
  ["!''", true], ["!'0'", false], ["!'false'", false], ['!0', true], ['!NaN', true], ['!null', true], ["!fromJSON('[]')", false], ["!fromJSON('{}')", false],
  // && and || return an operand
  ["'' || 'default'", 'default'], ["'a' && 'b'", 'b'], ["0 && 'x'", 0], ["inputs.flag || 'no'", 'no'], ["github.event_name == 'push' && 'yes' || 'no'", 'yes'],
  // precedence
  ['!true == false', true], ['true || false && false', true], ['(true || false) && false', false], ['1 == 1 && 2 > 1', true], ['!(1 == 2)', true],
  // property and index access
  ['github.event.pull_request.number', 7], ['github.EVENT_NAME', 'push'], ["github['event_name']", 'push'], ['github.event.commits[1].id', 'b'],
  ["github.event.commits['1'].id", 'b'], ['github.event.commits[5]', null], ['github.event.commits.*.id', ['a', 'b']], ['github.event.commits.*.author.name', ['x']],
  ['github.event.missing.deeper', null], ['needs.build.outputs.version', 'v1.2.0'], ["needs.build.result == 'failure'", true], ['steps.gate.outputs.verdict', 'improved'],
  ['matrix.shard', 0], ["github.event.pull_request.head.repo.full_name != github.repository", true], ['inputs.count', 3],
  // functions (names ignore case)
  ["contains('Hello', 'ELL')", true], ["contains(fromJSON('[\"a\",\"b\"]'), 'A')", true], ["contains(github.event.commits.*.id, 'b')", true], ["contains(fromJSON('[1]'), '1')", true],
  ["startsWith('refs/heads/main', 'refs/HEADS')", true], ["endsWith(github.ref, '/MAIN')", true], ["startsWith(github.event, 'x')", false],
  ["format('{0}-{1}', 'a', 1)", 'a-1'], ["format('{{0}} {0}', 'x')", '{0} x'], ["format('{0}', null)", ''], ["format('{0}', true)", 'true'],
  ["join(fromJSON('[1,2]'), '+')", '1+2'], ["join(github.event.commits.*.id)", 'a,b'], ["join('abc')", 'abc'],
  ["toJSON(fromJSON('{\"a\":[1]}'))", '{\n  "a": [\n    1\n  ]\n}'], ["fromJSON('3')", 3], ["fromJSON('\"s\"')", 's'], ['TOJSON(inputs.model)', '"churn"'],
  // status functions
  ['success()', true], ['failure() || always()', true], ['!cancelled()', true],
];

describe('expressions: agreement with GitHub\'s @actions/expressions', () => {
  for (const [expression, expected] of CASES) {
    it(expression, () => {
      expect(evaluate(expression, scope)).toEqual(expected);
      expect(reference(expression)).toEqual(expected);
    });
  }

  it("unescapes every '' in a string (the reference replaces only the first)", () => {
    expect(evaluate("'a''b''c'", scope)).toBe("a'b'c");
  });

  it('rejects what GitHub rejects', () => {
    for (const bad of ['foo.bar', 'nosuch()', '1 ==', "'unterminated", 'a = b', 'inputs.count + 1', 'contains(1)', "format('{1}', 'a')", "format('{x}', 1)", "fromJSON('{')", '(1', 'github.']) {
      expect(() => evaluate(bad, scope), bad).toThrow(ExpressionError);
    }
  });
});

describe('templates and conditions', () => {
  it('keeps the type of a lone expression and converts to text inside text', () => {
    expect(interpolate('${{ inputs.count }}', scope)).toBe(3);
    expect(interpolate('n=${{ inputs.count }} ${{ inputs.flag }} ${{ github.event }} ${{ github.event.commits }} ${{ null }}.', scope)).toBe('n=3 false Object Array .');
    expect(interpolate('plain', scope)).toBe('plain');
    expect(interpolate("${{ format('}}{0}', 'a') }}", scope)).toBe('}a');
    expect(splitTemplate("a${{ 'x}}' }}b")).toEqual([{ text: 'a' }, { expression: "'x}}'" }, { text: 'b' }]);
    expect(() => interpolate('${{ 1 ', scope)).toThrow(/not closed/);
  });

  it('reads if: with or without ${{ }}, adding success() when no status function is named', () => {
    const failed: Scope = { contexts, functions: { ...status, success: () => false, failure: () => true } };
    expect(condition(undefined, scope)).toBe(true);
    expect(condition(undefined, failed)).toBe(false);
    expect(condition("github.event_name == 'push'", scope)).toBe(true);
    expect(condition("github.event_name == 'push'", failed)).toBe(false); // success() && (…)
    expect(condition("${{ github.event_name == 'push' }}", failed)).toBe(false);
    expect(condition('always()', failed)).toBe(true);
    expect(condition('failure()', failed)).toBe(true);
    expect(condition("${{ always() && github.event_name == 'pull_request' }}", failed)).toBe(false);
    expect(condition('${{ false }}', scope)).toBe(false);
    expect(condition("contains('always()', 'x')", failed)).toBe(false); // a string is not a status call
    expect(condition(false, scope)).toBe(false);
    expect(condition('x ${{ false }}', scope)).toBe(true); // text around an expression is a non-empty string
  });

  it('tells about every key that does not exist, with its path', () => {
    const missing: string[] = [];
    const watched: Scope = { contexts, functions: status, onMissing: (path) => missing.push(path.join('.')) };
    evaluate('steps.gate.outputs.verdicts', watched);
    evaluate('steps.nope.outputs.x', watched);
    evaluate("needs.build.outputs['version'] || needs.deploy.result", watched);
    expect(missing).toEqual(['steps.gate.outputs.verdicts', 'steps.nope', 'needs.deploy']);
  });
});
