/**
 * Wait (https://states-language.net/spec.html#wait-state) on the virtual clock: Seconds, SecondsPath, Timestamp,
 * TimestampPath (JSONPath) or Seconds/Timestamp templates (JSONata). The clock moves; nothing sleeps.
 * Recordings: SecondsPath of 1.5 or -1 and a TimestampPath without the `Z` fail with States.Runtime.
 * A timestamp in the past does not wait. Limits: Seconds (static, SecondsPath or JSONata) must be "an integer value
 * from 0 to 99999999" (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html); a larger value fails
 * the state instead of moving the clock past the range of a Date (9e12 s crashed the run controls). The docs give
 * no range for Timestamp beyond RFC 3339 (a four-digit year), which a Date always holds. Output: OutputPath over the effective input; Assign's `$` is the
 * effective input (conformance case wait-assign-uses-effective-input).
 */
import type { JsonValue, WaitState } from '../../asl/types.ts';
import { ERRORS, StatesError } from '../errors.ts';
import { json } from '../events.ts';
import { jsonata, runPipeline, type StateIO } from '../pipeline.ts';
import type { MaybePromise } from '../execution.ts';
import { readPath } from '../paths.ts';
import type { StepContext } from '../runtime.ts';
import { MAX_SECONDS } from '../../asl/fields.ts';
import type { StateHandler } from './result.ts';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function seconds(v: JsonValue, field: string, errorName: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new StatesError(errorName, `The ${field} value ${JSON.stringify(v)} is not a non-negative integer`);
  }
  if (v > MAX_SECONDS) throw new StatesError(errorName, `The ${field} value ${v} is more than ${MAX_SECONDS} seconds`);
  return v;
}

/** Recorded causes: "The SecondsPath parameter cannot be parsed as a long value: $.x == 1.5", "… references a negative value: $.x == -1". */
function secondsAtPath(path: string, v: JsonValue): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw new StatesError(ERRORS.Runtime, `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${json(v)}`);
  }
  if (v < 0) throw new StatesError(ERRORS.Runtime, `The SecondsPath parameter references a negative value: ${path} == ${v}`);
  if (v > MAX_SECONDS) throw new StatesError(ERRORS.Runtime, `The SecondsPath parameter references a value over ${MAX_SECONDS} seconds: ${path} == ${v}`);
  return v;
}

function timestamp(v: JsonValue, field: string, errorName: string): number {
  const ms = typeof v === 'string' && TIMESTAMP.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(ms)) throw new StatesError(errorName, `The ${field} value ${JSON.stringify(v)} is not a valid ISO-8601 timestamp`);
  return ms;
}

/** The last instant a Date holds (ECMAScript: ±8.64e15 ms); the clock never moves past it. */
const MAX_DATE_MS = 8.64e15;

function waitUntil(ctx: StepContext, ms: number): void {
  // Thousands of maximal waits in a loop would still pass it: fail the state rather than the clock.
  if (!(ms <= MAX_DATE_MS)) throw new StatesError(ERRORS.Runtime, 'The wait ends after the latest time the simulated clock can show (year 275760)');
  if (ms > ctx.now) ctx.now = ms;
}

/** Moves the clock; the result is the effective input (JSONata: the input). */
function wait(input: JsonValue, io: StateIO): MaybePromise<StateIO> {
  const { ctx, st } = io;
  const def = st.def as WaitState;
  if (st.lang === 'JSONata') {
    const b = io.bindings();
    const err = ERRORS.QueryEvaluationError;
    const when =
      def.Seconds !== undefined
        ? jsonata(def.Seconds as JsonValue, b, 'Seconds').then((v) => ctx.now + seconds(v, 'Seconds', err) * 1000)
        : def.Timestamp !== undefined
          ? jsonata(def.Timestamp, b, 'Timestamp').then((v) => timestamp(v, 'Timestamp', err))
          : Promise.resolve(ctx.now);
    return when.then((ms) => {
      waitUntil(ctx, ms);
      return io.done(input, st.next);
    });
  }
  const s = { input, context: io.context, variables: io.t.vars };
  if (def.Seconds !== undefined) waitUntil(ctx, ctx.now + seconds(def.Seconds as JsonValue, 'Seconds', ERRORS.Runtime) * 1000);
  else if (def.SecondsPath !== undefined) waitUntil(ctx, ctx.now + secondsAtPath(def.SecondsPath, readPath(def.SecondsPath, s)) * 1000);
  else if (def.Timestamp !== undefined) waitUntil(ctx, timestamp(def.Timestamp, 'Timestamp', ERRORS.Runtime));
  else if (def.TimestampPath !== undefined) waitUntil(ctx, timestamp(readPath(def.TimestampPath, s), 'TimestampPath', ERRORS.Runtime));
  return io.done(input, st.next);
}

export const runWait: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, wait);
