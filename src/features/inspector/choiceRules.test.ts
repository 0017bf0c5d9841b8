import { describe, expect, it } from 'vitest';
import type { ChoiceRule } from '../../asl/types.ts';
import {
  convertOperand,
  defaultRule,
  operatorGroups,
  parseOperand,
  ruleKind,
  ruleOperator,
  setOperator,
  setRuleKind,
} from './choiceRules.ts';

describe('ruleKind and ruleOperator', () => {
  it.each([
    [{ Variable: '$.x', NumericEquals: 1, Next: 'A' }, 'compare', 'NumericEquals'],
    [{ Variable: '$.x', IsPresent: true }, 'compare', 'IsPresent'],
    [{ And: [], Next: 'A' }, 'And', undefined],
    [{ Or: [] }, 'Or', undefined],
    [{ Not: { Variable: '$.x', IsNull: true } }, 'Not', undefined],
    [{ Condition: '{% true %}' }, 'Condition', undefined],
  ] as [ChoiceRule, string, string | undefined][])('%j is %s', (rule, kind, op) => {
    expect(ruleKind(rule)).toBe(kind);
    expect(ruleOperator(rule)).toBe(op);
  });
});

describe('setOperator', () => {
  it('replaces the operator in place and converts the operand', () => {
    const rule = { Variable: '$.n', StringEquals: '5', Next: 'A' };
    const out = setOperator(rule, 'NumericGreaterThan');
    expect(out).toEqual({ Variable: '$.n', NumericGreaterThan: 5, Next: 'A' });
    expect(Object.keys(out)).toEqual(['Variable', 'NumericGreaterThan', 'Next']);
  });
  it('gives a path operator a path and a type test a boolean', () => {
    expect(setOperator({ Variable: '$.a', StringEquals: 'x' }, 'StringEqualsPath')).toEqual({ Variable: '$.a', StringEqualsPath: '$.other' });
    expect(setOperator({ Variable: '$.a', StringEquals: 'x' }, 'IsNull')).toEqual({ Variable: '$.a', IsNull: true });
  });
  it('adds an operator to a rule that has none', () => {
    expect(setOperator({ Next: 'A' }, 'BooleanEquals')).toEqual({ Variable: '$.value', Next: 'A', BooleanEquals: true });
  });
  it('ignores unknown operators', () => {
    const rule = { Variable: '$.a', StringEquals: 'x' };
    expect(setOperator(rule, 'Bogus')).toBe(rule);
  });
});

describe('convertOperand', () => {
  it.each([
    ['12', 'number', 12],
    ['abc', 'number', 0],
    [3, 'string', '3'],
    ['$.p', 'string', 'value'],
    [false, 'boolean', false],
    ['x', 'boolean', true],
    ['2024-05-01T10:00:00Z', 'timestamp', '2024-05-01T10:00:00Z'],
    ['yesterday', 'timestamp', '2026-01-01T00:00:00Z'],
    ['$.p', 'path', '$.p'],
  ] as const)('%j to %s is %j', (value, kind, expected) => {
    expect(convertOperand(value, kind)).toEqual(expected);
  });
});

describe('setRuleKind', () => {
  const cmp = { Variable: '$.x', StringEquals: 'a', Next: 'A', Comment: 'c' };
  it('wraps a comparison in And/Or/Not, keeping Next and Comment outside', () => {
    expect(setRuleKind(cmp, 'And')).toEqual({ And: [{ Variable: '$.x', StringEquals: 'a' }], Next: 'A', Comment: 'c' });
    expect(setRuleKind(cmp, 'Not')).toEqual({ Not: { Variable: '$.x', StringEquals: 'a' }, Next: 'A', Comment: 'c' });
  });
  it('unwraps the first comparison of a compound rule', () => {
    const and = { And: [{ Variable: '$.y', IsPresent: true }, { Variable: '$.z', IsNull: false }], Next: 'B' };
    expect(setRuleKind(and, 'compare')).toEqual({ Variable: '$.y', IsPresent: true, Next: 'B' });
    expect(setRuleKind(and, 'Or')).toEqual({ Or: and.And, Next: 'B' });
  });
  it('turns a rule into a JSONata condition and back', () => {
    expect(setRuleKind(cmp, 'Condition')).toEqual({ Condition: '{% $states.input.value = "value" %}', Next: 'A', Comment: 'c' });
    expect(setRuleKind({ Condition: '{% true %}', Next: 'A' }, 'compare')).toEqual({ Variable: '$.value', StringEquals: 'value', Next: 'A' });
  });
  it('returns the same rule for the same kind', () => {
    expect(setRuleKind(cmp, 'compare')).toBe(cmp);
  });
});

describe('parseOperand', () => {
  it.each([
    ['42', 'number', { ok: true, value: 42 }],
    ['4x', 'number', { ok: false, error: 'Enter a number' }],
    ['', 'number', { ok: false, error: 'Enter a number' }],
    ['true', 'boolean', { ok: true, value: true }],
    ['false', 'boolean', { ok: true, value: false }],
    ['2024-01-01T00:00:00+02:00', 'timestamp', { ok: true, value: '2024-01-01T00:00:00+02:00' }],
    ['$.a', 'path', { ok: true, value: '$.a' }],
    [' spaced ', 'string', { ok: true, value: ' spaced ' }],
  ] as const)('%j as %s', (text, kind, expected) => {
    expect(parseOperand(text, kind)).toEqual(expected);
  });
  it('refuses bad timestamps and paths', () => {
    expect(parseOperand('2024-01-01', 'timestamp').ok).toBe(false);
    expect(parseOperand('x', 'path').ok).toBe(false);
    expect(parseOperand('', 'path').ok).toBe(false);
  });
});

describe('operator groups and default rules', () => {
  it('offer every operator once, 39 in all', () => {
    const all = operatorGroups().flatMap((g) => g.operators);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('StringMatches');
    expect(all).toContain('TimestampGreaterThanEqualsPath');
    expect(all).toContain('IsTimestamp');
    expect(all).toHaveLength(39);
  });
  it('build a default rule per query language', () => {
    expect(defaultRule('JSONPath', 'A')).toEqual({ Variable: '$.value', StringEquals: 'value', Next: 'A' });
    expect(defaultRule('JSONata')).toEqual({ Condition: '{% $states.input.value = "value" %}' });
  });
});
