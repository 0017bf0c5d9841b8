/**
 * Test and report helpers: random structural edits of a machine through the real commands (add after a state,
 * insert on a transition, drop a Succeed/Fail onto a state, connect, reconnect, delete, duplicate, paste, move
 * into a branch), and a runner that lays out each step as the canvas does (with the previous layout) and
 * collects the layout-quality counts and how far the untouched states moved.
 */
import { seededRandom as seededRandomFor } from '../../asl/generate.ts';
import { toGraph, type StateGraph } from '../../asl/graph.ts';
import { stateId } from '../../asl/ids.ts';
import type { State, StateMachineDefinition, StateType } from '../../asl/types.ts';
import type { Command } from '../../commands/command.ts';
import { copyStates, paste } from '../../commands/clipboard.ts';
import { transitionsOf } from '../../commands/refs.ts';
import { allScopes, getState, splitStateId, statesOf, updateState } from '../../commands/stateScopes.ts';
import { insertStateOnEdge } from '../../commands/stateAdd.ts';
import { deleteStates } from '../../commands/stateDelete.ts';
import { dropOnState } from '../../commands/stateDrop.ts';
import { duplicateState } from '../../commands/stateEdit.ts';
import { moveState } from '../../commands/stateMove.ts';
import { connect } from '../../commands/transitions.ts';
import { layoutGraph } from '../layoutGraph.ts';
import { absoluteLayoutBoxes, layoutQuality, moved, type QualityCounts } from '../quality.ts';
import type { Direction, LayoutEngineKind, LayoutResult, Point } from '../types.ts';

export type EditKind = 'add' | 'insert' | 'dropTerminal' | 'connect' | 'reconnect' | 'delete' | 'duplicate' | 'paste' | 'move' | 'changeType';
export const EDIT_KINDS: readonly EditKind[] = ['add', 'insert', 'dropTerminal', 'connect', 'reconnect', 'delete', 'duplicate', 'paste', 'move'];

export interface AppliedEdit {
  kind: EditKind;
  def: StateMachineDefinition;
  /** Ids of the states the edit names (new, removed, or rewired ones): not "untouched". */
  touched: string[];
}

const TYPES: StateType[] = ['Pass', 'Task', 'Wait', 'Choice', 'Parallel'];

function allStateIds(def: StateMachineDefinition): string[] {
  const out: string[] = [];
  for (const scope of allScopes(def)) for (const name of Object.keys(statesOf(def, scope))) out.push(stateId(scope, name));
  return out;
}

function pick<T>(rand: () => number, list: readonly T[]): T | undefined {
  return list.length ? list[Math.floor(rand() * list.length)] : undefined;
}

let counter = 0;

function tryRun<A>(def: StateMachineDefinition, command: Command<A>, args: A): StateMachineDefinition | undefined {
  return command.canExecute(def, args) === true ? command.execute(def, args) : undefined;
}

