/**
 * Parallel (https://states-language.net/spec.html#parallel-state): each branch gets a copy of the effective input
 * (InputPath → Parameters, or JSONata Arguments); the result is the array of branch outputs in branch order,
 * then ResultSelector → ResultPath → OutputPath (or JSONata Output/Assign over `$states.result`).
 * Branches read the variables visible at the Parallel state and write only their own scope.
 * Events: ParallelStateStarted on each attempt, ParallelStateSucceeded/Failed (recorded histories).
 */
import type { JsonValue } from '../../asl/types.ts';
import type { CompiledState } from '../compile.ts';
import type { MaybePromise, Thread } from '../execution.ts';
import { runPipeline, type StateIO } from '../pipeline.ts';
import type { StepContext } from '../runtime.ts';
import type { StateHandler, StateResult } from './result.ts';
import { finishComposite } from './finishComposite.ts';
import { child, childThread, composite, insert } from '../children.ts';

export function branchThread(ctx: StepContext, t: Thread, st: CompiledState, index: number, input: JsonValue): Thread {
  const sub = st.subs[index];
  if (!sub) throw new Error(`Parallel state '${st.name}' has no branch ${index}`);
  return childThread(t, st.name, sub, index, input, ctx.now);
}

/** Starts the first branch on a copy of the effective input (after InputPath → Parameters, or Arguments). */
function branches(branchInput: JsonValue, io: StateIO): MaybePromise<StateResult> {
  const { ctx, t, st, insp } = io;
  ctx.emit('ParallelStateStarted');
  if (st.subs.length === 0) {
    ctx.emit('ParallelStateSucceeded');
    return finishComposite(ctx, t, st, insp, []);
  }
  const base = {
    kind: 'parallel' as const,
    total: st.subs.length,
    items: null,
    effectiveInput: branchInput,
    toleratedCount: null,
    toleratedPercentage: null,
    maxConcurrency: Infinity,
  };
  return { kind: 'composite', composite: composite(base, null, 0, 1, insert(null, child(0, branchThread(ctx, t, st, 0, branchInput), ctx.now))) };
}

export const runParallel: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, branches);
