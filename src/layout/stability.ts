/**
 * Layout after an edit. A structural edit (a state added, inserted, deleted, pasted, moved; a transition added or
 * retargeted) is laid out incrementally: every state keeps its place, new states go where the fresh layout puts
 * them next to their neighbours, and only the states that would now come before a predecessor move forward along
 * the flow (keepPositions.ts with flow.ts). When that drawing breaks a rule the fresh layout keeps (an upward
 * transition that closes no loop, an overlap, an edge through a state, a label on a label or a state, a Catch in
 * the main column), or on a big machine (INCREMENTAL_MAX_NODES; there a state inserted on a transition opens
 * the previous drawing instead, splice.ts), the fresh layout is used instead, placed so that the edit's neighbourhood stays where it was:
 * shifted so the first state whose transitions changed (else the median kept state) keeps its previous place; on
 * a big machine, shifted band by band along the flow so that the kept states move least (bandAlign.ts). An edit that changes no structure (a rename that resizes a box, a field edit) keeps every box
 * where it was (keepPositions.ts).
 *
 * Hand-placed boxes (`pinned`, the sidecar's positions) stay where they were put in both cases; a box that
 * would overlap one is pushed along the flow together with everything after it; the Start marker stays before
 * the start state and the End marker after the states joined to it.
 */
import type { StateGraph } from '../asl/graph.ts';
import { dict, dictFrom, own } from '../asl/own.ts';
import { bandAlign } from './bandAlign.ts';
import { ROOT_SCOPE, arrangeGroups, indexGraph, translateEdge } from './compose.ts';
import { LAYER_GAP } from './elk.ts';
import { boxesOverlap, maxOf } from './geometry.ts';
import { keepFollowingFlow, keepPositions } from './keepPositions.ts';
import { layoutQuality, type QualityCounts } from './quality.ts';
import { rerouteEdges } from './reroute.ts';
import { GROUP_PADDING } from './sizes.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point, Size } from './types.ts';

const GAP = 24;
/**
 * Bigger machines (and edits that would route more edges again) are laid out afresh: routing around fixed boxes
 * and checking the drawing cost more there than the fresh layered layout (250 states, an insert: 17 s vs 0.2 s).
 */
export const INCREMENTAL_MAX_NODES = 250;
export const INCREMENTAL_MAX_REROUTES = 24;

/** Same nodes and same transitions: nothing to lay out again. */
function sameStructure(graph: StateGraph, previous: LayoutResult): boolean {
  if (graph.nodes.length !== Object.keys(previous.nodes).length || graph.edges.length !== Object.keys(previous.edges).length) return false;
  return graph.nodes.every((n) => previous.nodes[n.id] !== undefined) && graph.edges.every((e) => previous.edges[e.id] !== undefined);
}

function rootOf(graph: StateGraph, id: string): string {
  let n = graph.byId.get(id);
  while (n?.parentId) n = graph.byId.get(n.parentId);
  return n?.id ?? id;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] as number);
}

/**
 * The shift that puts the fresh drawing where the previous one was: the offset of the first top-level state (in
 * document order) whose transitions changed, else the median offset of the kept top-level states. Hand-placed
 * states count only when no other state was kept (a state dropped onto the one hand-placed state of a new
 * workflow): the fresh drawing then goes where that state was put.
 */
export function alignment(graph: StateGraph, fresh: LayoutResult, previous: LayoutResult, pinned: Record<string, Point>): Point {
  const sources = new Set<string>();
  const targets = new Set<string>();
  for (const e of graph.edges) {
    if (previous.edges[e.id]) continue;
    sources.add(rootOf(graph, e.source));
    targets.add(rootOf(graph, e.target));
  }
  const offset = (id: string): Point => {
    const p = pinned[id] ?? (previous.nodes[id] as Box);
    const f = fresh.nodes[id] as Box;
    return { x: p.x - f.x, y: p.y - f.y };
  };
  const candidates = (usePins: boolean) =>
    graph.nodes.filter(
      (n) => !n.parentId && n.kind === 'state' && fresh.nodes[n.id] !== undefined && (usePins ? pinned[n.id] !== undefined : previous.nodes[n.id] !== undefined && !pinned[n.id]),
    );
  for (const usePins of [false, true]) {
    const top = candidates(usePins);
    const anchor = top.find((n) => sources.has(n.id)) ?? top.find((n) => targets.has(n.id));
    if (anchor) return offset(anchor.id);
    if (top.length === 0) continue;
    const offsets = top.map((n) => offset(n.id));
    return { x: median(offsets.map((o) => o.x)), y: median(offsets.map((o) => o.y)) };
  }
  return { x: 0, y: 0 };
}

