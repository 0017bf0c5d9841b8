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
import { jsonata, runPipeline, scope, type StateIO } from '../pipeline.ts';
import type { MaybePromise } from '../execution.ts';
import type { StateHandler, StateResult } from './result.ts';

function noMatch(): StateResult {
  return { kind: 'error', error: new StatesError(ERRORS.NoChoiceMatched, 'No Matches!') };
}

/** The rule taken (its Next, Assign and Output) or Default; the result is the effective input (JSONata: the input). */
function taken(input: JsonValue, io: StateIO, rules: ChoiceRule[], matched: ChoiceRule | null): StateIO | StateResult {
  const def = io.st.def as ChoiceState;
  const next = matched ? (matched.Next ?? null) : (def.Default ?? null);
  if (next === null) return noMatch();
  io.insp.choiceRule = matched ? rules.indexOf(matched) : -1;
  return io.done(input, next, matched ?? undefined);
}

function choose(input: JsonValue, io: StateIO): MaybePromise<StateIO | StateResult> {
  const def = io.st.def as ChoiceState;
  const rules = Array.isArray(def.Choices) ? def.Choices : [];
  if (io.st.lang === 'JSONata') {
    const b = io.bindings();
    return (async () => {
      for (const rule of rules) {
        const v = typeof rule.Condition === 'boolean' ? rule.Condition : await jsonata(rule.Condition as JsonValue, b, 'Condition');
        if (typeof v !== 'boolean') {
          throw new StatesError(ERRORS.QueryEvaluationError, `The Condition ${JSON.stringify(rule.Condition)} returned ${JSON.stringify(v)}, not a boolean`);
        }
        if (v) return taken(input, io, rules, rule);
      }
      return taken(input, io, rules, null);
    })();
  }
  const s = scope(input, io.context, io.t.vars, io.ctx.options);
  for (const rule of rules) {
    if (evaluateChoiceRule(rule, s)) return taken(input, io, rules, rule);
  }
  return taken(input, io, rules, null);
}

export const runChoice: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, choose);
