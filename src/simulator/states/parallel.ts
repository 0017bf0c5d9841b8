/**
 * Parallel (https://states-language.net/spec.html#parallel-state): each branch gets a copy of the effective input
 * (InputPath → Parameters, or JSONata Arguments); the result is the array of branch outputs in branch order,
 * then ResultSelector → ResultPath → OutputPath (or JSONata Output/Assign over `$states.result`).
 * Branches read the variables visible at the Parallel state and write only their own scope.
 * Events: ParallelStateStarted on each attempt, ParallelStateSucceeded/Failed (recorded histories).
 */
import type { JsonValue, ParallelState } from '../../asl/types.ts';
import type { CompiledState } from '../compile.ts';
import type { MaybePromise, Thread } from '../execution.ts';
import {
  bindings,
  inputPath,
  jsonata,
  template,
  andThen,
} from '../pipeline.ts';
import type { StepContext } from '../runtime.ts';
import type { StateHandler, StateResult } from './result.ts';
import { finishComposite } from './finishComposite.ts';
import { child, childThread, composite, insert } from '../children.ts';

export function branchThread(ctx: StepContext, t: Thread, st: CompiledState, index: number, input: JsonValue): Thread {
  const sub = st.subs[index];
  if (!sub) throw new Error(`Parallel state '${st.name}' has no branch ${index}`);
  return childThread(t, st.name, sub, index, input, ctx.now);
}

export const runParallel: StateHandler = (ctx, t, st, insp) => {
  const def = st.def as ParallelState;
  const context = ctx.contextFor(t, st);
  const input: MaybePromise<JsonValue> =
    st.lang === 'JSONata'
      ? def.Arguments === undefined
        ? t.input
        : jsonata(def.Arguments, bindings(ctx, t.input, context, t.vars), 'Arguments')
      : (() => {
          const eff = inputPath(def.InputPath, t.input, context, t.vars, ctx.options);
          insp.afterInputPath = eff;
          return def.Parameters === undefined ? eff : template(def.Parameters, eff, context, t.vars, ctx.options);
        })();
  return andThen(input, (branchInput): MaybePromise<StateResult> => {
    if (st.lang === 'JSONata') insp.afterArguments = branchInput;
    else insp.afterParameters = branchInput;
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
  });
};

