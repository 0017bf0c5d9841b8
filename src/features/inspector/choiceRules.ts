/**
 * Pure helpers behind the Choice rule form: what kind of rule an object is, and how a rule changes when the form
 * changes its kind, operator or operand. Keys keep their place (the user's order survives), and what a rule says
 * about the flow (`Next`, `Comment`, `Assign`, `Output`) survives a change of kind.
 */
import { CHOICE_OPERATORS, choiceOperator, type OperandKind } from '../../asl/fields.ts';
import type { ChoiceRule, QueryLanguage } from '../../asl/types.ts';
import { replaceKey } from '../../commands/immutable.ts';
import { parsePathInput } from './pathInput.ts';

export type RuleKind = 'compare' | 'And' | 'Or' | 'Not' | 'Condition';

/** Fields a top-level rule keeps whatever its condition. */
const FLOW_KEYS = ['Next', 'Comment', 'Assign', 'Output'];

export const DEFAULT_TIMESTAMP = '2026-01-01T00:00:00Z';

export function defaultComparison(): ChoiceRule {
  return { Variable: '$.value', StringEquals: 'value' };
}

export function defaultCondition(): ChoiceRule {
  return { Condition: '{% $states.input.value = "value" %}' };
}

export function defaultRule(lang: QueryLanguage, next?: string): ChoiceRule {
  const rule = lang === 'JSONata' ? defaultCondition() : defaultComparison();
  return next === undefined ? rule : { ...rule, Next: next };
}

/** The operator key of a comparison (`StringEquals`, `IsPresent`, …), if any. */
export function ruleOperator(rule: ChoiceRule): string | undefined {
  return Object.keys(rule).find((k) => choiceOperator(k) !== undefined);
}

export function ruleKind(rule: ChoiceRule): RuleKind {
  if (rule.Condition !== undefined) return 'Condition';
  if (Array.isArray(rule.And)) return 'And';
  if (Array.isArray(rule.Or)) return 'Or';
  if (rule.Not !== undefined) return 'Not';
  return 'compare';
}

function flowPart(rule: ChoiceRule): ChoiceRule {
  const out: ChoiceRule = {};
  for (const k of FLOW_KEYS) if (rule[k] !== undefined) out[k] = rule[k];
  return out;
}

function conditionPart(rule: ChoiceRule): ChoiceRule {
  const out: ChoiceRule = {};
  for (const [k, v] of Object.entries(rule)) if (!FLOW_KEYS.includes(k)) out[k] = v;
  return out;
}

/** The rule with a new kind: the old condition moves inside an And/Or/Not, or comes out of one. */
export function setRuleKind(rule: ChoiceRule, kind: RuleKind): ChoiceRule {
  const current = ruleKind(rule);
  if (current === kind) return rule;
  const inner = conditionPart(rule);
  let cond: ChoiceRule;
  switch (kind) {
    case 'Condition':
      cond = defaultCondition();
      break;
    case 'compare': {
      const first = current === 'Not' ? rule.Not : current === 'And' || current === 'Or' ? rule[current]?.[0] : undefined;
      cond = first && ruleKind(first) === 'compare' && typeof first === 'object' ? { ...first } : defaultComparison();
      break;
    }
    case 'And':
    case 'Or': {
      const subs = current === 'And' || current === 'Or' ? (rule[current] ?? []) : current === 'compare' ? [inner] : [];
      cond = { [kind]: subs.length >= 1 ? subs : [defaultComparison()] };
      break;
    }
    case 'Not':
      cond = { Not: current === 'compare' ? inner : defaultComparison() };
      break;
  }
  return { ...cond, ...flowPart(rule) };
}

/** Convert an operand to the kind a new operator wants (keeping it when it already fits). */
export function convertOperand(value: unknown, kind: OperandKind): unknown {
  switch (kind) {
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      return 0;
    case 'boolean':
      return typeof value === 'boolean' ? value : true;
    case 'string':
      if (typeof value === 'string' && !value.startsWith('$')) return value;
      return typeof value === 'number' ? String(value) : 'value';
    case 'timestamp':
      return typeof value === 'string' && isTimestamp(value) ? value : DEFAULT_TIMESTAMP;
    case 'path':
      return typeof value === 'string' && value.startsWith('$') ? value : '$.other';
  }
}

/** The rule with another operator (in the same place among its keys), its operand converted. */
export function setOperator(rule: ChoiceRule, operator: string): ChoiceRule {
  const spec = choiceOperator(operator);
  if (!spec) return rule;
  const old = ruleOperator(rule);
  const value = convertOperand(old === undefined ? undefined : rule[old], spec.operand);
  if (old === undefined) return { Variable: rule.Variable ?? '$.value', ...rule, [operator]: value };
  return replaceKey(rule, old, operator, value);
}

export function isTimestamp(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s);
}

export type OperandParse = { ok: true; value: unknown } | { ok: false; error: string };

/** Read the operand typed for an operator. */
export function parseOperand(text: string, kind: OperandKind): OperandParse {
  switch (kind) {
    case 'number': {
      const t = text.trim();
      const n = Number(t);
      return t !== '' && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: 'Enter a number' };
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, error: 'Choose true or false' };
    case 'timestamp':
      return isTimestamp(text.trim())
        ? { ok: true, value: text.trim() }
        : { ok: false, error: 'Enter an RFC 3339 timestamp, e.g. 2026-01-01T00:00:00Z' };
    case 'path': {
      const r = parsePathInput(text, 'path');
      if (!r.ok) return r;
      return typeof r.value === 'string' ? { ok: true, value: r.value } : { ok: false, error: 'Enter a path' };
    }
    case 'string':
      return { ok: true, value: text };
  }
}

export function operandText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The operators as option groups for a select, in the order the AWS docs list them. */
export function operatorGroups(): { label: string; operators: string[] }[] {
  const names = Object.keys(CHOICE_OPERATORS);
  const by = (pred: (n: string) => boolean) => names.filter(pred);
  return [
    { label: 'String', operators: by((n) => n.startsWith('String')) },
    { label: 'Numeric', operators: by((n) => n.startsWith('Numeric')) },
    { label: 'Boolean', operators: by((n) => n.startsWith('Boolean')) },
    { label: 'Timestamp', operators: by((n) => n.startsWith('Timestamp')) },
    { label: 'Type tests', operators: by((n) => n.startsWith('Is')) },
  ];
}
