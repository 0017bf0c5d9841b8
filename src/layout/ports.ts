/**
 * Where an edge leaves its source along the source's out side (bottom when drawn down, right when drawn right), as
 * a fraction of that side: the canvas draws a handle there (features/canvas/staticHandles.ts reads the same rule),
 * and the layouters start the route there, so that an edge's label, placed beside its route, stays beside the line
 * the canvas draws. A Choice has, in order, the handle that adds a rule, one per rule, and Default; every other
 * state has one out handle in the middle.
 */
import type { GraphEdge, GraphNode } from '../asl/graph.ts';
import type { Box, Point } from './types.ts';

/** The fraction along the out side of a Choice's `slot`-th handle (0: add a rule, 1..n: the rules, n + 1: Default). */
export function choiceSlotFraction(slot: number, ruleCount: number): number {
  return (slot + 1) / (ruleCount + 3);
}

/** The fraction along its source's out side an edge leaves from; undefined for the middle (one out handle). */
export function outPort(source: GraphNode | undefined, edge: Pick<GraphEdge, 'kind' | 'index'>): number | undefined {
  if (source?.stateType !== 'Choice') return undefined;
  const n = source.ruleCount ?? 0;
  if (edge.kind === 'choice') return choiceSlotFraction((edge.index ?? 0) + 1, n);
  if (edge.kind === 'default') return choiceSlotFraction(n + 1, n);
  return undefined;
}

/** How far before its target a route that left from a port off the middle joins the target's middle. */
const JOIN = 12;
/** How far below its source a route from a port turns towards its target (ELK's edge-node spacing). */
const TURN = 16;

/**
 * A route routed from the middle of its source's out side (route.ts), moved to leave from `port` (a fraction of
 * that side), as the canvas would draw it, best first: into a target ahead, a turn just past the source and then
 * straight down into the target's middle (so that a Choice's rules fan out at once, each label beside its own
 * line, as a fresh layout draws them); else the first segment slid across (the second, at right angles, only
 * changes length), a straight route getting a bend just before the target. In drawn-down coordinates (callers
 * flip a drawing to the right); callers take the first that crosses nothing. Empty when the route does not leave
 * straight out of the out side.
 */
export function fromPort(points: Point[], source: Box, port: number, target?: Box): Point[][] {
  const [a, b] = points;
  const end = points[points.length - 1];
  const bottom = source.y + source.height;
  if (!a || !b || !end || Math.abs(a.y - bottom) > 0.5 || Math.abs(a.x - b.x) > 0.5 || b.y <= a.y) return [];
  const x = source.x + source.width * port;
  const out: Point[][] = [];
  if (target && Math.abs(end.y - target.y) < 0.5 && target.y - bottom >= 2 * TURN) {
    const tx = target.x + target.width / 2;
    out.push(Math.abs(tx - x) < 0.5 ? [{ x, y: a.y }, { x, y: target.y }] : [{ x, y: a.y }, { x, y: a.y + TURN }, { x: tx, y: a.y + TURN }, { x: tx, y: target.y }]);
  }
  if (points.length > 2) out.push([{ x, y: a.y }, { x, y: b.y }, ...points.slice(2)]);
  else if (Math.abs(x - a.x) < 0.5) out.push(points);
  else {
    const join = b.y - Math.min(JOIN, (b.y - a.y) / 3);
    out.push([{ x, y: a.y }, { x, y: join }, { x: b.x, y: join }, b]);
  }
  return out;
}
