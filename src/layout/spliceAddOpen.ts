/**
 * A state added to a big machine (over INCREMENTAL_MAX_NODES) where it cannot sit beside the flow (spliceAdd.ts):
 * inside a Parallel branch or a Map too narrow for it, or added after a state as a Choice (two transitions out,
 * labelled). The drawing opens along the flow as for an insert on a transition (splice.ts): spliceInsert runs on
 * a stand-in graph where N is inserted on one transition A → B of the state it hangs from (its source, the state
 * it follows in `States`, or the state it was added after); everything past the cut moves along the flow by the
 * same room, containers grow, nothing moves across. Then the real edges come back: A → B (when it stays) is the
 * old route stretched, around N when N sits on it; N's own transitions are routed (spliceConnect.ts) and their
 * labels placed clear. Returns undefined when the stand-in insert is refused or a route would break a drawing
 * rule (a state crossed, an edge against the flow that closes no loop, a Catch in the main column), or a
 * hand-placed state would move.
 */
import type { GraphEdge, GraphNode, StateGraph } from '../asl/graph.ts';
import { END_ID } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { absolutePositions } from './compose.ts';
import { polylineCrossesBox, tidyRoute, flipBox, flipEdge } from './geometry.ts';
import { placeLabels } from './labels.ts';
import { componentsOf } from './quality.ts';
import { GROUP_PADDING, edgeLabelSize } from './sizes.ts';
import { newLeafState, spliceInsert } from './splice.ts';
import { labelsClear, laneRoute, nearRoute, onHandle } from './spliceConnect.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point, Size } from './types.ts';

/** Room kept between N and the route that goes around it. */
const CLEAR = 12;

const targetOf = (id: string, target: string, edgeId: string) => `${edgeId.slice(0, edgeId.length - target.length)}${id}`;

