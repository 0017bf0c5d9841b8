/**
 * Checks a layout for the defects the canvas must never show: sibling boxes that overlap, children outside their
 * group, edges that do not start/end on their nodes, and edge segments through a node that is neither an end of
 * the edge nor a group containing an end. Used by the tests, and handy in a dev overlay.
 */
import type { StateGraph } from '../asl/graph.ts';
import { absolutePositions } from './compose.ts';
import { boxesOverlap, distanceToBox, polylineCrossesBox } from './geometry.ts';
import type { Box, LayoutResult } from './types.ts';

export function absoluteBoxes(graph: StateGraph, layout: LayoutResult): Map<string, Box> {
  const abs = absolutePositions(graph, layout.nodes);
  const out = new Map<string, Box>();
  for (const n of graph.nodes) {
    const b = layout.nodes[n.id];
    const p = abs.get(n.id);
    if (b && p) out.set(n.id, { ...p, width: b.width, height: b.height });
  }
  return out;
}

function ancestors(graph: StateGraph, id: string): Set<string> {
  const out = new Set<string>([id]);
  for (let n = graph.byId.get(id); n?.parentId; n = graph.byId.get(n.parentId)) out.add(n.parentId);
  return out;
}

export function layoutProblems(graph: StateGraph, layout: LayoutResult): string[] {
  const problems: string[] = [];
  const boxes = absoluteBoxes(graph, layout);
  const siblings = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (!boxes.has(n.id)) problems.push(`no box for ${n.id}`);
    const key = n.parentId ?? '';
    if (!siblings.has(key)) siblings.set(key, []);
    siblings.get(key)?.push(n.id);
    const b = boxes.get(n.id);
    const parent = n.parentId ? boxes.get(n.parentId) : undefined;
    if (b && parent && (b.x < parent.x - 0.5 || b.y < parent.y - 0.5 || b.x + b.width > parent.x + parent.width + 0.5 || b.y + b.height > parent.y + parent.height + 0.5)) {
      problems.push(`${n.id} sticks out of ${n.parentId}`);
    }
  }
  for (const ids of siblings.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = boxes.get(ids[i] as string);
        const b = boxes.get(ids[j] as string);
        if (a && b && boxesOverlap(a, b)) problems.push(`overlap ${ids[i]} / ${ids[j]}`);
      }
    }
  }
  for (const e of graph.edges) {
    const route = layout.edges[e.id];
    if (!route || route.points.length < 2) {
      problems.push(`no route for ${e.id}`);
      continue;
    }
    const first = route.points[0];
    const last = route.points[route.points.length - 1];
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (s && first && distanceToBox(first, s) > 2) problems.push(`${e.id} does not start on its source`);
    if (t && last && distanceToBox(last, t) > 2) problems.push(`${e.id} does not end on its target`);
    const exempt = new Set([...ancestors(graph, e.source), ...ancestors(graph, e.target)]);
    for (const [id, b] of boxes) {
      if (!exempt.has(id) && polylineCrossesBox(route.points, b)) problems.push(`${e.id} crosses ${id}`);
    }
  }
  return problems;
}

/**
 * Transitions (not Catch edges, not self-loops) that leave their state by the side the flow enters it (the top when
 * drawn down, the left when drawn right): a loop drawn so starts where the arrows into the state end, and reads as
 * going the wrong way. The AWS console takes a loop out of the bottom and around; so does the canvas's Next handle.
 */
export function entrySideExits(graph: StateGraph, layout: LayoutResult, direction: 'DOWN' | 'RIGHT'): string[] {
  const boxes = absoluteBoxes(graph, layout);
  const out: string[] = [];
  for (const e of graph.edges) {
    const s = boxes.get(e.source);
    const first = layout.edges[e.id]?.points[0];
    if (!s || !first || e.kind === 'catch' || e.source === e.target || graph.byId.get(e.source)?.kind !== 'state') continue;
    if (direction === 'DOWN' ? first.y <= s.y + 0.5 : first.x <= s.x + 0.5) out.push(e.id);
  }
  return out;
}
