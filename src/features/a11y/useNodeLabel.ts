/**
 * The accessible name of a canvas node. React Flow focuses its own wrapper element (`.react-flow__node`, role
 * group), so the name goes there: set from inside the node component, as the wrapper's `ariaLabel` would be from the
 * node list (which would re-render every node on each simulation step).
 */
import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../store/store.ts';
import { describeState, outgoingTransitions, type StateDescription } from './describe.ts';

/** Joined: a new graph with the same transitions for this node gives an equal string, and no re-render. */
const SEP = '\u0000';

export function useNodeLabel<T extends HTMLElement>(id: string, d: Omit<StateDescription, 'transitions'>) {
  const ref = useRef<T>(null);
  const joined = useAppStore((s) => (s.doc.graph.byId.has(id) ? outgoingTransitions(s.doc.graph, id).join(SEP) : ''));
  const label = describeState({ ...d, transitions: joined === '' ? [] : joined.split(SEP) });
  useLayoutEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__node');
    wrapper?.setAttribute('aria-label', label);
  }, [label]);
  return ref;
}
