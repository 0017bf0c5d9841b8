/**
 * The layout entry point: a nested layered layout of a state graph, top-down or left-right, computed by ELK
 * (loaded lazily) or, above a size threshold, by the pure-TS fast layouter. With `previous`, nodes that already
 * existed stay in place (stability.ts); `pinned` boxes (hand-placed) stay where they were put. Runs the same in Node (tests) and in the layout worker.
 */
import type { StateGraph } from '../asl/graph.ts';
import { composeLayout } from './compose.ts';
import { elkLayout } from './elk.ts';
import { fastLayout } from './fast.ts';
import { defaultNodeSize } from './sizes.ts';
import { spliceInsert } from './splice.ts';
import { spliceAdd } from './spliceAdd.ts';
import { spliceConnect } from './spliceConnect.ts';
import { spliceDelete } from './spliceDelete.ts';
import { spliceMove } from './spliceMove.ts';
import { INCREMENTAL_MAX_NODES, settle, stabilize } from './stability.ts';
import type { FlatLayouter, LayoutOptions, LayoutResult } from './types.ts';

/** Above this many nodes, `auto` uses the fast layouter: ELK took ~1 s at 300 nodes, ~35 s at 1,000 (bench). */
export const DEFAULT_FAST_THRESHOLD = 300;

export function chooseLayouter(graph: StateGraph, opts: Pick<LayoutOptions, 'engine' | 'fastThreshold'>): FlatLayouter {
  const engine = opts.engine ?? 'auto';
  if (engine === 'fast') return fastLayout;
  if (engine === 'elk') return elkLayout;
  return graph.nodes.length > (opts.fastThreshold ?? DEFAULT_FAST_THRESHOLD) ? fastLayout : elkLayout;
}

export async function layoutGraph(graph: StateGraph, opts: LayoutOptions): Promise<LayoutResult> {
  // A state inserted on a transition of a big machine: the previous drawing opened to make room (splice.ts); a
  // state deleted from a chain: its gap left, the edges joined through it (spliceDelete.ts); a transition connected
  // or reconnected: every state kept, the new edges drawn (spliceConnect.ts); a state moved into a group: its gap
  // left, the group grown (spliceMove.ts).
  if (opts.previous && graph.nodes.length > INCREMENTAL_MAX_NODES) {
    const spliced = spliceInsert(graph, opts.previous, opts.direction, opts.sizes ?? defaultNodeSize, opts.pinned) ?? spliceDelete(graph, opts.previous, opts.direction) ?? spliceConnect(graph, opts.previous, opts.direction) ?? spliceMove(graph, opts.previous, opts.direction, opts.sizes ?? defaultNodeSize, opts.pinned) ?? (await spliceAdd(graph, opts.previous, opts.direction, opts.sizes ?? defaultNodeSize, opts.pinned));
    if (spliced) return spliced;
  }
  const layouter = chooseLayouter(graph, opts);
  const fresh = await composeLayout(graph, layouter, { direction: opts.direction, sizes: opts.sizes });
  if (opts.previous) return stabilize(graph, fresh, opts.previous, opts.direction, opts.pinned);
  return opts.pinned ? settle(graph, fresh, { x: 0, y: 0 }, opts.pinned, opts.direction) : fresh;
}
