/** Succeed (https://states-language.net/spec.html#succeed-state): InputPath → OutputPath, or JSONata Output. */
import type { JsonValue } from '../../asl/types.ts';
import { runPipeline, type StateIO } from '../pipeline.ts';
import type { StateHandler } from './result.ts';

function succeed(input: JsonValue, io: StateIO): StateIO {
  return io.done(input, null);
}

export const runSucceed: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, succeed);
