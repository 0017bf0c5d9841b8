/**
 * Choice rules. JSONPath rules: a comparison (Variable + exactly one operator with an operand of the right type)
 * or a boolean combination (And/Or with a non-empty list, Not with one rule); Next only on top-level rules.
 * JSONata rules: Condition + Next (+ Assign, Output).
 */
import { choiceOperator, fieldSpec } from '../fields.ts';
import type { JsonPathSegments, QueryLanguage } from '../types.ts';
import { has, hasPlaceholder, isObject, kindOf, type Context, type Json, type Scope } from './context.ts';
import { closest } from './suggest.ts';
import { checkPathString, checkValue, isTimestamp } from './values.ts';
import { CHOICE_OPERATORS } from '../fields.ts';

const COMBINATIONS = ['And', 'Or', 'Not'] as const;

export function checkChoices(ctx: Context, state: string, choices: unknown, path: JsonPathSegments, language: QueryLanguage, lenient: boolean, scope: Scope): void {
  if (!Array.isArray(choices) || choices.length === 0) {
    if (Array.isArray(choices)) ctx.report('choice.choices.empty', path, { state });
    else ctx.report('field.type', path, { field: 'Choices', expected: 'an array of Choice rules', actual: `, not ${kindOf(choices)}` });
    return;
  }
  choices.forEach((rule, i) => {
    const at = [...path, i];
    if (!isObject(rule)) {
      ctx.report('field.type', at, { field: `Choices[${i}]`, expected: 'a Choice rule object', actual: `, not ${kindOf(rule)}` });
      return;
    }
    if (!has(rule, 'Next')) ctx.report('choice.rule.next.missing', at);
    else if (typeof rule.Next === 'string') scope.transitions.push({ state, field: `Choices[${i}].Next`, target: rule.Next, path: [...at, 'Next'] });
    const jsonata = language === 'JSONata' || (lenient && has(rule, 'Condition'));
    if (jsonata) checkJsonataRule(ctx, rule, at, i);
    else checkRule(ctx, rule, at, true, language);
  });
}

function checkJsonataRule(ctx: Context, rule: Json, path: JsonPathSegments, index: number): void {
  for (const key of Object.keys(rule)) {
    const spec = fieldSpec('ChoiceRule', key);
    const at = [...path, key];
    if (!spec || !spec.languages.includes('JSONata')) {
      const why = spec || choiceOperator(key) ? ' It is a JSONPath field: use Condition in JSONata.' : '';
      ctx.report('field.unknown', at, { field: key, owner: `JSONata Choice rule Choices[${index}]`, hint: why }, { key: true });
    } else checkValue(ctx, spec, rule[key], at, 'JSONata');
  }
  if (!has(rule, 'Condition')) ctx.report('choice.rule.condition.missing', path);
}

function checkRule(ctx: Context, rule: Json, path: JsonPathSegments, top: boolean, language: QueryLanguage): void {
  const operators: string[] = [];
  const combos: string[] = [];
  for (const key of Object.keys(rule)) {
    const at = [...path, key];
    if (choiceOperator(key)) {
      operators.push(key);
      continue;
    }
    if ((COMBINATIONS as readonly string[]).includes(key)) {
      combos.push(key);
      continue;
    }
    const spec = fieldSpec('ChoiceRule', key);
    if (!spec) {
      const near = closest(key, [...Object.keys(CHOICE_OPERATORS), 'Variable', 'Next', 'And', 'Or', 'Not', 'Comment', 'Assign']);
      ctx.report('field.unknown', at, { field: key, owner: 'a Choice rule', hint: near ? ` Did you mean '${near}'?` : '' }, { key: true });
    } else if (!spec.languages.includes(language)) {
      ctx.report('field.queryLanguage', at, { field: key, fieldLanguage: spec.languages[0]!, owner: 'this Choice rule', language, hint: ' Set "QueryLanguage": "JSONata" on the Choice state to use it.' }, { key: true });
    } else if (!top && key === 'Next') {
      ctx.report('choice.rule.next.nested', at, {}, { key: true });
    } else if (!top && (key === 'Assign' || key === 'Output')) {
      ctx.report('choice.rule.nested.field', at, { field: key }, { key: true });
    } else {
      checkValue(ctx, spec, rule[key], at, language);
    }
  }
  const all = [...combos, ...operators];
  if (all.length === 0) {
    ctx.report('choice.rule.operator.missing', path);
    if (!has(rule, 'Variable')) ctx.report('choice.rule.variable.missing', path);
    return;
  }
  if (all.length > 1) {
    ctx.report('choice.rule.operator.multiple', [...path, all[1]!], { operators: all.join(', ') }, { key: true });
  }
  if (combos.length > 0) {
    const combo = combos[0]!;
    if (has(rule, 'Variable')) ctx.report('choice.rule.combination.variable', [...path, 'Variable'], { field: combo }, { key: true });
    const value = rule[combo];
    const at = [...path, combo];
    if (combo === 'Not') {
      if (!isObject(value)) ctx.report('field.type', at, { field: 'Not', expected: 'one Choice rule object', actual: `, not ${kindOf(value)}` });
      else checkRule(ctx, value, at, false, language);
    } else if (!Array.isArray(value) || value.length === 0) {
      ctx.report('choice.rule.combination.empty', at, { field: combo });
    } else {
      value.forEach((r, i) => {
        if (isObject(r)) checkRule(ctx, r, [...at, i], false, language);
        else ctx.report('field.type', [...at, i], { field: `${combo}[${i}]`, expected: 'a Choice rule object', actual: `, not ${kindOf(r)}` });
      });
    }
    return;
  }
  if (!has(rule, 'Variable')) ctx.report('choice.rule.variable.missing', path);
  const op = operators[0]!;
  checkOperand(ctx, op, rule[op], [...path, op]);
}

function checkOperand(ctx: Context, op: string, v: unknown, path: JsonPathSegments): void {
  const operand = choiceOperator(op)!.operand;
  if (hasPlaceholder(v)) return;
  const bad = (expected: string) => ctx.report('choice.rule.operand.type', path, { field: op, expected, actual: `, not ${kindOf(v)}` });
  switch (operand) {
    case 'string':
      if (typeof v !== 'string') bad('a string');
      return;
    case 'number':
      if (typeof v !== 'number') bad('a number');
      return;
    case 'boolean':
      if (typeof v !== 'boolean') bad('true or false');
      return;
    case 'timestamp':
      if (typeof v !== 'string') bad('an RFC 3339 timestamp string');
      else if (!isTimestamp(v)) ctx.report('timestamp.invalid', path, { field: op, actual: JSON.stringify(v) });
      return;
    case 'path':
      if (typeof v !== 'string') bad('a JSONPath string');
      else checkPathString(ctx, op, v, path, 'path');
      return;
  }
}
