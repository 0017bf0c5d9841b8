/**
 * The entered event of a thread's current state. A thread enters its state at the start of its step
 * (thread.ts), except a Parallel branch: its first state is entered when the Parallel state starts, all branches
 * at once, because AWS's recorded histories log every branch's entry before any branch exits
 * (fixtures/conformance-recorded/histories/parallel-order.json). Its own module so that states/parallel.ts and
 * thread.ts need not import each other.
 */
import { makeThread } from './children.ts';
import type { CompiledState } from './compile.ts';
import { ERRORS, StatesError } from './errors.ts';
import { enteredDetails } from './events.ts';
import type { Thread } from './execution.ts';
import type { StepContext } from './runtime.ts';

/** Records the entered event of `t`'s current state `st`; the thread then holds that event's id. */
export function enter(ctx: StepContext, t: Thread, st: CompiledState): Thread {
  ctx.emitWith(st.enteredEvent, 'stateEnteredEventDetails', enteredDetails(st.name, ctx.payload(t.input)));
  return makeThread(t, t.state, t.input, t.vars, null, t.retryCount, t.enteredAt, ctx.events.length, ctx.prev, null);
}

/** `t` (a new thread at the start of its sub-machine) with its first state entered, after `t.lastEventId`. */
export function enterFirst(ctx: StepContext, t: Thread): Thread {
  const st = t.sub.states.get(t.state);
  if (!st) throw new StatesError(ERRORS.Runtime, `No state named '${t.state}'`);
  // The event belongs to the branch (StepContext.thread), though the Parallel state's step records it.
  const outer = ctx.prev;
  const outerThread = ctx.thread;
  ctx.prev = t.lastEventId;
  ctx.thread = t.path;
  const entered = enter(ctx, t, st);
  ctx.prev = outer;
  ctx.thread = outerThread;
  return entered;
}
