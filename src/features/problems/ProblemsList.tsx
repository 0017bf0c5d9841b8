import { useShallow } from 'zustand/react/shallow';
import { stateIdAtJsonPath } from '../../asl/graph.ts';
import { useAppStore } from '../../store/store.ts';

/** Syntax errors and validation diagnostics, each clickable to select the state it concerns. */
export function ProblemsList() {
  const { syntaxErrors, diagnostics, stale, graph } = useAppStore(
    useShallow((s) => ({ syntaxErrors: s.doc.syntaxErrors, diagnostics: s.doc.diagnostics, stale: s.doc.stale, graph: s.doc.graph })),
  );
  const select = useAppStore((s) => s.select);
  const list = stale ? syntaxErrors : diagnostics;
  return (
    <section className="problems" aria-label="Problems">
      <h2>
        Problems <span className="count">{list.length}</span>
      </h2>
      {list.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        <ul>
          {list.map((d, i) => {
            const id = stateIdAtJsonPath(graph, d.path);
            return (
              <li key={`${d.code}-${i}`} className={`problem problem-${d.severity}`}>
                <button type="button" onClick={() => select(id)} disabled={!id && !d.range}>
                  <span className="problem-severity">{d.severity}</span>
                  <span className="problem-message">{d.message}</span>
                  {d.range && (
                    <span className="problem-pos">
                      {d.range.line}:{d.range.column}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
