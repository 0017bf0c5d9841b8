import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceRule, ChoiceState, JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { CHOICE_OPERATORS, evaluateChoiceRule, matchesPattern, parseTimestamp } from './choice.ts';
import { StatesError } from './errors.ts';
import { evaluatePath } from './jsonpath.ts';
import { deepEqual, type EvalScope } from './scope.ts';
import { fixturePath } from '../testing/fixtures.ts';

const scopeOf = (input: JsonValue, variables: Record<string, JsonValue> = {}): EvalScope => ({
  input,
  context: { State: { Name: 'Check' } },
  variables,
});

const rule = (r: Record<string, unknown>): ChoiceRule => r as ChoiceRule;

describe('evaluateChoiceRule: operators', () => {
  const input = {
    s: 'beta', n: 5, f: 1.5, t: true, z: null, ts: '2020-01-01T00:00:00Z', later: '2020-01-01T00:00:01+00:00',
    s2: 'beta', n2: 5, t2: true, obj: { a: 1 }, arr: [1], numStr: '5', star: 'a*b', other: 'axb',
  };
  const cases: [Record<string, unknown>, boolean][] = [
    [{ Variable: '$.s', StringEquals: 'beta' }, true],
    [{ Variable: '$.s', StringEquals: 'Beta' }, false],
    [{ Variable: '$.s', StringLessThan: 'gamma' }, true],
    [{ Variable: '$.s', StringGreaterThan: 'alpha' }, true],
    [{ Variable: '$.s', StringLessThanEquals: 'beta' }, true],
    [{ Variable: '$.s', StringGreaterThanEquals: 'c' }, false],
    [{ Variable: '$.s', StringEqualsPath: '$.s2' }, true],
    [{ Variable: '$.s', StringLessThanPath: '$.s2' }, false],
    [{ Variable: '$.s', StringGreaterThanPath: '$.s2' }, false],
    [{ Variable: '$.s', StringLessThanEqualsPath: '$.s2' }, true],
    [{ Variable: '$.s', StringGreaterThanEqualsPath: '$.s2' }, true],
    [{ Variable: '$.s', StringMatches: 'b*a' }, true],
    [{ Variable: '$.s', StringMatches: '*' }, true],
    [{ Variable: '$.s', StringMatches: 'b?ta' }, false],
    [{ Variable: '$.star', StringMatches: 'a\\*b' }, true],
    [{ Variable: '$.other', StringMatches: 'a\\*b' }, false],
    [{ Variable: '$.n', NumericEquals: 5 }, true],
    [{ Variable: '$.numStr', NumericEquals: 5 }, false],
    [{ Variable: '$.n', NumericLessThan: 6 }, true],
    [{ Variable: '$.f', NumericGreaterThan: 1.25 }, true],
    [{ Variable: '$.n', NumericLessThanEquals: 5 }, true],
    [{ Variable: '$.n', NumericGreaterThanEquals: 5.5 }, false],
    [{ Variable: '$.n', NumericEqualsPath: '$.n2' }, true],
    [{ Variable: '$.f', NumericLessThanPath: '$.n2' }, true],
    [{ Variable: '$.n', NumericGreaterThanPath: '$.f' }, true],
    [{ Variable: '$.n', NumericLessThanEqualsPath: '$.n2' }, true],
    [{ Variable: '$.f', NumericGreaterThanEqualsPath: '$.n' }, false],
    [{ Variable: '$.numStr', NumericEqualsPath: '$.n' }, false],
    [{ Variable: '$.t', BooleanEquals: true }, true],
    [{ Variable: '$.t', BooleanEquals: false }, false],
    [{ Variable: '$.n', BooleanEquals: true }, false],
    [{ Variable: '$.t', BooleanEqualsPath: '$.t2' }, true],
    [{ Variable: '$.ts', TimestampEquals: '2020-01-01T01:00:00+01:00' }, true],
    [{ Variable: '$.ts', TimestampLessThan: '2020-01-01T00:00:00.001Z' }, true],
    [{ Variable: '$.ts', TimestampGreaterThan: '2019-12-31T23:59:59Z' }, true],
    [{ Variable: '$.ts', TimestampLessThanEquals: '2020-01-01T00:00:00Z' }, true],
    [{ Variable: '$.ts', TimestampGreaterThanEquals: '2020-01-01T00:00:01Z' }, false],
    [{ Variable: '$.ts', TimestampEqualsPath: '$.later' }, false],
    [{ Variable: '$.ts', TimestampLessThanPath: '$.later' }, true],
    [{ Variable: '$.later', TimestampGreaterThanPath: '$.ts' }, true],
    [{ Variable: '$.ts', TimestampLessThanEqualsPath: '$.later' }, true],
    [{ Variable: '$.ts', TimestampGreaterThanEqualsPath: '$.later' }, false],
    [{ Variable: '$.s', TimestampEquals: '2020-01-01T00:00:00Z' }, false],
    [{ Variable: '$.z', IsNull: true }, true],
    [{ Variable: '$.n', IsNull: false }, true],
    [{ Variable: '$.n', IsNumeric: true }, true],
    [{ Variable: '$.numStr', IsNumeric: false }, true],
    [{ Variable: '$.s', IsString: true }, true],
    [{ Variable: '$.obj', IsString: false }, true],
    [{ Variable: '$.t', IsBoolean: true }, true],
    [{ Variable: '$.arr', IsBoolean: true }, false],
    [{ Variable: '$.ts', IsTimestamp: true }, true],
    [{ Variable: '$.s', IsTimestamp: false }, true],
    [{ Variable: '$.n', IsTimestamp: true }, false],
    [{ Variable: '$.missing', IsPresent: false }, true],
    [{ Variable: '$.z', IsPresent: true }, true],
    [{ Variable: '$.arr[3]', IsPresent: true }, false],
    [{ And: [{ Variable: '$.n', NumericEquals: 5 }, { Variable: '$.s', StringEquals: 'beta' }] }, true],
    [{ And: [{ Variable: '$.n', NumericEquals: 5 }, { Variable: '$.s', StringEquals: 'x' }] }, false],
    [{ Or: [{ Variable: '$.n', NumericEquals: 4 }, { Variable: '$.s', StringEquals: 'beta' }] }, true],
    [{ Or: [{ Variable: '$.n', NumericEquals: 4 }, { Variable: '$.s', StringEquals: 'x' }] }, false],
    [{ Not: { Variable: '$.n', NumericEquals: 4 } }, true],
    [{ Not: { Not: { Variable: '$.n', NumericEquals: 4 } } }, false],
    [{ And: [{ Variable: '$.missing', IsPresent: true }, { Variable: '$.missing', StringEquals: 'x' }] }, false],
    [{ Or: [{ Variable: '$.s', IsString: true }, { Variable: '$.missing', StringEquals: 'x' }] }, true],
  ];
  it.each(cases)('%j → %s', (r, want) => {
    expect(evaluateChoiceRule(rule(r), scopeOf(input))).toBe(want);
  });

  it('covers every operator in the table', () => {
    const used = new Set(cases.flatMap(([r]) => JSON.stringify(r).match(/"[A-Za-z]+":/g) ?? []).map((k) => k.slice(1, -2)));
    expect(CHOICE_OPERATORS.filter((op) => !used.has(op))).toEqual([]);
  });

  it('reads workflow variables and the context object', () => {
    const scope = scopeOf({}, { limit: { max: 3 } });
    expect(evaluateChoiceRule(rule({ Variable: '$limit.max', NumericEquals: 3 }), scope)).toBe(true);
    expect(evaluateChoiceRule(rule({ Variable: '$$.State.Name', StringEquals: 'Check' }), scope)).toBe(true);
  });
});

