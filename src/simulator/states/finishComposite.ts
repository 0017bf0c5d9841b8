/**
 * The end of a Parallel or Map state, once every branch or iteration has its result: the array of results goes
 * through the output stages of the pipeline: JSONata Output/Assign, or ResultSelector → ResultPath → OutputPath and
 * Assign (the same rules for both).
 */
import type { JsonValue } from '../../asl/types.ts';
import type { CompiledState } from '../compile.ts';
import type { MaybePromise, StateInspection, Thread } from '../execution.ts';
import { StateIO } from '../pipeline.ts';
import type { StepContext } from '../runtime.ts';
import type { StateResult } from './result.ts';

export function finishComposite(
  ctx: StepContext,
  t: Thread,
  st: CompiledState,
  insp: StateInspection,
  results: JsonValue[],
): MaybePromise<StateResult> {
  const io = new StateIO(ctx, t, st, insp);
  return io.finish(io.done(results, st.next));
}
