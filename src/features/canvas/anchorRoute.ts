/**
 * A routed edge, drawn from the handle it belongs to. The layouters spread a node's outgoing edges along its side
 * on their own (ELK puts two edges of a Choice at a third and two thirds of its width) and bring incoming edges in
 * side by side, while the canvas draws handles at fixed places (handles.tsx): the rule handles of a Choice, the
 * Next handle in the middle, the in handle in the middle of the top. Left alone, an edge starts between handles and
 * its arrow ends beside the in handle. Here the route's end segments slide onto the handles: the first and the
 * last segment keep their direction and only move across it, so an orthogonal route stays orthogonal; a route too
 * short for that gets a dogleg half way.
 */
import { Position } from '@xyflow/react';

export interface Pt {
  x: number;
  y: number;
}

const EPS = 0.5;

/** Whether a handle on this side leaves or enters along the y axis (top and bottom handles). */
const vertical = (p: Position) => p === Position.Top || p === Position.Bottom;

/** Move the route's first segment onto the handle at `handle` on side `side`. */
function anchorStart(points: Pt[], handle: Pt, side: Position): Pt[] {
  const [a, b] = points as [Pt, Pt];
  const along = vertical(side) ? 'x' : 'y';
  const across = along === 'x' ? 'y' : 'x';
  if (Math.abs(a[along] - handle[along]) <= EPS) return points;
  // Only along the side: the route keeps touching the node's border where the layouter ended it (React Flow's handle
  // point lies half a handle outside it, and an arrow ending there would stop short of the node).
  const to = { ...a, [along]: handle[along] } as Pt;
  const firstAlong = Math.abs(a[along] - b[along]) <= EPS; // the first segment runs out of the side
  if (firstAlong && points.length >= 3) {
    // Slide the first segment across: the second segment (at right angles) only changes its length.
    return [{ ...to }, { ...b, [along]: to[along] }, ...points.slice(2)];
  }
  // A straight two-point route, or one that leaves along the side: a dogleg half way to the next point.
  const mid = (to[across] + b[across]) / 2;
  return [{ ...to }, { ...to, [across]: mid } as Pt, { ...b, [across]: mid } as Pt, ...points.slice(1)];
}

/** The route drawn from the source handle at `source` to the target handle at `target`. */
export function anchorRoute(points: readonly Pt[], source: Pt, sourceSide: Position, target: Pt, targetSide: Position): Pt[] {
  if (points.length < 2) return [...points];
  const start = anchorStart([...points], source, sourceSide);
  return anchorStart(start.reverse(), target, targetSide).reverse();
}

/**
 * The route pulled back by `by` along its last segment, when that segment is long enough: the arrow then ends at the
 * edge of the target's in handle (a dot centred on the border) instead of under it, where the dot hid most of it.
 */
export function stopShort(points: readonly Pt[], by: number): Pt[] {
  if (points.length < 2) return [...points];
  const end = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const length = Math.hypot(end.x - before.x, end.y - before.y);
  if (length < by * 2) return [...points];
  const k = (length - by) / length;
  return [...points.slice(0, -1), { x: before.x + (end.x - before.x) * k, y: before.y + (end.y - before.y) * k }];
}
