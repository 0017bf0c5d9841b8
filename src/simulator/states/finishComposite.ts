/**
 * The end of a Parallel or Map state, once every branch or iteration has its result: the array of results goes
 * through JSONata Output/Assign, or ResultSelector → ResultPath → OutputPath and Assign (the same rules for both).
 */
import type { JsonValue, MapState, ParallelState } from '../../asl/types.ts';
import type { CompiledState } from '../compile.ts';
import type { MaybePromise, StateInspection, Thread } from '../execution.ts';
import { bindings, jsonataAssignOutput, jsonPathOutput } from '../pipeline.ts';
import type { StepContext } from '../runtime.ts';
import { ok, type StateResult } from './result.ts';

export function finishComposite(
  ctx: StepContext,
  t: Thread,
  st: CompiledState,
  insp: StateInspection,
  results: JsonValue[],
): MaybePromise<StateResult> {
  const def = st.def as ParallelState | MapState;
  const context = ctx.contextFor(t, st);
  insp.result = results;
  if (st.lang === 'JSONata') {
    return jsonataAssignOutput(def.Assign, def.Output, bindings(ctx, t.input, context, t.vars, results), results).then((r) => {
      insp.output = r.output;
      return ok(r.output, st.next, r.assigned);
    });
  }
  const { output, assigned } = jsonPathOutput(def, { input: t.input, context, vars: t.vars, det: ctx.options }, results, insp, true);
  return ok(output, st.next, assigned);
}
