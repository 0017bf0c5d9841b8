/**
 * Choice (https://states-language.net/spec.html#choice-state): the first rule that matches picks Next, else
 * Default, else States.NoChoiceMatched. JSONPath rules go to choice.ts (evaluateChoiceRule); JSONata rules use
 * `Condition`, which must give a boolean (else States.QueryEvaluationError; docs silent on the cause text).
 * Output: OutputPath over the effective input, or the rule's / state's JSONata Output.
 * Assign: the matched rule's Assign and the state's own Assign (recordings: the state's Assign also applies on
 * the Default branch); both read `$` = effective input and the variables of state entry.
 */
import type { ChoiceRule, ChoiceState, JsonValue } from '../../asl/types.ts';
import { evaluateChoiceRule } from '../choice.ts';
import { ERRORS, StatesError } from '../errors.ts';
import { assignJsonPath, bindings, inputPath, jsonata, jsonataAssignOutput, outputPath, scope } from '../pipeline.ts';
import type { Vars } from '../execution.ts';
import { ok, type StateHandler, type StateResult } from './result.ts';

function mergeAssigned(a: Vars | null, b: Vars | null): Vars | null {
  if (!a) return b;
  if (!b) return a;
  return { ...a, ...b };
}

function noMatch(): StateResult {
  return { kind: 'error', error: new StatesError(ERRORS.NoChoiceMatched, 'No Matches!') };
}

export const runChoice: StateHandler = (ctx, t, st, insp) => {
  const def = st.def as ChoiceState;
  const context = ctx.contextFor(t, st);
  const rules = Array.isArray(def.Choices) ? def.Choices : [];
  if (st.lang === 'JSONata') {
    const b = bindings(ctx, t.input, context, t.vars);
    return (async (): Promise<StateResult> => {
      let matched: ChoiceRule | null = null;
      for (const rule of rules) {
        const v = typeof rule.Condition === 'boolean' ? rule.Condition : await jsonata(rule.Condition as JsonValue, b, 'Condition');
        if (typeof v !== 'boolean') {
          throw new StatesError(ERRORS.QueryEvaluationError, `The Condition ${JSON.stringify(rule.Condition)} returned ${JSON.stringify(v)}, not a boolean`);
        }
        if (v) {
          matched = rule;
          break;
        }
      }
      const next = matched ? (matched.Next ?? null) : (def.Default ?? null);
      if (next === null) return noMatch();
      insp.choiceRule = matched ? rules.indexOf(matched) : -1;
      const ruleOut = matched ? await jsonataAssignOutput(matched.Assign, matched.Output, b, t.input) : null;
      const stateOut = await jsonataAssignOutput(def.Assign, ruleOut && matched?.Output !== undefined ? undefined : def.Output, b, ruleOut?.output ?? t.input);
      insp.output = stateOut.output;
      return ok(stateOut.output, next, mergeAssigned(stateOut.assigned, ruleOut?.assigned ?? null));
    })();
  }
  const eff = inputPath(def.InputPath, t.input, context, t.vars, ctx.options);
  insp.afterInputPath = eff;
  const s = scope(eff, context, t.vars, ctx.options);
  let matched: ChoiceRule | null = null;
  for (const rule of rules) {
    if (evaluateChoiceRule(rule, s)) {
      matched = rule;
      break;
    }
  }
  const next = matched ? (matched.Next ?? null) : (def.Default ?? null);
  if (next === null) return noMatch();
  insp.choiceRule = matched ? rules.indexOf(matched) : -1;
  const output = outputPath(def.OutputPath, eff, context, t.vars, ctx.options);
  insp.output = output;
  const assigned = mergeAssigned(
    assignJsonPath(def.Assign, eff, context, t.vars, ctx.options),
    matched ? assignJsonPath(matched.Assign, eff, context, t.vars, ctx.options) : null,
  );
  return ok(output, next, assigned);
};
