import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store.ts';
import { STATE_TYPE_INFO } from '../canvas/stateTypes.ts';

function getIn(value: unknown, path: (string | number)[]): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** The inspector for the selected state (read-only summary for now; the full forms build on the commands). */
export function Inspector() {
  const { graph, definition, selectedId } = useAppStore(
    useShallow((s) => ({ graph: s.doc.graph, definition: s.doc.definition, selectedId: s.ui.selectedId })),
  );
  const node = selectedId ? graph.byId.get(selectedId) : undefined;
  if (!node) {
    const count = graph.nodes.filter((n) => n.kind === 'state').length;
    return (
      <section className="inspector" aria-label="Inspector">
        <h2>Workflow</h2>
        <p className="muted">{count} states. Select a state on the canvas to inspect it.</p>
        {typeof definition?.Comment === 'string' && <p>{definition.Comment}</p>}
      </section>
    );
  }
  const state = getIn(definition, node.jsonPath);
  const info = node.stateType ? STATE_TYPE_INFO[node.stateType] : undefined;
  return (
    <section className="inspector" aria-label="Inspector">
      <h2>{node.name}</h2>
      <p className="muted">
        {info?.label ?? 'Unknown'} state{info ? ` — ${info.description}` : ''}
      </p>
      <pre className="json-view" aria-label="State definition">
        {JSON.stringify(state, null, 2)}
      </pre>
    </section>
  );
}
