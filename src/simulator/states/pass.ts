/**
 * Pass (https://states-language.net/spec.html#pass-state): JSONPath — InputPath → Parameters → Result →
 * ResultPath → OutputPath; `Result` is used literally (recordings: `.$` keys in Result come out as written).
 * JSONata — Output (default: the input). Assign's `$` is the Pass result.
 */
import type { JsonValue, PassState } from '../../asl/types.ts';
import { runPipeline, type StateIO } from '../pipeline.ts';
import type { StateHandler } from './result.ts';

function pass(input: JsonValue, io: StateIO): StateIO {
  const def = io.st.def as PassState;
  return io.done(io.st.lang === 'JSONPath' && def.Result !== undefined ? def.Result : input, io.st.next);
}

export const runPass: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, pass);
