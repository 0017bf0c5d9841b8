/**
 * The layout sidecar: manual positions keyed by node id (state paths such as `P/~b0/A`), relative to the parent
 * group, plus the chosen direction. It is stored beside the ASL, never inside it, and versioned: migrateSidecar
 * turns anything (older versions, garbage) into a valid current sidecar.
 */
import type { StateGraph } from '../asl/graph.ts';
import { rerouteEdges } from './reroute.ts';
import type { Direction, LayoutResult, Point } from './types.ts';

export interface LayoutSidecar {
  version: 1;
  direction: Direction;
  positions: Record<string, Point>;
}

export const SIDECAR_VERSION = 1;

export function emptySidecar(direction: Direction = 'DOWN'): LayoutSidecar {
  return { version: 1, direction, positions: {} };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toPoint(v: unknown): Point | undefined {
  if (Array.isArray(v) && v.length === 2) v = { x: v[0], y: v[1] };
  if (!isRecord(v)) return undefined;
  const { x, y } = v;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

function toDirection(v: unknown): Direction {
  if (v === 'RIGHT' || v === 'LR' || v === 'horizontal') return 'RIGHT';
  return 'DOWN';
}

/**
 * Accepts: the current shape; version 0 (no `version`, positions under `nodes`, direction as 'TB'/'LR'); and a
 * future version's known fields. Unknown or invalid entries are dropped; the input is never mutated.
 */
export function migrateSidecar(input: unknown): LayoutSidecar {
  if (!isRecord(input)) return emptySidecar();
  const rawPositions = isRecord(input.positions) ? input.positions : isRecord(input.nodes) ? input.nodes : {};
  const positions: Record<string, Point> = {};
  for (const [id, v] of Object.entries(rawPositions)) {
    const p = toPoint(isRecord(v) && isRecord(v.position) ? v.position : v);
    if (p && id !== '__proto__') positions[id] = p;
  }
  return { version: 1, direction: toDirection(input.direction), positions };
}

const isUnder = (id: string, root: string) => id === root || id.startsWith(`${root}/`);

/** Renames a node and carries the manual positions of everything nested under it. */
export function renameInSidecar(sidecar: LayoutSidecar, oldId: string, newId: string): LayoutSidecar {
  if (oldId === newId) return sidecar;
  const positions: Record<string, Point> = {};
  for (const [id, p] of Object.entries(sidecar.positions)) {
    positions[isUnder(id, oldId) ? newId + id.slice(oldId.length) : id] = p;
  }
  return { ...sidecar, positions };
}

/** Forgets a node and everything nested under it. */
export function removeFromSidecar(sidecar: LayoutSidecar, removedId: string): LayoutSidecar {
  const positions: Record<string, Point> = {};
  for (const [id, p] of Object.entries(sidecar.positions)) if (!isUnder(id, removedId)) positions[id] = p;
  return { ...sidecar, positions };
}

export function setSidecarPosition(sidecar: LayoutSidecar, id: string, p: Point): LayoutSidecar {
  return { ...sidecar, positions: { ...sidecar.positions, [id]: { x: p.x, y: p.y } } };
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
    const b = nodes[id];
    if (!b || (b.x === p.x && b.y === p.y)) continue;
    nodes[id] = { ...b, x: p.x, y: p.y };
    moved = true;
  }
  if (!moved) return layout;
  const edges = graph ? rerouteEdges(graph, nodes, layout) : layout.edges;
  let width = layout.width;
  let height = layout.height;
  for (const n of graph?.nodes ?? []) {
    const b = nodes[n.id];
    if (!b || n.parentId) continue;
    width = Math.max(width, b.x + b.width);
    height = Math.max(height, b.y + b.height);
  }
  return { nodes, edges, width, height };
}
