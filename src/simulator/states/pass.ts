/**
 * Pass (https://states-language.net/spec.html#pass-state): JSONPath — InputPath → Parameters → Result →
 * ResultPath → OutputPath; `Result` is used literally (recordings: `.$` keys in Result come out as written).
 * JSONata — Output (default: the input). Assign's `$` is the Pass result.
 */
import type { PassState } from '../../asl/types.ts';
import { bindings, jsonataAssignOutput, jsonPathInput, jsonPathOutput } from '../pipeline.ts';
import { ok, type StateHandler } from './result.ts';

export const runPass: StateHandler = (ctx, t, st, insp) => {
  const def = st.def as PassState;
  const context = ctx.contextFor(t, st);
  if (st.lang === 'JSONata') {
    return jsonataAssignOutput(def.Assign, def.Output, bindings(ctx, t.input, context, t.vars), t.input).then((r) => {
      insp.output = r.output;
      return ok(r.output, st.next, r.assigned);
    });
  }
  const scope = { input: t.input, context, vars: t.vars, det: ctx.options };
  const { parameters } = jsonPathInput(def, scope, insp);
  const { output, assigned } = jsonPathOutput(def, scope, def.Result !== undefined ? def.Result : parameters, insp, false);
  return ok(output, st.next, assigned);
};
