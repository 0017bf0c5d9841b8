/**
 * The condition of a Choice rule, recursively: a comparison (Variable, operator from the full list, operand), a
 * boolean combination (And/Or of nested conditions, Not of one), or a JSONata `Condition`. Every change hands the
 * whole new rule to `onChange` (the top-level rule is then updated in one command).
 */
import { choiceOperator } from '../../asl/fields.ts';
import type { ChoiceRule, Diagnostic, JsonPathSegments, QueryLanguage } from '../../asl/types.ts';
import { problemAt } from './useInspected.ts';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { withField } from '../../commands/immutable.ts';
import type { EditResult } from './edits.ts';
import { PathField } from './PathField.tsx';
import {
  defaultComparison,
  operandText,
  operatorGroups,
  parseOperand,
  ruleKind,
  ruleOperator,
  setOperator,
  setRuleKind,
  type RuleKind,
} from './choiceRules.ts';

const KIND_LABELS: Record<RuleKind, string> = {
  compare: 'Comparison',
  And: 'All of (And)',
  Or: 'Any of (Or)',
  Not: 'Not',
  Condition: 'JSONata condition',
};

export interface ConditionEditorProps {
  rule: ChoiceRule;
  lang: QueryLanguage;
  onChange: (rule: ChoiceRule) => EditResult;
  /** Where the rule stands in the state (for the validator's problems), and those problems. */
  path: JsonPathSegments;
  problems: readonly Diagnostic[];
}

function kindsFor(lang: QueryLanguage, current: RuleKind): RuleKind[] {
  const kinds: RuleKind[] = lang === 'JSONata' ? ['Condition'] : ['compare', 'And', 'Or', 'Not'];
  return kinds.includes(current) ? kinds : [...kinds, current];
}

function Comparison({ rule, onChange, path, problems }: ConditionEditorProps) {
  const op = ruleOperator(rule);
  const spec = op ? choiceOperator(op) : undefined;
  const errorAt = (key: string) => problemAt(problems, [...path, key]);
  return (
    <>
      <PathField label="Variable" kind="path" value={rule.Variable} error={errorAt('Variable')} onCommit={(v) => (v ? onChange(withField(rule, 'Variable', v)) : 'A comparison needs a Variable')} />
      <SelectField
        label="Operator"
        value={op}
        options={[]}
        groups={operatorGroups().map((g) => ({ label: g.label, options: g.operators }))}
        help={spec?.doc}
        onChange={(v) => (v ? onChange(setOperator(rule, v)) : 'Choose an operator')}
      />
      {op && spec?.operand === 'boolean' && (
        <SelectField label="Value" value={String(rule[op])} options={['true', 'false']} error={errorAt(op)} onChange={(v) => onChange(withField(rule, op, v === 'true'))} />
      )}
      {op && spec && spec.operand !== 'boolean' && (
        <TextField
          label="Value"
          value={operandText(rule[op])}
          error={errorAt(op)}
          monospace={spec.operand === 'path'}
          validate={(t) => {
            const r = parseOperand(t, spec.operand);
            return r.ok ? undefined : r.error;
          }}
          onCommit={(t) => {
            const r = parseOperand(t, spec.operand);
            return r.ok ? onChange(withField(rule, op, r.value)) : r.error;
          }}
        />
      )}
    </>
  );
}

function Nested({ rule, lang, onChange, path, problems }: ConditionEditorProps) {
  const kind = ruleKind(rule) as 'And' | 'Or';
  const list = (rule[kind] ?? []) as ChoiceRule[];
  const setAt = (i: number, sub: ChoiceRule | undefined) => {
    const next = list.slice();
    if (sub === undefined) next.splice(i, 1);
    else next[i] = sub;
    return onChange(withField(rule, kind, next));
  };
  return (
    <div className="insp-nested">
      {list.map((sub, i) => (
        <fieldset key={i} className="insp-item">
          <legend>Condition {i + 1}</legend>
          <ConditionEditor rule={sub} lang={lang} path={[...path, kind, i]} problems={problems} onChange={(r) => setAt(i, r)} />
          <button type="button" className="insp-remove" disabled={list.length <= 1} onClick={() => setAt(i, undefined)}>
            Remove condition {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setAt(list.length, defaultComparison())}>
        Add condition
      </button>
    </div>
  );
}

export function ConditionEditor(props: ConditionEditorProps) {
  const { rule, lang, onChange, path, problems } = props;
  const kind = ruleKind(rule);
  return (
    <div className="insp-condition">
      <SelectField
        label="Condition type"
        value={kind}
        options={kindsFor(lang, kind).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        onChange={(v) => (v ? onChange(setRuleKind(rule, v as RuleKind)) : 'Choose a condition type')}
      />
      {kind === 'compare' && <Comparison {...props} />}
      {(kind === 'And' || kind === 'Or') && <Nested {...props} />}
      {kind === 'Not' && (
        <fieldset className="insp-item insp-nested">
          <legend>Negated condition</legend>
          <ConditionEditor
            rule={(typeof rule.Not === 'object' && rule.Not !== null ? rule.Not : {}) as ChoiceRule}
            lang={lang}
            path={[...path, 'Not']}
            problems={problems}
            onChange={(r) => onChange(withField(rule, 'Not', r))}
          />
        </fieldset>
      )}
      {kind === 'Condition' && (
        <TextField
          label="Condition"
          error={problemAt(problems, [...path, 'Condition'])}
          value={typeof rule.Condition === 'string' ? rule.Condition : String(rule.Condition)}
          monospace
          help="A {% JSONata %} expression that evaluates to true or false (or the literal true/false)."
          validate={(t) => (/^\{%[\s\S]*%\}$/.test(t.trim()) || t.trim() === 'true' || t.trim() === 'false' ? undefined : 'Write {% expression %}, true or false')}
          onCommit={(t) => {
            const v = t.trim();
            return onChange(withField(rule, 'Condition', v === 'true' ? true : v === 'false' ? false : v));
          }}
        />
      )}
    </div>
  );
}
