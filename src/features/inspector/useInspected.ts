/** The selected state as the inspector forms see it: its object, query language, siblings and problems. */
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Diagnostic, QueryLanguage, StateMachineDefinition, StateType } from '../../asl/types.ts';
import { isObj } from '../../commands/immutable.ts';
import { languageOf } from '../../commands/skeletons.ts';
import { getIn } from '../../commands/immutable.ts';
import { splitStateId } from '../../commands/stateScopes.ts';
import { useAppStore } from '../../store/store.ts';
import type { JsonPathSegments } from '../../asl/types.ts';

export interface Sibling {
  id: string;
  name: string;
}

export interface InspectedState {
  id: string;
  name: string;
  type: StateType | undefined;
  /** The graph id of the Parallel branch or Map processor holding it (undefined at the top level). */
  parentId: string | undefined;
  state: Record<string, unknown>;
  /** The effective query language: the state's, else the machine's, else JSONPath. */
  lang: QueryLanguage;
  /** The states of the same scope (possible targets of Next, Default, rules and catchers), this one included. */
  siblings: Sibling[];
  def: StateMachineDefinition;
  /** Diagnostics of this state (not of states nested in it), with paths relative to the state. */
  problems: Diagnostic[];
}

/** The message of the first problem at (or under) `path` inside the state. */
export function problemAt(problems: readonly Diagnostic[], path: JsonPathSegments): string | undefined {
  const hit = problems.find((d) => path.length > 0 && path.every((seg, i) => d.path[i] === seg));
  return hit?.message;
}

/** Above this many graph nodes the form is rendered after the change is painted elsewhere. */
const DEFER_ABOVE_NODES = 300;

export function useInspected(): InspectedState | undefined {
  const live = useAppStore(
    useShallow((s) => ({ definition: s.doc.definition, graph: s.doc.graph, selectedId: s.ui.selectedId, diagnostics: s.doc.diagnostics })),
  );
  // In a big machine the form follows in a lower-priority render (as the canvas does), after the editor has painted
  // the change: its state-name selects list every sibling.
  const deferred = useDeferredValue(live);
  const { definition, graph, selectedId, diagnostics } = live.graph.nodes.length > DEFER_ABOVE_NODES ? deferred : live;
  // The store validates every parse (the validator loads lazily, see src/store/loadValidator.ts).
  const all = diagnostics;
  return useMemo(() => {
    const node = selectedId ? graph.byId.get(selectedId) : undefined;
    if (!node || node.kind !== 'state' || !definition) return undefined;
    const state = getIn(definition, node.jsonPath);
    if (!isObj(state)) return undefined;
    const siblings = graph.nodes
      .filter((n) => n.kind === 'state' && n.parentId === node.parentId)
      .map((n) => ({ id: n.id, name: n.name }));
    const base = node.jsonPath;
    const problems = all
      .filter((d) => d.path.length >= base.length && base.every((seg, i) => d.path[i] === seg))
      .map((d) => ({ ...d, path: d.path.slice(base.length) }))
      .filter((d) => !d.path.includes('States'));
    return {
      id: node.id,
      name: splitStateId(node.id).name,
      type: node.stateType,
      parentId: node.parentId,
      state,
      lang: languageOf(definition, state),
      siblings,
      def: definition,
      problems,
    };
  }, [definition, graph, selectedId, all]);
}