export function stabilize(graph: StateGraph, fresh: LayoutResult, previous: LayoutResult, direction: Direction, pinned: Record<string, Point> = {}): LayoutResult {
  const pins: Record<string, Point> = dict();
  for (const [id, p] of Object.entries(pinned)) if (own(fresh.nodes, id)) pins[id] = p;
  // Another machine altogether (a paste over everything, an import): lay it out as a fresh load does.
  if (!graph.nodes.some((n) => n.kind === 'state' && own(previous.nodes, n.id) !== undefined)) return settle(graph, fresh, { x: 0, y: 0 }, pins, direction);
  if (sameStructure(graph, previous)) return settle(graph, keepPositions(graph, fresh, previous, direction), { x: 0, y: 0 }, pins, direction);
  const keptAny = graph.nodes.some((n) => !n.parentId && n.kind === 'state' && own(previous.nodes, n.id) !== undefined && !pins[n.id]);
  // A big machine: the fresh drawing placed band by band on the kept states (bandAlign.ts).
  if (graph.nodes.length > INCREMENTAL_MAX_NODES && keptAny) return settle(graph, bandAlign(graph, fresh, previous, direction), { x: 0, y: 0 }, pins, direction);
  const aligned = settle(graph, fresh, alignment(graph, fresh, previous, pins), pins, direction);
  // Only hand-placed states kept (a state dropped onto the one placed state of a new workflow): the fresh drawing
  // hangs off them.
  if (!keptAny) return aligned;
  const incremental = keepFollowingFlow(graph, fresh, previous, direction, INCREMENTAL_MAX_REROUTES);
  if (!incremental) return aligned;
  const kept = settle(graph, incremental, { x: 0, y: 0 }, pins, direction);
  return noWorse(graph, kept, aligned, previous, direction) ? kept : aligned;
}

const CHECKED: (keyof QualityCounts)[] = ['upward', 'overlaps', 'edgeThroughState', 'labelOnLabel', 'labelOnState', 'catchInline'];

/**
 * Whether the incremental layout breaks no drawing rule the fresh one keeps (a Catch edge the user already saw in
 * the main column may stay there; a new one goes to the side).
 */
function noWorse(graph: StateGraph, kept: LayoutResult, aligned: LayoutResult, previous: LayoutResult, direction: Direction): boolean {
  const q = layoutQuality(graph, kept, { direction, maxDetails: 0, catchEdges: (e) => !own(previous.edges, e.id) });
  if (CHECKED.every((k) => q[k] === 0)) return true;
  const f = layoutQuality(graph, aligned, { direction, maxDetails: 0, catchEdges: (e) => !own(previous.edges, e.id) });
  return CHECKED.every((k) => q[k] <= f[k]);
}

/** `base` shifted by `shift` (top-level boxes and every route), with the pinned boxes in place and avoided. */
export function settle(graph: StateGraph, base: LayoutResult, shift: Point, pins: Record<string, Point>, direction: Direction): LayoutResult {
  const dx = Math.round(shift.x);
  const dy = Math.round(shift.y);
  let shifted = base;
  if (dx !== 0 || dy !== 0) {
    const nodes: Record<string, Box> = dict();
    for (const n of graph.nodes) {
      const b = own(base.nodes, n.id);
      if (b) nodes[n.id] = n.parentId ? b : { ...b, x: b.x + dx, y: b.y + dy };
    }
    const edges: Record<string, EdgeLayout> = dict();
    for (const [id, e] of Object.entries(base.edges)) edges[id] = translateEdge(e, dx, dy);
    shifted = { nodes, edges, width: base.width, height: base.height };
  }
  const live = Object.keys(pins).filter((id) => own(shifted.nodes, id) !== undefined);
  if (live.length === 0) return shifted;
  return placePinned(graph, shifted, pins, direction);
}

