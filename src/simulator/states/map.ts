/**
 * Map (https://states-language.net/spec.html#map-state and the Distributed Map pages of the developer guide).
 * JSONPath: InputPath → ItemsPath (or, for a distributed Map with ItemReader, the items the caller supplied) →
 * per item ItemSelector (legacy: Parameters) with `$$.Map.Item.Index/Value` → ItemProcessor → results in item
 * order → ResultSelector → ResultPath → OutputPath. JSONata: Items (default: the input) → ItemSelector → Output.
 * ItemBatcher groups items into `{Items: [...], BatchInput}` (MaxItemsPerBatch and MaxInputBytesPerBatch, each
 * literal, …Path or JSONata). A distributed Map without ToleratedFailure* tolerates no failed child.
 * MaxConcurrency limits how many iterations run at once on the virtual clock (composite.ts); 0 or absent: the
 * mode's limit (40 inline, 10,000 distributed).
 * Recorded causes: "Map state input must be an array but was: …", "The MaxConcurrencyPath field refers to value
 * "…" which is not a valid integer: $.x", "ToleratedFailureCount cannot be negative.",
 * "ToleratedFailurePercentage must be between 0 and 100.".
 */
import type { JsonObject, JsonValue, MapState } from '../../asl/types.ts';
import type { CompiledState, CompiledSub } from '../compile.ts';
import { ERRORS, StatesError } from '../errors.ts';
import { json } from '../events.ts';
import type { MaybePromise, Thread } from '../execution.ts';
import { child, childThread, composite, insert, DISTRIBUTED_MAP_CONCURRENCY, INLINE_MAP_CONCURRENCY, type CompositeBase } from '../children.ts';
import { andThen, bindings, itemInput, jsonata, mapItems, runPipeline, type StateIO } from '../pipeline.ts';
import { readPath } from '../paths.ts';
import type { StepContext } from '../runtime.ts';
import type { StateHandler, StateResult } from './result.ts';
import { finishComposite } from './finishComposite.ts';

function shown(v: JsonValue): string {
  return typeof v === 'string' ? v : json(v);
}

/**
 * A numeric field given literally, by a JSONPath `…Path`, or as a JSONata expression; read from the Map state or
 * from `owner` (its ItemBatcher).
 */
async function numeric(
  ctx: StepContext,
  t: Thread,
  st: CompiledState,
  field: string,
  kind: 'integer' | 'float',
  eff: JsonValue,
  context: JsonValue,
  owner: Record<string, unknown> = st.def as Record<string, unknown>,
): Promise<number | null> {
  const def = owner;
  let v: JsonValue | undefined;
  if (def[field] !== undefined) {
    v = def[field] as JsonValue;
    if (st.lang === 'JSONata' && typeof v === 'string') v = await jsonata(v, bindings(ctx, t.input, context, t.vars), field);
  } else if (typeof def[`${field}Path`] === 'string') {
    const path = def[`${field}Path`] as string;
    v = readPath(path, { input: eff, context, variables: t.vars });
    // Recordings: a numeric string ("1") is accepted; "NoNumber" and objects are not.
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) v = Number(v);
    const valid = typeof v === 'number' && (kind === 'float' || Number.isInteger(v));
    if (!valid) {
      throw new StatesError(ERRORS.Runtime, `The ${field}Path field refers to value "${shown(v)}" which is not a valid ${kind}: ${path}`);
    }
  }
  if (v === undefined) return null;
  if (typeof v !== 'number') {
    throw new StatesError(st.lang === 'JSONata' ? ERRORS.QueryEvaluationError : ERRORS.Runtime, `The ${field} value ${json(v)} is not a number`);
  }
  return v;
}

/**
 * ItemBatcher: consecutive items into `{Items, BatchInput?}` child inputs holding at most `maxItems` items and at most
 * `maxBytes` bytes of UTF-8 JSON each (whichever limit is reached first; the docs: "If you specify both, Step
 * Functions uses both"). The docs do not say what happens to one item larger than the byte limit: it gets a batch
 * of its own.
 */