/** One edit of the given kind on a random place, or undefined when it does not apply there. */
export function applyEdit(def: StateMachineDefinition, kind: EditKind, rand: () => number): AppliedEdit | undefined {
  const ids = allStateIds(def);
  const id = pick(rand, ids);
  if (!id) return undefined;
  const { scope } = splitStateId(id);
  const name = `New ${++counter}`;
  const fresh = stateId(scope, name);
  const done = (d: StateMachineDefinition | undefined, touched: string[]) => (d ? { kind, def: d, touched } : undefined);
  switch (kind) {
    case 'add':
      return done(tryRun(def, dropOnState, { type: pick(rand, TYPES) ?? 'Pass', name, target: id }), [fresh, id]);
    case 'dropTerminal':
      return done(tryRun(def, dropOnState, { type: rand() < 0.5 ? 'Fail' : 'Succeed', name, target: id }), [fresh, id]);
    case 'insert': {
      const t = pick(rand, transitionsOf(getState(def, id)));
      if (!t) return undefined;
      const args = { type: pick(rand, ['Pass', 'Task', 'Wait'] as StateType[]) ?? 'Pass', name, source: id, kind: t.kind, ...(t.index !== undefined ? { index: t.index } : {}) };
      return done(tryRun(def, insertStateOnEdge, args), [fresh, id, stateId(scope, t.target)]);
    }
    case 'connect':
    case 'reconnect': {
      const siblings = Object.keys(statesOf(def, scope)).map((n) => stateId(scope, n));
      const target = pick(rand, siblings);
      if (!target || target === id) return undefined;
      const type = getState(def, id)?.Type;
      const edgeKind = type === 'Choice' ? 'choice' : kind === 'connect' && (type === 'Task' || type === 'Parallel' || type === 'Map') ? 'catch' : 'next';
      return done(tryRun(def, connect, { source: id, target, kind: edgeKind, replace: kind === 'reconnect' }), [id, target]);
    }
    case 'delete':
      return done(tryRun(def, deleteStates, { ids: [id] }), [id]);
    case 'duplicate':
      return done(tryRun(def, duplicateState, { id, name }), [fresh, id]);
    case 'paste': {
      const fragment = copyStates(def, [id]);
      const after = pick(rand, ids);
      if (!fragment || !after) return undefined;
      const out = tryRun(def, paste, { content: fragment, after });
      if (!out) return undefined;
      const before = new Set(ids);
      return done(out, [after, ...allStateIds(out).filter((x) => !before.has(x))]);
    }
    case 'changeType': {
      const out = changeType(def, id, rand);
      return out ? done(out, [id]) : undefined;
    }
    case 'move': {
      const scopes = allScopes(def).filter((s) => s !== scope && !s.startsWith(`${id}/`));
      const to = pick(rand, scopes);
      if (to === undefined) return undefined;
      return done(tryRun(def, moveState, { id, scope: to }), [id, stateId(to, splitStateId(id).name)]);
    }
  }
}

/**
 * A change of type, as the code editor makes it (no command changes a state's type): a Pass, Wait or Task
 * becomes another of those, a Choice whose one rule and Default go where its Next went, or a Parallel with one
 * branch; its transitions out stay where they were (a Choice keeps no Catch).
 */
export function changeType(def: StateMachineDefinition, id: string, rand: () => number): StateMachineDefinition | undefined {
  const s = getState(def, id);
  if (!s || !['Pass', 'Wait', 'Task'].includes(s.Type)) return undefined;
  const rec = s as unknown as Record<string, unknown>;
  const tail: Record<string, unknown> = typeof rec.Next === 'string' ? { Next: rec.Next } : { End: true };
  const catches = Array.isArray(rec.Catch) ? { Catch: rec.Catch } : {};
  const options: Record<string, unknown>[] = [
    { Type: 'Pass', ...tail },
    { Type: 'Wait', Seconds: 5, ...tail },
    { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ...tail, ...catches },
    { Type: 'Parallel', Branches: [{ StartAt: 'Branch step', States: { 'Branch step': { Type: 'Pass', End: true } } }], ...tail, ...catches },
  ];
  if (typeof rec.Next === 'string') options.push({ Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: rec.Next }], Default: rec.Next });
  const other = options.filter((o) => o.Type !== s.Type);
  const next = pick(rand, other);
  return next ? updateState(def, id, () => next as unknown as State) : undefined;
}

export interface EditStep {
  kind: EditKind;
  graph: StateGraph;
  layout: LayoutResult;
  quality: QualityCounts;
  /** Untouched states: how many, and how far they moved (median, max). */
  movement: { count: number; median: number; max: number };
  /** The distances of every untouched state (for the report's overall median). */
  distances: number[];
  /** The largest side of a box the edit added (a pasted or duplicated group can push what follows by as much). */
  added: number;
  /** How long the layout after the edit took (layoutGraph with the previous layout), in ms. */
  ms: number;
}

export interface SequenceOptions {
  direction: Direction;
  engine?: LayoutEngineKind;
  steps: number;
  kinds?: readonly EditKind[];
  /** Hand-placed positions (the sidecar's), by id; kept while their states exist. */
  pinned?: Record<string, Point>;
}

