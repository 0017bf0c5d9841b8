/**
 * The state runs of the execution (start and duration on the virtual clock), narrowed to one Map iteration (an
 * iteration picker) or one Parallel branch (branch tabs). Choosing a run shows it in the data-flow view.
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/store.ts';
import { stateIds } from '../../asl/ids.ts';
import { runStatus } from './runView.ts';
import { useSession } from './session.ts';
import { VirtualRows } from './VirtualRows.tsx';

interface Container {
  path: string;
  kind: 'Map' | 'Parallel';
  indices: number[];
}

/** Containers (Map/Parallel paths) seen in the runs' threads, with their iteration or branch indices. */
function containersOf(threads: Iterable<string>, kindOf: (path: string) => string | undefined): Container[] {
  const byPath = new Map<string, Set<number>>();
  for (const t of threads) {
    const m = /^(.*)\/(\d+)$/.exec(t);
    if (!m) continue;
    const set = byPath.get(m[1] as string) ?? new Set<number>();
    set.add(Number(m[2]));
    byPath.set(m[1] as string, set);
  }
  const out: Container[] = [];
  for (const [path, set] of byPath) {
    const kind = kindOf(path);
    if (kind === 'Map' || kind === 'Parallel') out.push({ path, kind, indices: [...set].sort((a, b) => a - b) });
  }
  return out;
}

export function ScopePicker({ value, onChange }: { value: string; onChange: (thread: string) => void }) {
  const runs = useSession((s) => s.runs);
  const definition = useAppStore((s) => s.doc.definition);
  const graph = useAppStore((s) => s.doc.graph);
  const containers = useMemo(() => {
    const threads = new Set(runs.map((r) => r.thread));
    const ids = stateIds(definition);
    return containersOf(threads, (p) => {
      const id = ids.ofPath(p);
      return id ? graph.byId.get(id)?.stateType : undefined;
    });
  }, [runs, definition, graph]);
  const current = containers.find((c) => value.startsWith(`${c.path}/`));
  const index = current ? Number(value.slice(current.path.length + 1)) : 0;
  return (
    <div className="sim-buttons">
      <label>
        Scope{' '}
        <select aria-label="Scope" value={current?.path ?? ''} onChange={(e) => onChange(e.target.value ? `${e.target.value}/0` : '')}>
          <option value="">All state runs</option>
          {containers.map((c) => (
            <option key={c.path} value={c.path}>
              {c.kind} {c.path}
            </option>
          ))}
        </select>
      </label>
      {current?.kind === 'Map' && (
        <label>
          Iteration{' '}
          <input
            type="number"
            min={0}
            max={Math.max(...current.indices)}
            value={index}
            onChange={(e) => onChange(`${current.path}/${Math.max(0, Number(e.target.value) || 0)}`)}
          />
          <span className="muted"> of {current.indices.length}</span>
        </label>
      )}
      {current?.kind === 'Parallel' && (
        <div role="tablist" aria-label={`Branches of ${current.path}`} className="side-tabs">
          {current.indices.map((i) => (
            <button key={i} type="button" role="tab" aria-selected={i === index} onClick={() => onChange(`${current.path}/${i}`)}>
              Branch {i + 1}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

export function RunsView({ onOpen }: { onOpen: () => void }) {
  const runs = useSession((s) => s.runs);
  const startTime = useSession((s) => s.startTime);
  const selectRun = useSession((s) => s.selectRun);
  const [scope, setScope] = useState('');
  const shown = useMemo(() => {
    const out: number[] = [];
    runs.forEach((r, i) => {
      if (!scope || r.thread === scope || r.thread.startsWith(`${scope}/`)) out.push(i);
    });
    return out;
  }, [runs, scope]);
  return (
    <section aria-label="State runs" className="sim-table-runs">
      <ScopePicker value={scope} onChange={setScope} />
      <VirtualRows
        label="State runs"
        count={shown.length}
        header={
          <>
            <span role="columnheader" className="c-state">State</span>
            <span role="columnheader" className="c-type">Type</span>
            <span role="columnheader" className="c-time">Start</span>
            <span role="columnheader" className="c-time">Duration</span>
            <span role="columnheader" className="c-status">Status</span>
          </>
        }
        row={(i) => {
          const index = shown[i] as number;
          const r = runs[index];
          if (!r) return null;
          const st = runStatus(r);
          return (
            <>
              <span role="cell" className="c-state">
                <button
                  type="button"
                  className="link-button"
                  title={`${r.path} (${r.type})`}
                  onClick={() => {
                    selectRun(index);
                    onOpen();
                  }}
                >
                  {r.path}
                  {r.retryCount > 0 ? ` (retry ${r.retryCount})` : ''}
                </button>
              </span>
              <span role="cell" className="c-type">{r.type}</span>
              <span role="cell" className="c-time">+{r.enteredAt - startTime} ms</span>
              <span role="cell" className="c-time">{r.exitedAt - r.enteredAt} ms</span>
              <span role="cell" className={`c-status legend-${st}`}>{st}</span>
            </>
          );
        }}
      />
    </section>
  );
}