function batch(items: JsonValue[], batchInput: JsonValue | undefined, maxItems: number | null, maxBytes: number | null): JsonValue[] {
  const out: JsonValue[] = [];
  const wrap = (list: JsonValue[]): JsonObject => (batchInput === undefined ? { Items: list } : { Items: list, BatchInput: batchInput });
  const overhead = maxBytes === null ? 0 : utf8Length(JSON.stringify(wrap([])));
  let current: JsonValue[] = [];
  let bytes = overhead;
  for (const item of items) {
    const size = maxBytes === null ? 0 : utf8Length(JSON.stringify(item));
    // An item after the first adds its size and a comma.
    const full = (maxItems !== null && current.length >= maxItems) || (maxBytes !== null && current.length > 0 && bytes + size + 1 > maxBytes);
    if (full) {
      out.push(wrap(current));
      current = [];
      bytes = overhead;
    }
    bytes += size + (current.length > 0 ? 1 : 0);
    current.push(item);
  }
  if (current.length > 0) out.push(wrap(current));
  return out;
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** MaxItemsPerBatch / MaxInputBytesPerBatch (literal, …Path or JSONata): positive integers or absent. */
async function batchLimits(ctx: StepContext, t: Thread, st: CompiledState, b: JsonObject, eff: JsonValue, context: JsonValue) {
  const limit = async (field: string): Promise<number | null> => {
    const n = await numeric(ctx, t, st, field, 'integer', eff, context, b);
    if (n !== null && n <= 0) throw new StatesError(ERRORS.Runtime, `${field} must be a positive integer, but was ${n}.`);
    return n;
  };
  return { maxItems: await limit('MaxItemsPerBatch'), maxBytes: await limit('MaxInputBytesPerBatch') };
}

/** The items (ItemReader, Items or ItemsPath), their limits and batches, then the first iteration. */
function iterate(eff: JsonValue, io: StateIO): MaybePromise<StateResult> {
  const { ctx, t, st, insp, context } = io;
  const def = st.def as MapState;
  const jsonataMode = st.lang === 'JSONata';
  const items = mapItems(io, ctx.options.mapItems[st.name]);
  return andThen(items, async (list): Promise<StateResult> => {
    if (!Array.isArray(list)) {
      throw new StatesError(jsonataMode ? ERRORS.QueryEvaluationError : ERRORS.Runtime, `Map state input must be an array but was: ${json(list)}`);
    }
    const maxConcurrency = await numeric(ctx, t, st, 'MaxConcurrency', 'integer', eff, context);
    if (maxConcurrency !== null && maxConcurrency < 0) throw new StatesError(ERRORS.Runtime, 'MaxConcurrency cannot be negative.');
    const distributed = (def.ItemProcessor as { ProcessorConfig?: { Mode?: string } } | undefined)?.ProcessorConfig?.Mode === 'DISTRIBUTED';
    let toleratedCount = await numeric(ctx, t, st, 'ToleratedFailureCount', 'integer', eff, context);
    if (toleratedCount !== null && toleratedCount < 0) throw new StatesError(ERRORS.Runtime, 'ToleratedFailureCount cannot be negative.');
    const toleratedPercentage = await numeric(ctx, t, st, 'ToleratedFailurePercentage', 'float', eff, context);
    if (toleratedPercentage !== null && (toleratedPercentage < 0 || toleratedPercentage > 100)) {
      throw new StatesError(ERRORS.Runtime, 'ToleratedFailurePercentage must be between 0 and 100.');
    }
    // A distributed Map with no ToleratedFailure* field tolerates no failure: the first failed child run fails the
    // Map with States.ExceedToleratedFailureThreshold (developer guide, "Setting failure thresholds for Distributed
    // Map states": the threshold defaults to zero).
    if (distributed && toleratedCount === null && toleratedPercentage === null) toleratedCount = 0;
    let all = list as JsonValue[];
    if (def.ItemBatcher && typeof def.ItemBatcher === 'object') {
      const b = def.ItemBatcher as JsonObject;
      const bi = b.BatchInput;
      const batchInput = bi === undefined ? undefined : jsonataMode ? await jsonata(bi, io.bindings(), 'ItemBatcher/BatchInput') : io.template(bi, eff);
      const { maxItems, maxBytes } = await batchLimits(ctx, t, st, b, eff, context);
      all = batch(all, batchInput, maxItems, maxBytes);
    }
    ctx.emit('MapStateStarted', { mapStateStartedEventDetails: { length: all.length } });
    if (all.length === 0) {
      ctx.emitAside('MapStateSucceeded');
      return finishComposite(ctx, t, st, insp, []);
    }
    const cap = distributed ? DISTRIBUTED_MAP_CONCURRENCY : INLINE_MAP_CONCURRENCY;
    const base: CompositeBase = {
      kind: 'map',
      total: all.length,
      items: all,
      effectiveInput: eff,
      toleratedCount,
      toleratedPercentage,
      maxConcurrency: maxConcurrency === null || maxConcurrency === 0 ? cap : Math.min(maxConcurrency, cap),
    };
    const first = await iterationThread(ctx, t, st, base, 0);
    return { kind: 'composite', composite: composite(base, null, 0, 1, insert(null, child(0, first, ctx.now))) };
  });
}

export const runMap: StateHandler = async (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, iterate);

/** The thread of iteration `index`: its input (itemInput), MapIterationStarted recorded. */
export function iterationThread(ctx: StepContext, t: Thread, st: CompiledState, c: CompositeBase, index: number): MaybePromise<Thread> {
  const sub = st.subs[0];
  if (!sub) throw new Error(`Map state '${st.name}' has no item processor`);
  const value = (c.items as JsonValue[])[index] as JsonValue;
  // No closure unless the input is a promise (a JSONata ItemSelector): this runs once per item.
  const input = itemInput(ctx, t, st, c.effectiveInput, index, value);
  return input instanceof Promise ? input.then((i) => startIteration(ctx, t, st, sub, index, value, i)) : startIteration(ctx, t, st, sub, index, value, input);
}

function startIteration(ctx: StepContext, t: Thread, st: CompiledState, sub: CompiledSub, index: number, value: JsonValue, input: JsonValue): Thread {
  // Recordings: MapIterationStarted points at MapStateStarted (or at the last event of the iteration that freed
  // its slot); the iteration chains on from it, the Map state does not.
  const started = ctx.emitAside('MapIterationStarted', 'mapIterationStartedEventDetails', { index, name: st.name });
  return childThread(t, st.name, sub, index, input, ctx.now, { index, value }, started);
}

