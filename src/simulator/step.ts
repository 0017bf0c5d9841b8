/**
 * One step of any thread: one state of its own, or, while it runs a Parallel/Map state, one step of that state's
 * next child (which may itself run a Parallel/Map). The only module that knows both thread.ts and composite.ts:
 * the recursion goes through here, passed to advanceComposite, so the two do not import each other.
 */
import { advanceComposite } from './composite.ts';
import type { MaybePromise, Thread } from './execution.ts';
import type { StepContext } from './runtime.ts';
import { advanceState, type Advance } from './thread.ts';

/** Events recorded during the step belong to `t` (StepContext.thread), restored for the enclosing thread after. */
export function advance(ctx: StepContext, t: Thread): MaybePromise<Advance> {
  const outer = ctx.thread;
  ctx.thread = t.path;
  let a: MaybePromise<Advance>;
  try {
    a = t.composite ? advanceComposite(ctx, t, advance) : advanceState(ctx, t);
  } catch (e) {
    ctx.thread = outer;
    throw e;
  }
  if (a instanceof Promise) return restoreAfter(ctx, a, outer);
  ctx.thread = outer;
  return a;
}

/**
 * `ctx.thread` back to `outer` once `a` settles. Its own function: closures in `advance` would make V8 allocate
 * their context at every call, though the synchronous path (every step of a machine without JSONata or
 * asynchronous mocks) never creates them (the map bench: bytes per item).
 */
function restoreAfter(ctx: StepContext, a: Promise<Advance>, outer: string): Promise<Advance> {
  return a.then(
    (x) => {
      ctx.thread = outer;
      return x;
    },
    (e: unknown) => {
      ctx.thread = outer;
      throw e;
    },
  );
}
