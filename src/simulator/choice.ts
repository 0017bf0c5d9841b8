/**
 * Choice rules in JSONPath states: a comparison (`Variable` + one operator), or `And` / `Or` / `Not`.
 * https://states-language.net/spec.html#choice-state and the AWS developer guide (Choice state).
 *
 * As recorded against AWS: comparisons across types are false, never errors (`NumericEquals 42` does not match
 * "42"; `IsNull: false` on 0 matches). A `Variable` (or `…Path` operand) that finds nothing fails with
 * States.Runtime ("Invalid path …"), except under `IsPresent`. `And`/`Or` short-circuit, so an `IsPresent` guard
 * protects the comparisons after it.
 */
import type { ChoiceRule, JsonValue } from '../asl/types.ts';
import { ERRORS, StatesError } from './errors.ts';
import { compilePath, evaluateCompiledPath, tryEvaluateCompiledPath, type CompiledPath } from './jsonpath.ts';
import type { EvalScope } from './scope.ts';
import { memoize } from '../asl/memo.ts';

type Compare = (a: JsonValue, b: JsonValue) => boolean;

function strings(test: (a: string, b: string) => boolean): Compare {
  return (a, b) => typeof a === 'string' && typeof b === 'string' && test(a, b);
}
function numbers(test: (a: number, b: number) => boolean): Compare {
  return (a, b) => typeof a === 'number' && typeof b === 'number' && test(a, b);
}
function timestamps(test: (a: number, b: number) => boolean): Compare {
  return (a, b) => {
    const ta = typeof a === 'string' ? parseTimestamp(a) : undefined;
    const tb = typeof b === 'string' ? parseTimestamp(b) : undefined;
    return ta !== undefined && tb !== undefined && test(ta, tb);
  };
}

/** Binary comparison operators; each but StringMatches also has a `…Path` form that reads its operand from a path. */
const COMPARISONS: Record<string, Compare> = {
  StringEquals: strings((a, b) => a === b),
  StringLessThan: strings((a, b) => a < b),
  StringGreaterThan: strings((a, b) => a > b),
  StringLessThanEquals: strings((a, b) => a <= b),
  StringGreaterThanEquals: strings((a, b) => a >= b),
  StringMatches: strings((a, b) => matchesPattern(a, b)),
  NumericEquals: numbers((a, b) => a === b),
  NumericLessThan: numbers((a, b) => a < b),
  NumericGreaterThan: numbers((a, b) => a > b),
  NumericLessThanEquals: numbers((a, b) => a <= b),
  NumericGreaterThanEquals: numbers((a, b) => a >= b),
  BooleanEquals: (a, b) => typeof a === 'boolean' && typeof b === 'boolean' && a === b,
  TimestampEquals: timestamps((a, b) => a === b),
  TimestampLessThan: timestamps((a, b) => a < b),
  TimestampGreaterThan: timestamps((a, b) => a > b),
  TimestampLessThanEquals: timestamps((a, b) => a <= b),
  TimestampGreaterThanEquals: timestamps((a, b) => a >= b),
};

/** Type tests: `{"Variable": …, "IsString": true|false}` holds when the test's outcome equals the given boolean. */
const TYPE_TESTS: Record<string, (v: JsonValue) => boolean> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === 'number',
  IsString: (v) => typeof v === 'string',
  IsBoolean: (v) => typeof v === 'boolean',
  IsTimestamp: (v) => typeof v === 'string' && parseTimestamp(v) !== undefined,
};

/** Every comparison operator name, including the `…Path` forms and the type tests. */
export const CHOICE_OPERATORS: readonly string[] = [
  ...Object.keys(COMPARISONS),
  ...Object.keys(COMPARISONS)
    .filter((k) => k !== 'StringMatches')
    .map((k) => `${k}Path`),
  ...Object.keys(TYPE_TESTS),
  'IsPresent',
];
const OPERATOR_SET = new Set(CHOICE_OPERATORS);

type CompiledRule = (scope: EvalScope) => boolean;
const compiledRules = new WeakMap<ChoiceRule, CompiledRule>();

/** Evaluate one Choice rule (JSONPath form) against the scope. Rules are compiled once per rule object. */
export function evaluateChoiceRule(rule: ChoiceRule, scope: EvalScope): boolean {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = compileRule(rule);
    compiledRules.set(rule, compiled);
  }
  return compiled(scope);
}

function failing(cause: string): CompiledRule {
  return () => {
    throw new StatesError(ERRORS.Runtime, cause);
  };
}

function compileRule(rule: ChoiceRule): CompiledRule {
  if (Array.isArray(rule.And)) {
    const parts = rule.And.map(compileRule);
    return (s) => parts.every((p) => p(s));
  }
  if (Array.isArray(rule.Or)) {
    const parts = rule.Or.map(compileRule);
    return (s) => parts.some((p) => p(s));
  }
  if (rule.Not !== undefined && rule.Not !== null && typeof rule.Not === 'object') {
    const inner = compileRule(rule.Not);
    return (s) => !inner(s);
  }
  const operator = Object.keys(rule).find((k) => OPERATOR_SET.has(k));
  if (operator === undefined) return failing(`The Choice rule ${JSON.stringify(rule)} has no comparison operator`);
  const variable = rule.Variable;
  if (typeof variable !== 'string') return failing(`The Choice rule with operator '${operator}' has no Variable`);
  const expected = rule[operator] as JsonValue;
  const path = compileLazily(variable);
  if (operator === 'IsPresent') return (s) => (tryEvaluateCompiledPath(path(), s) !== undefined) === expected;
  const typeTest = TYPE_TESTS[operator];
  if (typeTest) return (s) => typeTest(evaluateCompiledPath(path(), s)) === expected;
  if (operator.endsWith('Path')) {
    const compare = COMPARISONS[operator.slice(0, -4)] as Compare;
    if (typeof expected !== 'string') {
      return failing(`The value of '${operator}' must be a path, but was ${JSON.stringify(expected)}`);
    }
    const other = compileLazily(expected);
    return (s) => {
      const value = evaluateCompiledPath(path(), s);
      return compare(value, evaluateCompiledPath(other(), s));
    };
  }
  const compare = COMPARISONS[operator] as Compare;
  return (s) => compare(evaluateCompiledPath(path(), s), expected);
}

/** Compile a path on first use, so that a malformed path fails when (and only when) the rule is evaluated. */
function compileLazily(path: string): () => CompiledPath {
  let c: CompiledPath | undefined;
  return () => (c ??= compilePath(path));
}

/** StringMatches: `*` matches any run of characters, `\*` a literal star, `\\` a literal backslash. */
export function matchesPattern(value: string, pattern: string): boolean {
  return patternRegExp(pattern).test(value);
}

const patternRegExp = memoize((pattern: string): RegExp => {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      src += escapeRegExp(pattern[++i] as string);
    } else if (ch === '*') {
      src += '[\\s\\S]*';
    } else {
      src += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${src}$`, 'u');
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Parse an RFC 3339 timestamp (`2016-03-14T01:59:00Z`, with optional fraction and offset) into epoch
 * milliseconds; undefined when the text is not one or names an impossible date or time.
 */
export function parseTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  const fraction = m[7] ? Number(`0${m[7]}`) * 1000 : 0;
  let offsetMinutes = 0;
  const zone = m[8] as string;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = sign * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) + fraction - offsetMinutes * 60_000;
}
