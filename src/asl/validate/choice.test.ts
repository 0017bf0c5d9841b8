import { describe } from 'vitest';
import { machine, PASS_END, type Case } from './testing.ts';
import { runCases } from './runCases.ts';

const choice = (choices: unknown[], extra: Record<string, unknown> = { Default: 'D' }) =>
  machine({ C: { Type: 'Choice', Choices: choices, ...extra }, D: PASS_END });
const rule = (r: Record<string, unknown>) => ({ Variable: '$.x', ...r, Next: 'D' });
const C0 = ['States', 'C', 'Choices', 0];

const cases: Case[] = [
  { name: 'no rules', code: 'choice.choices.empty', bad: choice([]), path: ['States', 'C', 'Choices'], at: '[]', good: choice([rule({ IsPresent: true })]) },
  { name: 'no Default is a warning', code: 'choice.default.none', severity: 'warning', bad: choice([rule({ IsPresent: true })], {}), path: ['States', 'C'], at: '"C"', nth: 2, good: choice([rule({ IsPresent: true })]) },
  { name: 'a top-level rule without Next', code: 'choice.rule.next.missing', bad: choice([{ Variable: '$.x', IsPresent: true }]), path: C0, at: '{', nth: 4, good: choice([rule({ IsPresent: true })]) },
  { name: 'Next inside And', code: 'choice.rule.next.nested', bad: choice([{ And: [{ Variable: '$.x', IsPresent: true, Next: 'D' }], Next: 'D' }]), path: [...C0, 'And', 0, 'Next'], at: '"Next"', good: choice([{ And: [{ Variable: '$.x', IsPresent: true }], Next: 'D' }]) },
  { name: 'Assign inside Not', code: 'choice.rule.nested.field', bad: choice([{ Not: { Variable: '$.x', IsPresent: true, Assign: { a: 1 } }, Next: 'D' }]), path: [...C0, 'Not', 'Assign'], at: '"Assign"', good: choice([{ Not: { Variable: '$.x', IsPresent: true }, Assign: { a: 1 }, Next: 'D' }]) },
  { name: 'no Variable', code: 'choice.rule.variable.missing', bad: choice([{ StringEquals: 'a', Next: 'D' }]), path: C0, at: '{', nth: 4, good: choice([rule({ StringEquals: 'a' })]) },
  { name: 'no operator', code: 'choice.rule.operator.missing', bad: choice([rule({})]), path: C0, at: '{', nth: 4, good: choice([rule({ IsNull: true })]) },
  { name: 'two operators', code: 'choice.rule.operator.multiple', bad: choice([rule({ StringEquals: 'a', StringMatches: 'a*' })]), path: [...C0, 'StringMatches'], at: '"StringMatches"', good: choice([rule({ StringMatches: 'a*' })]) },
  { name: 'a string operand for NumericEquals', code: 'choice.rule.operand.type', bad: choice([rule({ NumericEquals: '5' })]), path: [...C0, 'NumericEquals'], at: '"5"', good: choice([rule({ NumericEquals: '${Threshold}' })]) },
  { name: 'a number operand for BooleanEquals', code: 'choice.rule.operand.type', bad: choice([rule({ BooleanEquals: 1 })]), path: [...C0, 'BooleanEquals'], at: '1', good: choice([rule({ BooleanEquals: true })]) },
  { name: 'a bad timestamp operand', code: 'timestamp.invalid', bad: choice([rule({ TimestampGreaterThan: 'yesterday' })]), path: [...C0, 'TimestampGreaterThan'], at: '"yesterday"', good: choice([rule({ TimestampGreaterThan: '2026-01-01T00:00:00Z' })]) },
  { name: 'a bad path operand', code: 'path.invalid', bad: choice([rule({ StringEqualsPath: 'x' })]), path: [...C0, 'StringEqualsPath'], at: '"x"', good: choice([rule({ StringEqualsPath: '$.y' })]) },
  { name: 'a bad Variable path', code: 'path.invalid', bad: choice([{ Variable: '$.x[', IsPresent: true, Next: 'D' }]), path: [...C0, 'Variable'], at: '"$.x["', good: choice([{ Variable: '$$.Execution.Input.x', IsPresent: true, Next: 'D' }]) },
  { name: 'an empty Or', code: 'choice.rule.combination.empty', bad: choice([{ Or: [], Next: 'D' }]), path: [...C0, 'Or'], at: '[]', good: choice([{ Or: [{ Variable: '$.a', IsString: true }, { Variable: '$.b', IsNumeric: true }], Next: 'D' }]) },
  { name: 'Variable beside And', code: 'choice.rule.combination.variable', bad: choice([{ Variable: '$.x', And: [{ Variable: '$.a', IsPresent: true }], Next: 'D' }]), path: [...C0, 'Variable'], at: '"Variable"', good: choice([{ And: [{ Variable: '$.a', IsPresent: true }], Next: 'D' }]) },
  { name: 'a misspelt operator', code: 'field.unknown', bad: choice([rule({ StringEqual: 'a' })]), path: [...C0, 'StringEqual'], at: '"StringEqual"', message: "Did you mean 'StringEquals'?", good: choice([rule({ StringEquals: 'a' })]) },
  {
    name: 'a JSONata rule without Condition',
    code: 'choice.rule.condition.missing',
    bad: machine({ C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Next: 'D' }], Default: 'D' }, D: PASS_END }),
    path: C0,
    at: '{',
    nth: 4,
    good: machine({ C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: '{% $states.input.x > 1 %}', Next: 'D', Output: { a: 1 } }], Default: 'D' }, D: PASS_END }),
  },
  {
    name: 'Variable in a JSONata rule',
    code: 'field.unknown',
    bad: machine({ C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: true, Variable: '$.x', Next: 'D' }], Default: 'D' }, D: PASS_END }),
    path: [...C0, 'Variable'],
    at: '"Variable"',
    good: machine({ C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: true, Next: 'D' }], Default: 'D' }, D: PASS_END }),
  },
  {
    name: 'invalid JSONata in Condition',
    code: 'jsonata.invalid',
    bad: machine({ C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: '{% $x = %}', Next: 'D' }], Default: 'D' }, D: PASS_END }),
    path: [...C0, 'Condition'],
    at: '"{% $x = %}"',
    good: machine({ C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: '{% $x = 1 %}', Next: 'D' }], Default: 'D' }, D: PASS_END }),
  },
];

describe('validate: Choice rules', () => {
  runCases(cases);
});
