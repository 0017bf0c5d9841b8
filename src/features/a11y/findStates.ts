/**
 * "Go to state": the states of a machine whose name matches a query, best first — the name itself, then names
 * that start with it, then a word that starts with it, then anywhere in the name (case-insensitive; ties keep the
 * graph's order). Each hit says where the state is (inside which Parallel branch or Map). Pure.
 */
import type { GraphNode, StateGraph } from '../../asl/graph.ts';
import { matchRank } from './matchRank.ts';

export interface StateHit {
  id: string;
  name: string;
  type: string | undefined;
  /** Where it is: "" at the top level, else e.g. "in Fan out › Branch 2". */
  where: string;
}

function whereOf(graph: StateGraph, node: GraphNode): string {
  const parts: string[] = [];
  for (let p = node.parentId ? graph.byId.get(node.parentId) : undefined; p; p = p.parentId ? graph.byId.get(p.parentId) : undefined) {
    parts.unshift(p.name);
  }
  return parts.length ? `in ${parts.join(' › ')}` : '';
}

export function findStates(graph: StateGraph, query: string, limit = 50): { hits: StateHit[]; total: number } {
  const ranked: { node: GraphNode; rank: number; order: number }[] = [];
  graph.nodes.forEach((node, order) => {
    if (node.kind !== 'state') return;
    const r = matchRank(node.name, query);
    if (r >= 0) ranked.push({ node, rank: r, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return {
    total: ranked.length,
    hits: ranked.slice(0, limit).map(({ node }) => ({ id: node.id, name: node.name, type: node.stateType, where: whereOf(graph, node) })),
  };
}
