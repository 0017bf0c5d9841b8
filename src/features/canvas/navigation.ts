/** Keyboard navigation between states along the graph: forward/back follow transitions, sideways moves between siblings. */
import type { StateGraph } from '../../asl/index.ts';

export function neighbour(graph: StateGraph, from: string | undefined, key: string, direction: 'DOWN' | 'RIGHT'): string | undefined {
  const states = graph.nodes.filter((n) => n.kind === 'state');
  if (!from) return states.find((n) => n.isStart && !n.parentId)?.id ?? states[0]?.id;
  const forward = direction === 'DOWN' ? 'ArrowDown' : 'ArrowRight';
  const back = direction === 'DOWN' ? 'ArrowUp' : 'ArrowLeft';
  const isState = (id: string) => graph.byId.get(id)?.kind === 'state';
  if (key === forward) {
    const out = graph.edges.find((e) => e.source === from && isState(e.target));
    if (out) return out.target;
    // Into a container: its first child state.
    const child = states.find((n) => graph.byId.get(n.parentId ?? '')?.parentId === from && n.isStart);
    return child?.id;
  }
  if (key === back) {
    const inc = graph.edges.find((e) => e.target === from && isState(e.source));
    if (inc) return inc.source;
    const group = graph.byId.get(from)?.parentId;
    return group ? graph.byId.get(group)?.parentId : undefined;
  }
  // Sideways: the other targets of the same predecessor (Choice rules, branches).
  const parent = graph.edges.find((e) => e.target === from && isState(e.source))?.source;
  const siblings = parent
    ? graph.edges.filter((e) => e.source === parent && isState(e.target)).map((e) => e.target)
    : states.filter((n) => n.parentId === graph.byId.get(from)?.parentId).map((n) => n.id);
  const unique = [...new Set(siblings)];
  const i = unique.indexOf(from);
  if (i < 0 || unique.length < 2) return undefined;
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
  return unique[(i + step + unique.length) % unique.length];
}
