/** What a state handler returns to the thread runner (thread.ts), which applies Retry/Catch and transitions. */
import type { JsonValue } from '../../asl/types.ts';
import type { CompiledState } from '../compile.ts';
import type { StatesError } from '../errors.ts';
import type { Composite, MaybePromise, StateInspection, Thread, Vars } from '../execution.ts';
import type { StepContext } from '../runtime.ts';

export type StateResult =
  /** The state finished: `next` null ends the (sub)machine. `assigned` are the variables its Assign set. */
  | { kind: 'ok'; output: JsonValue; next: string | null; assigned: Vars | null }
  /** A runtime error, routed through the state's Retry and Catch. */
  | { kind: 'error'; error: StatesError }
  /** A Fail state: ends the (sub)machine with this error, never caught by the state itself. */
  | { kind: 'fail'; error: string; cause: string }
  /** A Parallel or Map state started its children. */
  | { kind: 'composite'; composite: Composite };

export type StateHandler = (
  ctx: StepContext,
  thread: Thread,
  state: CompiledState,
  insp: StateInspection,
) => MaybePromise<StateResult>;

export function ok(output: JsonValue, next: string | null, assigned: Vars | null): StateResult {
  return { kind: 'ok', output, next, assigned };
}
