/** Succeed (https://states-language.net/spec.html#succeed-state): InputPath → OutputPath, or JSONata Output. */
import type { SucceedState } from '../../asl/types.ts';
import { bindings, inputPath, jsonataAssignOutput, outputPath } from '../pipeline.ts';
import { ok, type StateHandler } from './result.ts';

export const runSucceed: StateHandler = (ctx, t, st, insp) => {
  const def = st.def as SucceedState;
  const context = ctx.contextFor(t, st);
  if (st.lang === 'JSONata') {
    return jsonataAssignOutput(undefined, def.Output, bindings(ctx, t.input, context, t.vars), t.input).then((r) => {
      insp.output = r.output;
      return ok(r.output, null, null);
    });
  }
  const eff = inputPath(def.InputPath, t.input, context, t.vars, ctx.options);
  insp.afterInputPath = eff;
  const output = outputPath(def.OutputPath, eff, context, t.vars, ctx.options);
  insp.output = output;
  return ok(output, null, null);
};
