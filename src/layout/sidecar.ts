/**
 * The layout sidecar: manual positions keyed by node id (state paths such as `P/~b0/A`), relative to the parent
 * group, plus the chosen direction. It is stored beside the ASL, never inside it, and versioned: migrateSidecar
 * turns anything (older versions, garbage) into a valid current sidecar.
 */
import type { StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { rerouteEdges } from './reroute.ts';
import type { Direction, LayoutResult, Point } from './types.ts';
import { isRecord } from '../asl/values.ts';

export interface LayoutSidecar {
  version: 1;
  direction: Direction;
  positions: Record<string, Point>;
}

export const SIDECAR_VERSION = 1;
/**
 * Positions are canvas pixels relative to the parent group: a 10,000-state machine laid out in one column is about
 * 1.5e6 px tall, so ±1e7 leaves room while keeping every sum and grid cell an exact, small number.
 */
export const MAX_COORDINATE = 1e7;
/** More manual positions than any machine has states (the graph view draws at most tens of thousands). */
export const MAX_POSITIONS = 100_000;
/** A state path is a few nested names, each at most 80 characters in AWS. */
export const MAX_ID_LENGTH = 4096;

export function emptySidecar(direction: Direction = 'DOWN'): LayoutSidecar {
  return { version: 1, direction, positions: {} };
}

const saneCoordinate = (c: unknown): c is number => typeof c === 'number' && Number.isFinite(c) && Math.abs(c) <= MAX_COORDINATE;

function toPoint(v: unknown): Point | undefined {
  if (Array.isArray(v) && v.length === 2) v = { x: v[0], y: v[1] };
  if (!isRecord(v)) return undefined;
  const { x, y } = v;
  return saneCoordinate(x) && saneCoordinate(y) ? { x, y } : undefined;
}

const rawPositionsOf = (input: Record<string, unknown>): Record<string, unknown> =>
  isRecord(input.positions) ? input.positions : isRecord(input.nodes) ? input.nodes : {};

const pointOf = (v: unknown): unknown => (isRecord(v) && isRecord(v.position) ? v.position : v);

/**
 * What is wrong with a sidecar from outside (a share link), or undefined when it is usable as it is. Stricter than
 * migrateSidecar, which quietly drops bad entries: a link whose layout is out of range is refused with the reason.
 * Hand-written rather than a schema library: the checks are few and this module is in the initial bundle.
 */
export function sidecarProblem(input: unknown): string | undefined {
  if (input === undefined || input === null) return undefined;
  if (!isRecord(input)) return 'the layout is not an object';
  const raw = rawPositionsOf(input);
  const ids = Object.keys(raw);
  if (ids.length > MAX_POSITIONS) return `the layout has ${ids.length} positions (at most ${MAX_POSITIONS})`;
  for (const id of ids) {
    if (id.length > MAX_ID_LENGTH) return `the layout names a state with a ${id.length}-character path`;
    const p = pointOf(raw[id]);
    const xy = Array.isArray(p) ? { x: p[0], y: p[1] } : isRecord(p) ? p : undefined;
    if (!xy) return `the layout position of “${id.slice(0, 80)}” is not a point`;
    for (const axis of ['x', 'y'] as const) {
      const c = xy[axis];
      if (!saneCoordinate(c)) {
        const shown = typeof c === 'number' ? String(c) : JSON.stringify(c) ?? 'missing';
        return `the layout position of “${id.slice(0, 80)}” has ${axis} = ${shown.slice(0, 40)} (expected a number from -${MAX_COORDINATE} to ${MAX_COORDINATE})`;
      }
    }
  }
  return undefined;
}

function toDirection(v: unknown): Direction {
  if (v === 'RIGHT' || v === 'LR' || v === 'horizontal') return 'RIGHT';
  return 'DOWN';
}

/**
 * Accepts: the current shape; version 0 (no `version`, positions under `nodes`, direction as 'TB'/'LR'); and a
 * future version's known fields. Unknown or invalid entries (not finite, beyond ±MAX_COORDINATE) are dropped; the
 * input is never mutated. The positions record has no prototype: a state may be called `__proto__`.
 */
export function migrateSidecar(input: unknown): LayoutSidecar {
  if (!isRecord(input)) return emptySidecar();
  const positions = dict<Point>();
  let kept = 0;
  for (const [id, v] of Object.entries(rawPositionsOf(input))) {
    const p = toPoint(pointOf(v));
    if (!p || id.length > MAX_ID_LENGTH) continue;
    positions[id] = p;
    if (++kept >= MAX_POSITIONS) break;
  }
  return { version: 1, direction: toDirection(input.direction), positions };
}

const isUnder = (id: string, root: string) => id === root || id.startsWith(`${root}/`);

/** Renames a node and carries the manual positions of everything nested under it. */
export function renameInSidecar(sidecar: LayoutSidecar, oldId: string, newId: string): LayoutSidecar {
  if (oldId === newId) return sidecar;
  const positions = dict<Point>();
  for (const [id, p] of Object.entries(sidecar.positions)) {
    positions[isUnder(id, oldId) ? newId + id.slice(oldId.length) : id] = p;
  }
  return { ...sidecar, positions };
}

/** Forgets a node and everything nested under it. */
export function removeFromSidecar(sidecar: LayoutSidecar, removedId: string): LayoutSidecar {
  const positions = dict<Point>();
  for (const [id, p] of Object.entries(sidecar.positions)) if (!isUnder(id, removedId)) positions[id] = p;
  return { ...sidecar, positions };
}

export function setSidecarPosition(sidecar: LayoutSidecar, id: string, p: Point): LayoutSidecar {
  const positions = dict<Point>();
  for (const [k, v] of Object.entries(sidecar.positions)) positions[k] = v;
  positions[id] = { x: p.x, y: p.y };
  return { ...sidecar, positions };
}

/**
 * The final layout: manual positions win over computed ones (entries for unknown ids are ignored). Given the
 * graph, edges touching moved nodes are routed again; without it, edges are left as computed.
 */
export function applySidecar(layout: LayoutResult, sidecar: LayoutSidecar, graph?: StateGraph): LayoutResult {
  // No manual positions: nothing to copy (a copy of every box costs at 5,000 states).
  let any = false;
  for (const _ in sidecar.positions) {
    any = true;
    break;
  }
  if (!any) return layout;
  const nodes = { ...layout.nodes };
  let moved = false;
  for (const [id, p] of Object.entries(sidecar.positions)) {
    const b = own(nodes, id);
    if (!b || (b.x === p.x && b.y === p.y)) continue;
    nodes[id] = { ...b, x: p.x, y: p.y };
    moved = true;
  }
  if (!moved) return layout;
  const edges = graph ? rerouteEdges(graph, nodes, layout) : layout.edges;
  let width = layout.width;
  let height = layout.height;
  for (const n of graph?.nodes ?? []) {
    const b = own(nodes, n.id);
    if (!b || n.parentId) continue;
    width = Math.max(width, b.x + b.width);
    height = Math.max(height, b.y + b.height);
  }
  return { nodes, edges, width, height };
}