describe('evaluateChoiceRule: errors', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['missing Variable', { Variable: '$.nope', StringEquals: 'x' }, 'States.Runtime', "Invalid path '$.nope' : No results for path: $['nope']"],
    ['missing nested Variable', { Variable: '$.a.b', IsNull: true }, 'States.Runtime', "Invalid path '$.a.b' : Missing property in path $['a']"],
    ['missing …Path operand', { Variable: '$.n', NumericEqualsPath: '$.m' }, 'States.Runtime', "Invalid path '$.m' : No results for path: $['m']"],
    ['no operator', { Variable: '$.n' }, 'States.Runtime', 'has no comparison operator'],
    ['no Variable', { NumericEquals: 1 }, 'States.Runtime', 'has no Variable'],
  ];
  it.each(cases)('%s', (_name, r, error, cause) => {
    let thrown: unknown;
    try {
      evaluateChoiceRule(rule(r), scopeOf({ n: 1 }));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    expect((thrown as StatesError).error).toBe(error);
    expect((thrown as StatesError).causeText).toContain(cause);
  });
});

describe('matchesPattern and parseTimestamp', () => {
  it.each([
    ['log-2020.txt', 'log-*.txt', true],
    ['a.b', 'a?b', false],
    ['*', '\\*', true],
    ['x', '\\*', false],
    ['a\\b', 'a\\\\b', true],
    ['', '*', true],
    ['multi\nline', 'multi*', true],
  ])('%j matches %j: %s', (value, pattern, want) => {
    expect(matchesPattern(value, pattern)).toBe(want);
  });

  it.each([
    ['2016-03-14T01:59:00Z', Date.UTC(2016, 2, 14, 1, 59)],
    ['2016-03-14T01:59:00.5Z', Date.UTC(2016, 2, 14, 1, 59, 0, 500)],
    ['2016-03-14T02:59:00+01:00', Date.UTC(2016, 2, 14, 1, 59)],
    ['2016-03-14T01:59:00', undefined],
    ['2016-03-14 01:59:00Z', undefined],
    ['2016-13-05T21:29:29Z', undefined],
    ['2016-02-30T21:29:29Z', undefined],
    ['2016-12-05T25:29:29Z', undefined],
    ['05-12-2016T21:29:29Z', undefined],
  ])('parseTimestamp(%j) = %s', (text, want) => {
    expect(parseTimestamp(text)).toBe(want);
  });
});

