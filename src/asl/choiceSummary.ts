/** A short human summary of a Choice rule, used to label its edge ("$.status == \"ok\"", "not ($.x > 3)"). */
import type { ChoiceRule } from './types.ts';

const OPERATORS: Record<string, string> = {
  StringEquals: '==',
  StringLessThan: '<',
  StringGreaterThan: '>',
  StringLessThanEquals: '<=',
  StringGreaterThanEquals: '>=',
  NumericEquals: '==',
  NumericLessThan: '<',
  NumericGreaterThan: '>',
  NumericLessThanEquals: '<=',
  NumericGreaterThanEquals: '>=',
  BooleanEquals: '==',
  TimestampEquals: '==',
  TimestampLessThan: '<',
  TimestampGreaterThan: '>',
  TimestampLessThanEquals: '<=',
  TimestampGreaterThanEquals: '>=',
  StringMatches: 'matches',
};

const TYPE_TESTS: Record<string, string> = {
  IsNull: 'null',
  IsPresent: 'present',
  IsNumeric: 'numeric',
  IsString: 'a string',
  IsBoolean: 'a boolean',
  IsTimestamp: 'a timestamp',
};

function describe(rule: ChoiceRule, depth: number): string {
  if (depth > 8) return '…';
  if (rule.Condition !== undefined) {
    // JSON.stringify, not String: a value like {"toString": 1} cannot be converted to a primitive.
    const c = (typeof rule.Condition === 'string' ? rule.Condition : JSON.stringify(rule.Condition)).trim();
    const m = /^\{%([\s\S]*)%\}$/.exec(c);
    return (m ? m[1]! : c).trim();
  }
  if (Array.isArray(rule.And)) return rule.And.map((r) => wrap(describe(r, depth + 1))).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map((r) => wrap(describe(r, depth + 1))).join(' or ');
  if (rule.Not && typeof rule.Not === 'object') return `not ${wrap(describe(rule.Not, depth + 1))}`;
  const variable = typeof rule.Variable === 'string' ? rule.Variable : '?';
  for (const key of Object.keys(rule)) {
    const isPath = key.endsWith('Path') && key in OPERATORS === false && key.slice(0, -4) in OPERATORS;
    const op = OPERATORS[isPath ? key.slice(0, -4) : key];
    if (op) {
      const value = rule[key];
      const shown = isPath && typeof value === 'string' ? value : JSON.stringify(value);
      return `${variable} ${op} ${shown}`;
    }
    const test = TYPE_TESTS[key];
    if (test) return `${variable} is ${rule[key] === false ? 'not ' : ''}${test}`;
  }
  return variable;
}

function wrap(s: string): string {
  return /\s(and|or)\s/.test(s) ? `(${s})` : s;
}

/** The whole summary (capped at FULL_MAX characters): the canvas shows it cut to fit, whole on hover. */
const FULL_MAX = 400;
export function describeChoiceRule(rule: ChoiceRule): string {
  const s = describe(rule, 0);
  return s.length > FULL_MAX ? `${s.slice(0, FULL_MAX - 1)}…` : s;
}
