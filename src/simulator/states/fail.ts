/**
 * Fail (https://states-language.net/spec.html#fail-state): Error/Cause, or ErrorPath/CausePath read from the
 * state input (JSONPath; the paths may use intrinsic functions), or JSONata templates. A missing Error or Cause
 * gives no text (the execution then reports an empty cause).
 */
import type { FailState, JsonValue } from '../../asl/types.ts';
import { evaluateIntrinsic } from '../intrinsics/index.ts';
import { jsonata, runPipeline, scope, type StateIO } from '../pipeline.ts';
import type { MaybePromise } from '../execution.ts';
import { readPath } from '../paths.ts';
import type { EvalScope } from '../scope.ts';
import type { StateHandler, StateResult } from './result.ts';

function text(v: JsonValue | undefined): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function pathOrIntrinsic(p: string, s: EvalScope): JsonValue {
  return p.startsWith('States.') ? evaluateIntrinsic(p, s) : readPath(p, s);
}

function fail(input: JsonValue, io: StateIO): MaybePromise<StateResult> {
  const def = io.st.def as FailState;
  const done = (error: string, cause: string): StateResult => {
    io.insp.error = error;
    io.insp.cause = cause;
    return { kind: 'fail', error, cause };
  };
  if (io.st.lang === 'JSONata') {
    const b = io.bindings();
    return Promise.all([
      def.Error === undefined ? undefined : jsonata(def.Error, b, 'Error'),
      def.Cause === undefined ? undefined : jsonata(def.Cause, b, 'Cause'),
    ]).then(([e, c]) => done(text(e), text(c)));
  }
  const s = scope(input, io.context, io.t.vars, io.ctx.options);
  const error = def.ErrorPath !== undefined ? text(pathOrIntrinsic(def.ErrorPath, s)) : text(def.Error);
  const cause = def.CausePath !== undefined ? text(pathOrIntrinsic(def.CausePath, s)) : text(def.Cause);
  return done(error, cause);
}

/** Fail has no input or output stages: its work reads the raw input. */
export const runFail: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, fail);
