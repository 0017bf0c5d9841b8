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

/**
 * A route routed from the middle of its source's out side (route.ts), moved to leave from `port` (a fraction of
 * that side), as the canvas would draw it: the first segment slides across (the second, at right angles, only
 * changes length); a straight route into a target ahead gets a bend just before the target, so that parallel edges
 * (two rules of a Choice into one state) run as separate lines until there. In drawn-down coordinates (callers
 * flip a drawing to the right). Undefined when the route does not leave straight out of the out side.
 */
export function fromPort(points: Point[], source: Box, port: number): Point[] | undefined {
  const [a, b] = points;
  const bottom = source.y + source.height;
  if (!a || !b || Math.abs(a.y - bottom) > 0.5 || Math.abs(a.x - b.x) > 0.5 || b.y <= a.y) return undefined;
  const x = source.x + source.width * port;
  if (points.length > 2) return [{ x, y: a.y }, { x, y: b.y }, ...points.slice(2)];
  if (Math.abs(x - a.x) < 0.5) return points;
  const join = b.y - Math.min(JOIN, (b.y - a.y) / 3);
  return [{ x, y: a.y }, { x, y: join }, { x: b.x, y: join }, b];
}
