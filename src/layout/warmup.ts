/**
 * Warming the layout worker's JIT: the first big machine otherwise meets the fast layouter (and the pack/unpack of
 * the protocol) cold, ~0.3–0.6 s of worker CPU more at 5,000 states. Once the worker has answered its first
 * request (the start-up document, laid out by ELK), it lays out a generated 200-state machine through the same
 * path — fromPortableGraph, the fast layouter, packLayout — and drops the result. Off the main thread; tens of ms.
 */
import { generateRealisticMachine } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { layoutGraph } from './layoutGraph.ts';
import { fromPortableGraph, packLayout, toPortableGraph } from './protocol.ts';

export const WARM_UP_STATES = 200;

/** Lay out a throwaway machine with the fast layouter; resolves with the number of nodes laid out. */
export async function warmUpLayout(states = WARM_UP_STATES): Promise<number> {
  const graph = fromPortableGraph(toPortableGraph(toGraph(generateRealisticMachine(states, 1) as unknown as StateMachineDefinition)));
  const result = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
  packLayout(result);
  return Object.keys(result.nodes).length;
}