function placePinned(graph: StateGraph, base: LayoutResult, pins: Record<string, Point>, direction: Direction): LayoutResult {
  const down = direction === 'DOWN';
  const along = (b: Box) => (down ? b.y : b.x);
  const extent = (b: Box) => (down ? b.height : b.width);
  const moveAlong = (b: Box, d: number): Box => (down ? { ...b, y: b.y + d } : { ...b, x: b.x + d });
  const { children } = indexGraph(graph);
  const out: Record<string, Box> = dictFrom(base.nodes);
  for (const [id, p] of Object.entries(pins)) {
    const b = own(out, id);
    if (b) out[id] = { ...b, x: p.x, y: p.y };
  }

  const depth = (scope: string) => {
    let d = 0;
    for (let n = graph.byId.get(scope); n; n = n.parentId ? graph.byId.get(n.parentId) : undefined) d++;
    return d;
  };
  const dirty = new Set<string>();
  for (const id of Object.keys(pins)) dirty.add(graph.byId.get(id)?.parentId ?? ROOT_SCOPE);

  /** Pushes every unpinned member from the first one that overlaps a pinned box on, past that box. */
  const resolve = (scope: string) => {
    const members = children.get(scope) ?? [];
    const free = members.filter((m) => !pins[m.id]);
    const fixed = members.filter((m) => pins[m.id]).map((m) => out[m.id] as Box);
    if (scope === ROOT_SCOPE) placeMarkers(members.map((m) => m.id));
    for (let round = 0; round < 4 * fixed.length + 8; round++) {
      let hit: { at: number; need: number } | undefined;
      for (const m of free) {
        const b = out[m.id] as Box;
        for (const f of fixed) {
          if (!boxesOverlap(b, f, GAP)) continue;
          const need = along(f) + extent(f) + GAP - along(b);
          if (!hit || along(b) < hit.at) hit = { at: along(b), need };
        }
      }
      if (!hit) break;
      for (const m of free) {
        const b = out[m.id] as Box;
        if (along(b) >= (hit as { at: number }).at - 0.5) out[m.id] = moveAlong(b, (hit as { need: number }).need);
      }
    }
  };

  /** Start before the start state, End after every state joined to it (when hand placing put them elsewhere). */
  const placeMarkers = (ids: string[]) => {
    const has = new Set(ids);
    for (const e of graph.edges) {
      if (e.kind === 'start' && has.has(e.source) && !pins[e.source] && pins[e.target]) {
        const s = out[e.source] as Box;
        const t = out[e.target] as Box;
        if (along(s) + extent(s) + GAP / 2 > along(t)) out[e.source] = besideOf(s, t, -1);
      }
    }
    const end = graph.nodes.find((n) => n.kind === 'end' && has.has(n.id));
    if (!end || pins[end.id]) return;
    const sources = graph.edges.filter((e) => e.target === end.id).map((e) => out[e.source] as Box | undefined);
    const last = maxOf(
      sources.filter((b): b is Box => b !== undefined),
      (b) => along(b) + extent(b),
    );
    const b = out[end.id] as Box;
    if (Number.isFinite(last) && along(b) < last + LAYER_GAP / 2) out[end.id] = moveAlong(b, last + LAYER_GAP - along(b));
  };

  /**
   * Once the rest has made room: Start right before a hand-placed start state, and End right after the last state
   * joined to it when every such state was placed by hand (the first state dropped into a new workflow; with none
   * joined yet, every top-level state), wherever they were put, if there is room there. They were left where the
   * fresh layout had them, with long doglegs.
   */
  const hugMarkers = () => {
    const ids = (children.get(ROOT_SCOPE) ?? []).map((m) => m.id);
    const start = graph.edges.find((e) => e.kind === 'start');
    if (start && !pins[start.source] && pins[start.target] && out[start.source] && out[start.target]) {
      const hug = besideOf(out[start.source] as Box, out[start.target] as Box, -1);
      if (free(hug, start.source, ids)) out[start.source] = hug;
    }
    const end = graph.nodes.find((n) => n.kind === 'end');
    if (!end || pins[end.id] || !out[end.id]) return;
    // The states joined to End; none yet (a lone Choice): the states at top level.
    const into = graph.edges.filter((e) => e.target === end.id && out[e.source] !== undefined).map((e) => e.source);
    const before = into.length > 0 ? into : ids.filter((id) => graph.byId.get(id)?.kind === 'state');
    if (before.length === 0 || !before.every((id) => pins[id])) return;
    const sources = before.map((id) => out[id] as Box);
    const last = maxOf(sources, (b) => along(b) + extent(b));
    const hug = besideOf(out[end.id] as Box, sources.find((s) => along(s) + extent(s) === last) as Box, 1);
    if (free(hug, end.id, ids)) out[end.id] = hug;
  };

  /** Whether `box` (for marker `id`) clears every other box among `ids`. */
  const free = (box: Box, id: string, ids: string[]) => ids.every((o) => o === id || !boxesOverlap(box, out[o] as Box, GAP / 2));

  /** `m` centred across the flow on `t`, one layer gap before it (side -1) or after it (side 1). */
  const besideOf = (m: Box, t: Box, side: -1 | 1): Box => {
    if (down) return { ...m, x: t.x + (t.width - m.width) / 2, y: side < 0 ? t.y - LAYER_GAP - m.height : t.y + t.height + LAYER_GAP };
    return { ...m, y: t.y + (t.height - m.height) / 2, x: side < 0 ? t.x - LAYER_GAP - m.width : t.x + t.width + LAYER_GAP };
  };

  /** A branch or processor group grown around its content; its Parallel/Map state re-arranged around the groups. */
  const grow = (scope: string): string | undefined => {
    const group = graph.byId.get(scope);
    if (!group?.parentId) return undefined;
    const members = children.get(scope) ?? [];
    const right = maxOf(members, (m) => (out[m.id] as Box).x + (out[m.id] as Box).width, 0) + GROUP_PADDING.right;
    const bottom = maxOf(members, (m) => (out[m.id] as Box).y + (out[m.id] as Box).height, 0) + GROUP_PADDING.bottom;
    const g = out[scope] as Box;
    if (right <= g.width && bottom <= g.height) return undefined;
    out[scope] = { ...g, width: Math.max(g.width, right), height: Math.max(g.height, bottom) };
    const state = group.parentId;
    const groups = children.get(state) ?? [];
    const arranged = arrangeGroups(
      groups.map((x) => out[x.id] as Size),
      down,
    );
    groups.forEach((x, i) => {
      out[x.id] = arranged.rects[i] as Box;
    });
    const s = out[state] as Box;
    const grown = { ...s, width: Math.max(s.width, arranged.size.width), height: Math.max(s.height, arranged.size.height) };
    out[state] = grown;
    // Like a group that grew in keepPositions: the unpinned siblings after it move on by as much.
    const parentScope = graph.byId.get(state)?.parentId ?? ROOT_SCOPE;
    const by = extent(grown) - extent(s);
    if (by > 0) {
      for (const m of children.get(parentScope) ?? []) {
        const b = out[m.id] as Box;
        if (m.id !== state && !pins[m.id] && along(b) >= along(s) + extent(s) - 0.5) out[m.id] = moveAlong(b, by);
      }
    }
    return parentScope;
  };

  while (dirty.size > 0) {
    const scope = [...dirty].sort((a, b) => depth(b) - depth(a))[0] as string;
    dirty.delete(scope);
    resolve(scope);
    const parentScope = grow(scope);
    if (parentScope !== undefined) dirty.add(parentScope);
  }

  hugMarkers();
  const edges = rerouteEdges(graph, out, base, direction);
  const top = graph.nodes.filter((n) => !n.parentId).map((n) => out[n.id] as Box);
  return { nodes: out, edges, width: maxOf(top, (b) => b.x + b.width, 0), height: maxOf(top, (b) => b.y + b.height, 0) };
}