/** Applies `steps` random edits in turn, laying out each result with the previous layout, as the canvas does. */
export async function runEditSequence(start: StateMachineDefinition, rand: () => number, opts: SequenceOptions): Promise<EditStep[]> {
  let def = start;
  let graph = toGraph(def);
  const base = { direction: opts.direction, ...(opts.engine ? { engine: opts.engine } : {}) };
  let layout = await layoutGraph(graph, { ...base, ...(opts.pinned ? { pinned: opts.pinned } : {}) });
  const out: EditStep[] = [];
  for (let i = 0, tries = 0; i < opts.steps && tries < opts.steps * 20; tries++) {
    const edit = applyEdit(def, pick(rand, opts.kinds ?? EDIT_KINDS) ?? 'add', rand);
    if (!edit) continue;
    i++;
    const nextGraph = toGraph(edit.def);
    const pinned = opts.pinned ? Object.fromEntries(Object.entries(opts.pinned).filter(([k]) => nextGraph.byId.has(k))) : undefined;
    const t0 = performance.now();
    const next = await layoutGraph(nextGraph, { ...base, previous: layout, ...(pinned ? { pinned } : {}) });
    const ms = performance.now() - t0;
    const quality = layoutQuality(nextGraph, next, { direction: opts.direction, maxDetails: 0 });
    const m = moved(graph, layout, nextGraph, next, { exclude: edit.touched });
    out.push({ kind: edit.kind, graph: nextGraph, layout: next, quality, movement: m, distances: distancesOf(graph, layout, nextGraph, next, edit.touched), added: addedSize(graph, nextGraph, next), ms });
    def = edit.def;
    graph = nextGraph;
    layout = next;
  }
  return out;
}

function addedSize(before: StateGraph, after: StateGraph, layout: LayoutResult): number {
  let out = 0;
  for (const n of after.nodes) {
    const b = layout.nodes[n.id];
    if (b && n.kind === 'state' && !before.byId.has(n.id)) out = Math.max(out, b.width, b.height);
  }
  return out;
}

function distancesOf(ga: StateGraph, a: LayoutResult, gb: StateGraph, b: LayoutResult, exclude: string[]): number[] {
  const skip = new Set(exclude);
  const pa = absoluteLayoutBoxes(ga, a);
  const pb = absoluteLayoutBoxes(gb, b);
  const out: number[] = [];
  for (const n of gb.nodes) {
    const p = pa.get(n.id);
    const q = pb.get(n.id);
    if (n.kind === 'state' && !skip.has(n.id) && p && q) out.push(Math.hypot(q.x - p.x, q.y - p.y));
  }
  return out;
}

export interface EditFigures {
  edits: number;
  /** Layout-quality counts summed over the layout after every edit. */
  quality: QualityCounts;
  /** Distances moved by untouched states, over every untouched state of every edit (px). */
  moveMedian: number;
  moveP90: number;
  moveMax: number;
  /** Share of untouched states that moved at all. */
  movedShare: number;
}

/** `steps` random edits on generated machines of each size, `seeds` sequences each: the figures of the report. */
export async function editFigures(machines: StateMachineDefinition[], opts: SequenceOptions, seed = 1): Promise<EditFigures & { steps: EditStep[] }> {
  const steps: EditStep[] = [];
  for (const [i, m] of machines.entries()) steps.push(...(await runEditSequence(m, seededRandomFor(seed + i), opts)));
  const d = steps.flatMap((s) => s.distances).sort((a, b) => a - b);
  const at = (q: number) => d[Math.min(d.length - 1, Math.floor(d.length * q))] ?? 0;
  const quality = { upward: 0, overlaps: 0, edgeThroughState: 0, labelOnLabel: 0, labelOnState: 0, terminalsNotJoined: 0, catchInline: 0, labelOffLine: 0 };
  for (const s of steps) for (const k of Object.keys(quality) as (keyof QualityCounts)[]) quality[k] += s.quality[k];
  return {
    steps,
    edits: steps.length,
    quality,
    moveMedian: at(0.5),
    moveP90: at(0.9),
    moveMax: d[d.length - 1] ?? 0,
    movedShare: d.length ? d.filter((x) => x > 0.5).length / d.length : 0,
  };
}
