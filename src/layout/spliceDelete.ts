/**
 * A state deleted from a big machine (over INCREMENTAL_MAX_NODES) whose one transition out went to B: the delete
 * command sends every transition into it to B instead (stateDelete.ts). Nothing moves: the deleted box leaves a
 * gap, and each new edge P → B is drawn as the old P → X route, a connector inside X's old box (empty now), and
 * the old X → B route; a label stays where it was. Linear in the drawing, no layout, no routing. Returns undefined
 * for any other edit, or when a new edge would go against the flow or draw a Catch in the main column: the caller
 * lays the machine out as before (stability.ts).
 */
import type { StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { absolutePositions } from './compose.ts';
import { tidyRoute } from './geometry.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point } from './types.ts';

const inBox = (p: Point, b: Box) => p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;

export function spliceDelete(graph: StateGraph, previous: LayoutResult, direction: Direction): LayoutResult | undefined {
  // The nodes gone: one state X and what it contained.
  const gone = Object.keys(previous.nodes).filter((id) => !graph.byId.has(id));
  const outer = gone.filter((id) => !gone.some((o) => o !== id && id.startsWith(`${o}/`)));
  if (gone.length === 0 || outer.length !== 1) return undefined;
  const X = outer[0] as string;
  if (graph.nodes.some((n) => !own(previous.nodes, n.id))) return undefined;
  // X's one transition out, to B; every other edge gone was into X (or inside it); every new edge replaces one.
  const ids = new Set(graph.edges.map((e) => e.id));
  const goneEdges = Object.keys(previous.edges).filter((id) => !ids.has(id));
  const outs = goneEdges.filter((id) => id.startsWith(`${X}->`));
  if (outs.length !== 1) return undefined;
  const exit = outs[0] as string;
  const B = graph.byId.get(exit.slice(exit.lastIndexOf('->') + 2));
  if (!B) return undefined;
  const fresh = graph.edges.filter((e) => !own(previous.edges, e.id));
  const replaced = new Map<string, string>();
  for (const e of fresh) {
    if (e.target !== B.id || !e.id.endsWith(`->${B.id}`)) return undefined;
    const was = `${e.id.slice(0, e.id.length - B.id.length)}${X}`;
    if (!goneEdges.includes(was)) return undefined;
    replaced.set(e.id, was);
  }
  const used = new Set(replaced.values());
  if (goneEdges.some((id) => id !== exit && !used.has(id) && !id.startsWith(`${X}/`))) return undefined;

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
  const tail = own(previous.edges, exit);
  const b0 = boxOf(B.id);
  if (!tail || !b0 || !inBox(tail.points[0] as Point, xBox)) return undefined;
  const down = direction === 'DOWN';
  const along = (b: Box) => (down ? b.y + b.height / 2 : b.x + b.width / 2);
  const across = (b: Box) => (down ? b.x + b.width / 2 : b.y + b.height / 2);

  const edges: Record<string, EdgeLayout> = dict();
  for (const e of graph.edges) {
    const was = replaced.get(e.id);
    if (!was) {
      edges[e.id] = own(previous.edges, e.id) as EdgeLayout;
      continue;
    }
    const head = own(previous.edges, was);
    const p0 = boxOf(e.source);
    if (!head || !p0 || e.source === B.id || !inBox(head.points[head.points.length - 1] as Point, xBox)) return undefined;
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