/** Pick the branch a Choice state takes, as the engine will. */
function decide(state: ChoiceState, input: JsonValue): string | undefined {
  const scope = scopeOf(typeof state.InputPath === 'string' ? evaluatePath(state.InputPath, scopeOf(input)) : input);
  for (const r of state.Choices) if (evaluateChoiceRule(r, scope)) return r.Next;
  return state.Default;
}

interface Case {
  definition: StateMachineDefinition;
  input: JsonValue;
  expected: { status: string; output?: JsonValue; path?: string[] };
}

const folders = [fixturePath('conformance-recorded/cases/choice'), fixturePath('conformance/cases/choice')];
const recorded = folders.flatMap((dir) =>
  readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case] as const),
);

describe('conformance: Choice decisions match the recorded and documented executions', () => {
  it('loads the cases', () => {
    expect(recorded.length).toBeGreaterThan(480);
  });
  it.each(recorded)('%s', (_file, c) => {
    const start = c.definition.States[c.definition.StartAt];
    expect(start?.Type).toBe('Choice');
    const next = decide(start as ChoiceState, c.input);
    const target = c.definition.States[next ?? ''] as { Result?: JsonValue } | undefined;
    const output = target?.Result === undefined ? c.input : target.Result;
    // With a recorded path, compare the branch taken; otherwise the output of the Pass state it leads to.
    const got = c.expected.path ? next : deepEqual(output, c.expected.output as JsonValue);
    expect(got).toBe(c.expected.path ? c.expected.path[1] : true);
  });
});
