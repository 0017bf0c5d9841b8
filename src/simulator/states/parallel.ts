/**
 * Parallel (https://states-language.net/spec.html#parallel-state): each branch gets a copy of the effective input
 * (InputPath → Parameters, or JSONata Arguments); the result is the array of branch outputs in branch order,
 * then ResultSelector → ResultPath → OutputPath (or JSONata Output/Assign over `$states.result`).
 * Branches read the variables visible at the Parallel state and write only their own scope.
 * Events: ParallelStateStarted on each attempt, then every branch's first entered event (each pointing at
 * ParallelStateStarted: AWS logs every branch's entry before any branch exits), ParallelStateSucceeded/Failed
 * (recorded histories).
 */
import type { JsonValue } from '../../asl/types.ts';
import type { CompiledState } from '../compile.ts';
import type { MaybePromise, Thread } from '../execution.ts';
import { runPipeline, type StateIO } from '../pipeline.ts';
import type { StepContext } from '../runtime.ts';
import type { StateHandler, StateResult } from './result.ts';
import { finishComposite } from './finishComposite.ts';
import { child, childThread, composite, insert } from '../children.ts';
import type { ChildHeap } from '../execution.ts';
import { enterFirst } from '../enter.ts';

/** Branch `index`, its first state entered (after `ctx.prev`, the ParallelStateStarted event). */
export function branchThread(ctx: StepContext, t: Thread, st: CompiledState, index: number, input: JsonValue): Thread {
  const sub = st.subs[index];
  if (!sub) throw new Error(`Parallel state '${st.name}' has no branch ${index}`);
  return enterFirst(ctx, childThread(t, st.name, sub, index, input, ctx.now, null, ctx.prev));
}

/** Starts every branch on a copy of the effective input (after InputPath → Parameters, or Arguments). */
function branches(branchInput: JsonValue, io: StateIO): MaybePromise<StateResult> {
  const { ctx, t, st, insp } = io;
  ctx.emit('ParallelStateStarted');
  if (st.subs.length === 0) {
    ctx.emitAside('ParallelStateSucceeded');
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
  let children: ChildHeap | null = null;
  for (let i = 0; i < st.subs.length; i++) children = insert(children, child(i, branchThread(ctx, t, st, i, branchInput), ctx.now));
  return { kind: 'composite', composite: composite(base, null, 0, st.subs.length, children as ChildHeap) };
}

export const runParallel: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, branches);