export function spliceAddOpen(graph: StateGraph, previous: LayoutResult, direction: Direction, sizeOf: (n: GraphNode) => Size, pinned: Record<string, Point> = {}): LayoutResult | undefined {
  // One new leaf state N, every other node kept; at most one edge gone (A's transition that now goes to N).
  const N = newLeafState(graph, previous);
  if (!N) return undefined;
  const ids = new Set(graph.edges.map((e) => e.id));
  const gone = Object.keys(previous.edges).filter((id) => !ids.has(id));
  const fresh = graph.edges.filter((e) => !own(previous.edges, e.id));
  const into = fresh.filter((e) => e.target === N.id);
  if (gone.length > 1 || into.length > 1 || fresh.length > 5 || fresh.some((e) => e.source === e.target || (e.source !== N.id && e.target !== N.id))) return undefined;
  const scope = N.parentId;
  const right = direction === 'RIGHT';
  // A and the transition A → B that the stand-in insert opens.
  let E: GraphEdge | undefined;
  let A: GraphNode | undefined = into[0] ? graph.byId.get(into[0].source) : undefined;
  if (gone.length === 1) {
    const was = gone[0] as string;
    const real = into[0];
    if (!real || !was.startsWith(`${real.source}->`)) return undefined;
    const target = was === `${real.source}->end` ? END_ID : was.slice(was.lastIndexOf('->') + 2);
    E = { id: was, source: real.source, target, kind: was.endsWith('->end') ? 'end' : real.kind, ...(real.label ? { label: real.label } : {}) } as GraphEdge;
    if (!fresh.some((e) => e.source === N.id && e.target === target)) return undefined;
  } else {
    for (let i = graph.nodes.indexOf(N) - 1; !A && i >= 0; i--) if (graph.nodes[i]?.parentId === scope && graph.nodes[i]?.kind === 'state') A = graph.nodes[i];
    if (!A) return undefined;
    const mine = graph.edges.filter((e) => e.source === A?.id && e.target !== N.id && e.source !== e.target && e.kind !== 'end' && graph.byId.get(e.target)?.parentId === scope && own(previous.edges, e.id));
    E = mine.find((e) => e.kind === 'next') ?? mine.find((e) => e.kind === 'default') ?? mine[0];
  }
  if (!A || A.parentId !== scope) return undefined;
  // A state that ends its branch or Map: a stand-in end X at the bottom of the scope, so that it grows for N.
  let base = previous;
  let X: GraphNode | undefined;
  if (!E) {
    const g = scope ? own(previous.nodes, scope) : undefined;
    const a = own(previous.nodes, A.id);
    const o = scope ? absolutePositions(graph, previous.nodes).get(scope) : undefined;
    if (!g || !a || !o) return undefined;
    X = { id: `${scope}/~append`, kind: 'state', name: '', parentId: scope, jsonPath: [] } as unknown as GraphNode;
    const x: Box = right ? { x: g.width - GROUP_PADDING.right + 1, y: a.y + a.height / 2 - 0.5, width: 0, height: 1 } : { x: a.x + a.width / 2 - 0.5, y: g.height - GROUP_PADDING.bottom + 1, width: 1, height: 0 };
    const from = right ? { x: o.x + a.x + a.width, y: o.y + a.y + a.height / 2 } : { x: o.x + a.x + a.width / 2, y: o.y + a.y + a.height };
    E = { id: `${A.id}->next->${X.id}`, source: A.id, target: X.id, kind: 'next' } as GraphEdge;
    base = { ...previous, nodes: { ...previous.nodes, [X.id]: x }, edges: { ...previous.edges, [E.id]: { points: [from, right ? { x: o.x + x.x, y: from.y } : { x: from.x, y: o.y + x.y }] } } };
  }
  const B = E.target;

  // The stand-in: N inserted on A → B (its one way in from A, its one way out to B, unlabelled).
  const fakeInto = { ...E, id: into[0] && gone.length === 1 ? into[0].id : targetOf(N.id, B, E.id), target: N.id, ...(into[0]?.kind === 'catch' && into[0].source === A.id ? { kind: 'catch' as const } : {}) };
  const fakeOut = (B === END_ID ? { id: `${N.id}->end`, source: N.id, target: B, kind: 'end' } : { id: `${N.id}->next->${B}`, source: N.id, target: B, kind: 'next' }) as GraphEdge;
  const standEdges = graph.edges.filter((e) => e.id !== E?.id && e.source !== N.id && e.target !== N.id);
  standEdges.push(fakeInto, fakeOut);
  const stand: StateGraph = X ? { nodes: [...graph.nodes, X], edges: standEdges, byId: new Map([...graph.byId, [X.id, X]]) } : { ...graph, edges: standEdges };
  // Room for the labels of N's transitions out between N and what follows it.
  const size = sizeOf(N);
  let extra = 0;
  for (const e of fresh) if (e.source === N.id && e.label) extra += (right ? edgeLabelSize(e.label).width : edgeLabelSize(e.label).height) + 8;
  const opened = spliceInsert(stand, base, direction, (n) => (n.id !== N?.id || !extra ? sizeOf(n) : right ? { width: size.width + extra, height: size.height } : { width: size.width, height: size.height + extra }), pinned);
  if (!opened) return undefined;

  // Drawn down from here; absolute boxes of the opened drawing.
  const absNow = absolutePositions(graph, opened.nodes);
  const absWas = absolutePositions(graph, previous.nodes);
  const boxes = new Map<string, Box>();
  for (const n of graph.nodes) {
    const p = absNow.get(n.id) as Point;
    const b = own(opened.nodes, n.id) as Box;
    boxes.set(n.id, right ? flipBox({ x: p.x, y: p.y, width: b.width, height: b.height }) : { x: p.x, y: p.y, width: b.width, height: b.height });
  }
  const nRel = own(opened.nodes, N.id) as Box;
  opened.nodes[N.id] = { ...nRel, width: size.width, height: size.height };
  const nAbs = absNow.get(N.id) as Point;
  boxes.set(N.id, right ? flipBox({ ...nAbs, ...size }) : { ...nAbs, ...size });
  const boxOf = (id: string) => boxes.get(id) as Box;
  const nb = boxOf(N.id);
  const down = (e: EdgeLayout | undefined) => (e && right ? flipEdge(e) : e);
  const routes = new Map<string, EdgeLayout>();

  // What a route in N's scope must not cross, and stay inside.
  const siblings: [string, Box][] = graph.nodes.filter((n) => n.parentId === scope).map((n) => [n.id, boxOf(n.id)]);
  const group = scope ? boxOf(scope) : undefined;
  const inner = group ? { x: group.x + GROUP_PADDING.left / 2, right: group.x + group.width - GROUP_PADDING.right / 2 } : { x: -Infinity, right: Infinity };
  const clear = (points: Point[], ends: Set<string>) => {
    for (const p of points) if (p.x < inner.x || p.x > inner.right) return false;
    return siblings.every(([id, b]) => ends.has(id) || !polylineCrossesBox(points, b));
  };
  // A → B again, when it stays: the old route stretched as the drawing opened, around N when N stands on it.
  if (ids.has(E.id)) {
    const R = down(own(previous.edges, E.id));
    const fakeIn = down(own(opened.edges, fakeInto.id));
    const fakeTail = down(own(opened.edges, fakeOut.id));
    if (!R || !fakeIn || !fakeTail) return undefined;
    // The stand-in's edges are the old route cut in two (head kept, tail moved along): its points, found back.
    const bWas = absWas.get(B) as Point;
    const bNow = absNow.get(B) as Point;
    const by = right ? bNow.x - bWas.x : bNow.y - bWas.y;
    const inSet = new Set(fakeIn.points.map(keyOf));
    const outSet = new Set(fakeTail.points.map(keyOf));
    let k = 0;
    while (k < R.points.length - 1 && inSet.has(keyOf(R.points[k] as Point))) k++;
    const head = R.points.slice(0, k);
    const tail = R.points.slice(k).map((p) => ({ x: p.x, y: p.y + by })).filter((p) => outSet.has(keyOf(p)));
    const last = head[head.length - 1];
    const first = tail[0];
    if (!last || !first || Math.abs(last.x - first.x) > 0.01 || last.y >= nb.y || first.y < nb.y + nb.height) return undefined;
    const xc = last.x;
    let points: Point[] | undefined = tidyRoute([...head, ...tail]);
    if (xc > nb.x - CLEAR && xc < nb.x + nb.width + CLEAR) {
      // Around N, on the nearer side first.
      const yIn = Math.max(last.y, nb.y - CLEAR);
      const yOut = Math.min(first.y, nb.y + nb.height + CLEAR);
      // In a narrow branch the way round runs in the group's padding, at least 4 px from N and from the border.
      const rightX = Math.min(nb.x + nb.width + CLEAR, group ? group.x + group.width - 4 : Infinity);
      const leftX = Math.max(nb.x - CLEAR, group ? group.x + 4 : -Infinity);
      const sides = (xc >= nb.x + nb.width / 2 ? [rightX, leftX] : [leftX, rightX]).filter((x) => x >= nb.x + nb.width + 4 || x <= nb.x - 4);
      const around = (x: number) => tidyRoute([...head, { x: xc, y: yIn }, { x, y: yIn }, { x, y: yOut }, { x: xc, y: yOut }, ...tail]);
      points = sides.map(around).find((p) => siblings.every(([id, b]) => id === E?.source || id === B || !polylineCrossesBox(p, b)));
      if (!points) return undefined;
    }
    routes.set(E.id, R.labelPos ? { points, labelPos: R.labelPos } : { points });
  }

  // N's transitions: the stand-in's where they are the same edge, else routed around N's neighbours.
  const kept: EdgeLayout[] = [];
  for (const e of graph.edges) {
    const r = down(own(opened.edges, e.id) ?? routes.get(e.id));
    if (r && graph.byId.get(e.source)?.parentId === scope) kept.push(r);
  }
  for (const e of fresh) {
    const same = e.id === fakeInto.id ? fakeInto : e.id === fakeOut.id ? fakeOut : undefined;
    const r = same && same.kind === e.kind ? down(own(opened.edges, e.id)) : undefined;
    if (r) {
      routes.set(e.id, { points: e.source === N.id ? tidyRoute([{ x: nb.x + nb.width / 2, y: nb.y + nb.height }, ...r.points]) : r.points });
      continue;
    }
    const ends = new Set([e.source, e.target]);
    const points = nearRoute(e, boxOf(e.source), boxOf(e.target), siblings, ends, clear) ?? laneRoute(e, boxOf(e.source), boxOf(e.target), siblings, kept, [], ends, clear);
    if (!points) return undefined;
    routes.set(e.id, { points: onHandle(graph, e, points, boxOf(e.source), ends, clear) });
  }
  for (const [id, r] of routes) if (id !== E.id && !clear(r.points, new Set(graph.edges.filter((e) => e.id === id).flatMap((e) => [e.source, e.target])))) return undefined;

  // The rules that depend on N's place: its transitions along the flow unless they close a loop, a Catch aside.
  const comp = componentsOf(graph);
  const mid = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  for (const e of fresh) {
    if (comp.get(e.source) === comp.get(e.target)) continue;
    const s = mid(boxOf(e.source));
    const t = mid(boxOf(e.target));
    if (t.y < s.y - 1 || (e.kind === 'catch' && t.x <= s.x + 1)) return undefined;
  }

  const edges: Record<string, EdgeLayout> = dict();
  for (const e of graph.edges) {
    const r = routes.get(e.id);
    edges[e.id] = r ? (right ? flipEdge(r) : r) : (own(opened.edges, e.id) as EdgeLayout);
    if (!edges[e.id]) return undefined;
  }
  const real = new Map<string, Box>();
  for (const [id, b] of boxes) real.set(id, right ? flipBox(b) : b);
  const labelled = new Set(fresh.filter((e) => e.label).map((e) => e.id));
  if (labelled.size) {
    placeLabels(graph, edges, labelled, real);
    if (!labelsClear(graph, edges, labelled, real)) return undefined;
  }
  const nodes: Record<string, Box> = dict();
  for (const n of graph.nodes) nodes[n.id] = own(opened.nodes, n.id) as Box;
  let far = 0;
  for (const r of routes.values()) for (const p of r.points) far = Math.max(far, p.x + CLEAR);
  return right ? { ...opened, nodes, edges, height: Math.max(opened.height, far) } : { ...opened, nodes, edges, width: Math.max(opened.width, far) };
}

const keyOf = (p: Point) => `${Math.round(p.x * 100)},${Math.round(p.y * 100)}`;
