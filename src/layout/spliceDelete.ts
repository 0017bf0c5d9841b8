/**
 * A state deleted from a big machine (over INCREMENTAL_MAX_NODES) whose one transition out went to B: the delete
 * command sends every transition into it to B instead (stateDelete.ts). Nothing moves: the deleted box leaves a
 * gap, and each new edge P → B is drawn as the old P → X route, a connector inside X's old box (empty now), and
 * the old X → B route; a label stays where it was. A deleted terminal (a Succeed, a Fail, an End state, a Choice
 * arm that ended) works the same: a Next into it becomes its source's own end (P → End drawn through X's box and
 * X's old edge to End), a Choice rule, Default or Catcher into it goes, and the rules or Catchers after it keep
 * their routes under their new index. Linear in the drawing, no layout, no routing. Returns undefined for any
 * other edit, or when an edge would go against the flow without closing a loop or draw a Catch in the main
 * column: the caller lays the machine out as before (stability.ts).
 */
import { END_ID, type StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { absolutePositions } from './compose.ts';
import { tidyRoute } from './geometry.ts';
import { componentsOf } from './quality.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point } from './types.ts';

const inBox = (p: Point, b: Box) => p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;

export function spliceDelete(graph: StateGraph, previous: LayoutResult, direction: Direction): LayoutResult | undefined {
  // The nodes gone: one state X and what it contained.
  const gone = Object.keys(previous.nodes).filter((id) => !graph.byId.has(id));
  const outer = gone.filter((id) => !gone.some((o) => o !== id && id.startsWith(`${o}/`)));
  if (gone.length === 0 || outer.length !== 1) return undefined;
  const X = outer[0] as string;
  if (graph.nodes.some((n) => !own(previous.nodes, n.id))) return undefined;
  // X's one transition out (to B, or X's own end), if any; every other edge gone was into X (or inside it), or
  // is a Choice rule or Catcher whose index moved down; every new edge replaces one.
  const ids = new Set(graph.edges.map((e) => e.id));
  const goneEdges = Object.keys(previous.edges).filter((id) => !ids.has(id));
  const gone1 = new Set(goneEdges);
  const outs = goneEdges.filter((id) => id.startsWith(`${X}->`));
  if (outs.length > 1) return undefined;
  const exit = outs[0];
  const B = exit === undefined ? undefined : graph.byId.get(exit === `${X}->end` ? END_ID : exit.slice(exit.lastIndexOf('->') + 2));
  if (exit !== undefined && !B) return undefined;
  const fresh = graph.edges.filter((e) => !own(previous.edges, e.id));
  const replaced = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const e of fresh) {
    const was = !B || e.target !== B.id ? undefined : B.id === END_ID ? (e.kind === 'end' ? `${e.source}->next->${X}` : undefined) : `${e.id.slice(0, e.id.length - B.id.length)}${X}`;
    if (was && gone1.has(was)) {
      replaced.set(e.id, was);
      continue;
    }
    const before = (e.kind === 'choice' || e.kind === 'catch') && e.index !== undefined ? `${e.source}->${e.kind}${e.index + 1}->${e.target}` : undefined;
    if (!before || !gone1.has(before)) return undefined;
    renamed.set(e.id, before);
  }
  const used = new Set([...replaced.values(), ...renamed.values()]);
  const dropped = goneEdges.filter((id) => id !== exit && !used.has(id) && !id.startsWith(`${X}/`));
  if (dropped.some((id) => !id.endsWith(`->${X}`))) return undefined;

  const abs = absolutePositions(graph, previous.nodes);
  const boxOf = (id: string): Box | undefined => {
    const p = abs.get(id);
    const b = own(previous.nodes, id);
    return p && b ? { x: p.x, y: p.y, width: b.width, height: b.height } : undefined;
  };
  // X's absolute box, from its ancestors that are still there.
  const xRel = own(previous.nodes, X) as Box;
  const parent = X.includes('/') ? X.slice(0, X.lastIndexOf('/')) : undefined;
  const po = parent ? abs.get(parent) : { x: 0, y: 0 };
  if (!po) return undefined;
  const xBox: Box = { x: po.x + xRel.x, y: po.y + xRel.y, width: xRel.width, height: xRel.height };
  const tail = exit === undefined ? undefined : own(previous.edges, exit);
  const b0 = B ? boxOf(B.id) : undefined;
  if (replaced.size && (!tail || !b0 || !inBox(tail.points[0] as Point, xBox))) return undefined;
  const down = direction === 'DOWN';
  const along = (b: Box) => (down ? b.y + b.height / 2 : b.x + b.width / 2);
  const across = (b: Box) => (down ? b.x + b.width / 2 : b.y + b.height / 2);

  // An edge dropped can open a loop: an edge that went back in it would now go against the flow.
  if (dropped.length) {
    const comp = componentsOf(graph);
    for (const e of graph.edges) {
      const s0 = boxOf(e.source);
      const t0 = boxOf(e.target);
      if (!s0 || !t0 || e.source === e.target || comp.get(e.source) === comp.get(e.target)) continue;
      if (along(t0) < along(s0) - 1 || (e.kind === 'catch' && across(t0) <= across(s0) + 1)) return undefined;
    }
  }

  const edges: Record<string, EdgeLayout> = dict();
  for (const e of graph.edges) {
    const was = replaced.get(e.id);
    if (!was) {
      edges[e.id] = own(previous.edges, renamed.get(e.id) ?? e.id) as EdgeLayout;
      continue;
    }
    const head = own(previous.edges, was);
    const p0 = boxOf(e.source);
    if (!B || !b0 || !tail || !head || !p0 || e.source === B.id || !inBox(head.points[head.points.length - 1] as Point, xBox)) return undefined;
    // Along the flow only (a loop back through X stays a job for the layouter); a Catch still to the side.
    if (along(b0) <= along(p0) + 1 || (e.kind === 'catch' && across(b0) <= across(p0) + 1)) return undefined;
    const end = head.points[head.points.length - 1] as Point;
    const start = tail.points[0] as Point;
    const mid = down ? xBox.y + xBox.height / 2 : xBox.x + xBox.width / 2;
    const link = down ? [{ x: end.x, y: mid }, { x: start.x, y: mid }] : [{ x: mid, y: end.y }, { x: mid, y: start.y }];
    const points = tidyRoute([...head.points, ...link, ...tail.points]);
    edges[e.id] = head.labelPos ? { points, labelPos: head.labelPos } : { points };
  }
  const nodes: Record<string, Box> = dict();
  for (const n of graph.nodes) nodes[n.id] = own(previous.nodes, n.id) as Box;
  return { nodes, edges, width: previous.width, height: previous.height };
}
