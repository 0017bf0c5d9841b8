/**
 * The ELK layouter for one flat scope: elk.layered, orthogonal routing, model order kept, labels placed by ELK.
 * elkjs (1.46 MB) is loaded on first use with a dynamic import, so it never lands in the initial bundle.
 */
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { dict } from '../asl/own.ts';
import type { EdgeLayout, FlatGraph, FlatLayout, Point } from './types.ts';

let elkPromise: Promise<ELK> | undefined;

type ElkCtor = new () => ELK;

/** Loads elk.bundled.js once. Inside a worker it sets `self.onmessage` to its own dispatcher: we restore ours. */
export function loadElk(): Promise<ELK> {
  elkPromise ??= (async () => {
    const scope = globalThis as { onmessage?: unknown };
    const before = scope.onmessage;
    const mod = (await import('elkjs/lib/elk.bundled.js')) as unknown as { default?: unknown };
    if ('onmessage' in scope) scope.onmessage = before ?? null;
    let ctor: unknown = mod.default ?? mod;
    if (typeof ctor !== 'function') ctor = (ctor as { default?: unknown }).default;
    return new (ctor as ElkCtor)();
  })();
  return elkPromise;
}

export const LAYER_GAP = 48;
export const NODE_GAP = 32;

export function elkOptions(direction: FlatGraph['direction']): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    'elk.spacing.nodeNode': String(NODE_GAP),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
    'elk.spacing.edgeNode': '16',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeNodeBetweenLayers': '16',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.spacing.componentComponent': String(NODE_GAP),
    'elk.edgeLabels.placement': 'CENTER',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  };
}

/** Lays out one scope with ELK. Ids are replaced by short indices (ELK ids must be unique across kinds). */
export async function elkLayout(graph: FlatGraph): Promise<FlatLayout> {
  if (graph.nodes.length === 0) return { positions: {}, edges: {}, width: 0, height: 0 };
  const elk = await loadElk();
  const index = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  // Every edge leaves and enters at a port fixed where the canvas draws its handle (canvas/staticHandles.ts): out of
  // the middle of the out side (a Choice: its rule's or its Default's place, ports.ts), a Catch out of the middle of
  // the side across the flow, into the middle of the in side. A loop (an edge to a state earlier in the model order,
  // which ELK's MODEL_ORDER cycle breaking reverses) so goes out of the bottom and around into the top, as the AWS
  // console draws one. With ports spread by ELK, the canvas slid each route onto its handle and a label ELK had put
  // beside the route was left up to 200 px from the line drawn.
  const catching = new Set(graph.edges.filter((e) => e.side && e.source !== e.target).map((e) => e.source));
  const sideOf = graph.direction === 'DOWN' ? 'EAST' : 'SOUTH';
  const outSide = graph.direction === 'DOWN' ? 'SOUTH' : 'EAST';
  const inSide = graph.direction === 'DOWN' ? 'NORTH' : 'WEST';
  const entered = new Set(graph.edges.filter((e) => e.source !== e.target).map((e) => e.target));
  const edgeIndex = new Map(graph.edges.map((e, i) => [e, i]));
  const down = graph.direction === 'DOWN';
  type N = FlatGraph['nodes'][number];
  const port = (id: string, side: string, at: Point) => ({ id, width: 0, height: 0, ...at, layoutOptions: { 'elk.port.side': side } });
  const onOut = (n: N, f: number): Point => (down ? { x: n.width * f, y: n.height } : { x: n.width, y: n.height * f });
  const inAt = (n: N): Point => (down ? { x: n.width / 2, y: 0 } : { x: 0, y: n.height / 2 });
  const catchAt = (n: N): Point => (down ? { x: n.width, y: n.height / 2 } : { x: n.width / 2, y: n.height });
  const root: ElkNode = {
    id: 'root',
    layoutOptions: elkOptions(graph.direction),
    children: graph.nodes.map((n, i) => {
      const options: Record<string, string> = {};
      if (n.layer) options['elk.layered.layering.layerConstraint'] = n.layer === 'first' ? 'FIRST' : 'LAST';
      const ports = [
        ...(catching.has(n.id) ? [port(`n${i}c`, sideOf, catchAt(n))] : []),
        ...(entered.has(n.id) ? [port(`n${i}i`, inSide, inAt(n))] : []),
        ...graph.edges.filter((e) => e.source === n.id && !e.side && e.target !== e.source).map((e) => port(`p${edgeIndex.get(e)}`, outSide, onOut(n, e.port ?? 0.5))),
      ];
      if (ports.length) options['elk.portConstraints'] = 'FIXED_POS';
      return {
        id: `n${i}`,
        width: n.width,
        height: n.height,
        ...(ports.length ? { ports } : {}),
        ...(Object.keys(options).length ? { layoutOptions: options } : {}),
      };
    }),
    edges: graph.edges.flatMap((e, i): ElkExtendedEdge[] => {
      const s = index.get(e.source);
      const t = index.get(e.target);
      if (!s || !t) return [];
      const labels = e.label ? [{ id: `l${i}`, text: ' ', width: e.label.width, height: e.label.height }] : undefined;
      if (e.source === e.target) return [{ id: `e${i}`, sources: [s], targets: [t], labels }];
      return [{ id: `e${i}`, sources: [e.side ? `${s}c` : `p${i}`], targets: [`${t}i`], labels }];
    }),
  };
  const out = await elk.layout(root);
  const positions: FlatLayout['positions'] = dict();
  (out.children ?? []).forEach((c, i) => {
    const n = graph.nodes[i];
    if (n) positions[n.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  });
  const edges = dict<EdgeLayout>();
  for (const e of (out.edges ?? []) as ElkExtendedEdge[]) {
    const flat = graph.edges[Number(e.id.slice(1))];
    const section = e.sections?.[0];
    if (!flat || !section) continue;
    const points: Point[] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
    const label = e.labels?.[0];
    edges[flat.id] =
      label && label.x !== undefined && label.y !== undefined
        ? { points, labelPos: { x: label.x + (label.width ?? 0) / 2, y: label.y + (label.height ?? 0) / 2 } }
        : { points };
  }
  return { positions, edges, width: out.width ?? 0, height: out.height ?? 0 };
}
