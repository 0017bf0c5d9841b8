/**
 * The accessible name of a canvas node. React Flow focuses its own wrapper element (`.react-flow__node`, role
 * group), so the name goes there: set from inside the node component, as the wrapper's `ariaLabel` would be from the
 * node list (which would re-render every node on each simulation step).
 */
import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../store/store.ts';
import { describeState, outgoingTransitions, type StateDescription } from './describe.ts';

const NO_TRANSITIONS: readonly string[] = [];

export function useNodeLabel<T extends HTMLElement>(id: string, d: Omit<StateDescription, 'transitions'>) {
  const ref = useRef<T>(null);
  const transitions = useAppStore((s) => (s.doc.graph.byId.has(id) ? outgoingTransitions(s.doc.graph, id) : NO_TRANSITIONS));
  const label = describeState({ ...d, transitions: [...transitions] });
  useLayoutEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__node');
    wrapper?.setAttribute('aria-label', label);
  }, [label]);
  return ref;
}
