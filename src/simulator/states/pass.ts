/**
 * Pass (https://states-language.net/spec.html#pass-state): JSONPath — InputPath → Parameters → Result →
 * ResultPath → OutputPath; `Result` is used literally (recordings: `.$` keys in Result come out as written).
 * JSONata — Output (default: the input). Assign's `$` is the Pass result.
 */
import type { JsonValue, PassState } from '../../asl/types.ts';
import { assignJsonPath, bindings, inputPath, jsonataAssignOutput, outputPath, resultPath, template } from '../pipeline.ts';
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
  const eff = inputPath(def.InputPath, t.input, context, t.vars, ctx.options);
  insp.afterInputPath = eff;
  const params = def.Parameters === undefined ? eff : template(def.Parameters, eff, context, t.vars, ctx.options);
  insp.afterParameters = params;
  const result: JsonValue = def.Result !== undefined ? def.Result : params;
  insp.result = result;
  const afterResultPath = resultPath(def.ResultPath, t.input, result);
  insp.afterResultPath = afterResultPath;
  const output = outputPath(def.OutputPath, afterResultPath, context, t.vars, ctx.options);
  insp.output = output;
  return ok(output, st.next, assignJsonPath(def.Assign, result, context, t.vars, ctx.options));
};
