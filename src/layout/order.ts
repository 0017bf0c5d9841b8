/**
 * The order a scope's nodes are handed to the layouter. Both layouters read it as the flow's order: ELK breaks
 * cycles by model order (an edge from a later node to an earlier one is reversed) and the fast layouter treats
 * every edge against it as a back edge. Declaration order in `States` is not the flow's: a state declared early but
 * reached late (a shared error handler, a loop's Wait) was drawn above its predecessors. This is a depth-first
 * reverse postorder from the scope's start, so the only edges against it close a loop (their target reaches their
 * source); successors are visited last-first, so a Choice's rules, then Default, then Catch targets come in their
 * own order. The Start marker comes first, the End marker last.
 */
import type { GraphEdge, GraphNode } from '../asl/graph.ts';

export function flowOrder(members: GraphNode[], edges: GraphEdge[]): GraphNode[] {
  const ids = new Set(members.map((m) => m.id));
  const succ = new Map<string, string[]>();
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target) || e.source === e.target) continue;
    const list = succ.get(e.source);
    if (list) list.push(e.target);
    else succ.set(e.source, [e.target]);
  }
  const byId = new Map(members.map((m) => [m.id, m]));
  const end = members.filter((m) => m.kind === 'end');
  const post: GraphNode[] = [];
  const seen = new Set<string>(end.map((m) => m.id));
  const visit = (root: GraphNode) => {
    if (seen.has(root.id)) return;
    seen.add(root.id);
    // Iterative DFS: each frame walks its successors from the last to the first.
    const stack: { id: string; next: number }[] = [{ id: root.id, next: (succ.get(root.id)?.length ?? 0) - 1 }];
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      if (top.next >= 0) {
        const t = (succ.get(top.id) as string[])[top.next--] as string;
        if (!seen.has(t)) {
          seen.add(t);
          stack.push({ id: t, next: (succ.get(t)?.length ?? 0) - 1 });
        }
        continue;
      }
      stack.pop();
      post.push(byId.get(top.id) as GraphNode);
    }
  };
  const start = members.filter((m) => m.kind === 'start');
  for (const r of [...start, ...members.filter((m) => m.isStart)]) visit(r);
  // States no one reaches: they go before what they lead to (so their edges into the flow go along it too), in
  // declaration order; the whole reverse postorder keeps every edge but a loop's forward.
  for (let i = members.length - 1; i >= 0; i--) visit(members[i] as GraphNode);
  const order = post.reverse().filter((m) => m.kind !== 'start');
  return [...start, ...order, ...end];
}
