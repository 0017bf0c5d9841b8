/**
 * Pass (https://states-language.net/spec.html#pass-state): JSONPath — InputPath → Parameters → Result →
 * ResultPath → OutputPath; `Result` is used literally (recordings: `.$` keys in Result come out as written).
 * JSONata — Output (default: the input). Assign's `$` is the Pass result.
 */
import type { JsonValue, PassState } from '../../asl/types.ts';
import { runPipeline, type StateIO, type Worked } from '../pipeline.ts';
import type { StateHandler } from './result.ts';

function pass(input: JsonValue, io: StateIO): Worked {
  const def = io.st.def as PassState;
  return { result: io.st.lang === 'JSONPath' && def.Result !== undefined ? def.Result : input, next: io.st.next };
}

export const runPass: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, pass);
