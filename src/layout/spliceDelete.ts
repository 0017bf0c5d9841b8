/**
 * A state deleted from a big machine (over INCREMENTAL_MAX_NODES) whose one transition out went to B (Catch
 * handlers aside): the delete command sends every transition into it to B instead (stateDelete.ts). Nothing moves: the deleted box leaves a
 * gap, and each new edge P → B is drawn as the old P → X route, a connector inside X's old box (empty now), and
 * the old X → B route; a label stays where it was. A deleted terminal (a Succeed, a Fail, an End state, a Choice
 * arm that ended) works the same: a Next into it becomes its source's own end (P → End drawn through X's box and
 * X's old edge to End), a Choice rule, Default or Catcher into it goes, and the rules or Catchers after it keep
 * their routes under their new index. A state with several successors (a Choice) or none works the same way too:
 * its transitions out go, and a predecessor's Next into it, now that predecessor's own end, is drawn into X's
 * gap and on to End down a lane past everything beside the run (spliceConnect.ts). A Parallel or Map goes with
 * its content, a Catch handler of X is only left. Linear in the drawing, no layout. Returns undefined for any
 * other edit, or when an edge would go against the flow without closing a loop or draw a Catch in the main
 * column: the caller lays the machine out as before (stability.ts).
 */
import { END_ID, type StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { absolutePositions } from './compose.ts';
import { polylineCrossesBox, tidyRoute } from './geometry.ts';
import { componentsOf, labelBoxOf } from './quality.ts';
import { edgeLabelSize } from './sizes.ts';
import { laneRoute } from './spliceConnect.ts';
import { flip, flipBox } from './geometry.ts';
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
  // X's transitions out: to one state B (or its own end), the delete command sends X's predecessors there; to
  // several (a Choice), or none, their Next becomes their own end and the rest goes (stateDelete.ts).
  const outs = goneEdges.filter((id) => id.startsWith(`${X}->`));
  const targetOf = (id: string) => (id === `${X}->end` ? END_ID : id.slice(id.lastIndexOf('->') + 2));
  // Its successors as the command counts them: not its Catch handlers; an end state's own end edge.
  const steps = outs.filter((id) => !id.startsWith(`${X}->catch`) && id !== `${X}->end`);
  const targets = new Set(steps.map(targetOf));
  const exit = targets.size === 1 ? (steps.find((id) => id.startsWith(`${X}->next->`)) ?? steps[0]) : targets.size === 0 && outs.includes(`${X}->end`) ? `${X}->end` : undefined;
  const B = exit === undefined ? undefined : graph.byId.get(targetOf(exit));
  if (exit !== undefined && !B) return undefined;
  const fresh = graph.edges.filter((e) => !own(previous.edges, e.id));
  const replaced = new Map<string, string>();
  const renamed = new Map<string, string>();
  // With no single successor, a predecessor's Next into X now ends it: P → End, drawn to X's gap and on to End.
  const ended = new Map<string, string>();
  for (const e of fresh) {
    if (!B && e.kind === 'end' && gone1.has(`${e.source}->next->${X}`)) {
      ended.set(e.id, `${e.source}->next->${X}`);
      continue;
    }
    const was = !B || e.target !== B.id ? undefined : B.id === END_ID ? (e.kind === 'end' ? `${e.source}->next->${X}` : undefined) : `${e.id.slice(0, e.id.length - B.id.length)}${X}`;
    if (was && gone1.has(was)) {
      replaced.set(e.id, was);
      continue;
    }
    const before = (e.kind === 'choice' || e.kind === 'catch') && e.index !== undefined ? `${e.source}->${e.kind}${e.index + 1}->${e.target}` : undefined;
    if (!before || !gone1.has(before)) return undefined;
    renamed.set(e.id, before);
  }
  const used = new Set([...replaced.values(), ...renamed.values(), ...ended.values()]);
  const dropped = goneEdges.filter((id) => id !== exit && !used.has(id) && !id.startsWith(`${X}/`));
  if (dropped.some((id) => !id.endsWith(`->${X}`) && !id.startsWith(`${X}->`))) return undefined;

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
  let far = -Infinity;
  if (ended.size) {
    const lane = laneToEnd(graph, previous, direction, xBox, boxOf);
    if (!lane) return undefined;
    for (const [id, was] of ended) {
      const head = own(previous.edges, was);
      const e = graph.edges.find((x) => x.id === id);
      const p0 = e ? boxOf(e.source) : undefined;
      const endBox = boxOf(END_ID);
      if (!head || !p0 || !endBox || !inBox(head.points[head.points.length - 1] as Point, xBox) || along(endBox) <= along(p0) + 1) return undefined;
      // Into X's gap, across it to the middle of its far side, then the lane on to End.
      const end = head.points[head.points.length - 1] as Point;
      const start = lane[0] as Point;
      const mid = down ? xBox.y + xBox.height / 2 : xBox.x + xBox.width / 2;
      const link = down ? [{ x: end.x, y: mid }, { x: start.x, y: mid }] : [{ x: mid, y: end.y }, { x: mid, y: start.y }];
      edges[id] = { points: tidyRoute([...head.points, ...link, ...lane]) };
    }
    for (const p of lane) far = Math.max(far, down ? p.x : p.y);
  }
  const nodes: Record<string, Box> = dict();
  for (const n of graph.nodes) nodes[n.id] = own(previous.nodes, n.id) as Box;
  return down ? { nodes, edges, width: Math.max(previous.width, far + 16), height: previous.height } : { nodes, edges, width: previous.width, height: Math.max(previous.height, far + 16) };
}

/**
 * The route from a deleted top-level state's gap to the End marker (its predecessors now end there), down a lane
 * past the boxes, routes and labels beside the run (spliceConnect.ts), clear of every state; undefined if none.
 */
function laneToEnd(graph: StateGraph, previous: LayoutResult, direction: Direction, xBox: Box, boxOf: (id: string) => Box | undefined): Point[] | undefined {
  const right = direction === 'RIGHT';
  const B = (b: Box) => (right ? flipBox(b) : b);
  const siblings: [string, Box][] = [];
  for (const n of graph.nodes) if (!n.parentId) siblings.push([n.id, B(boxOf(n.id) as Box)]);
  const kept: EdgeLayout[] = [];
  const keptLabels: Box[] = [];
  for (const e of graph.edges) {
    const r = own(previous.edges, e.id);
    if (!r || graph.byId.get(e.source)?.parentId) continue;
    kept.push(right ? { points: r.points.map(flip) } : r);
    if (e.label && r.labelPos) {
      const s = edgeLabelSize(e.label);
      keptLabels.push(B(labelBoxOf(r.labelPos, s)));
    }
  }
  const endBox = boxOf(END_ID);
  if (!endBox) return undefined;
  const ends = new Set([END_ID]);
  const clear = (points: Point[], skip: Set<string>) => siblings.every(([id, b]) => skip.has(id) || !polylineCrossesBox(points, b));
  const points = laneRoute({ kind: 'end' }, B(xBox), B(endBox), siblings, kept, keptLabels, ends, clear);
  return points && (right ? points.map(flip) : points);
}
