import { memo, useEffect, useRef, useState } from 'react';
import { own } from '../../asl/own.ts';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { StateFlowNode } from './nodeData.ts';
import { STATE_TYPE_INFO, UNKNOWN_TYPE_INFO } from '../../ui/stateLooks.ts';
import { StateHandles } from './handles.tsx';
import { renameStateAction } from '../actions/actions.ts';
import { useAppStore } from '../../store/store.ts';
import { useShallow } from 'zustand/react/shallow';
import { useSimulationView } from '../../store/simulation.ts';
import { coverageOf, useCoverageView, type CoverageView } from '../../store/coverage.ts';
import { useNodeLabel } from '../a11y/useNodeLabel.ts';
import { focusNode } from '../a11y/focus.ts';

function ProblemBadge({ errors, warnings, problems }: { errors: number; warnings: number; problems: string[] }) {
  if (errors + warnings === 0) return null;
  const label = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return (
    <span role="img" className={`badge ${errors ? 'badge-error' : 'badge-warning'}`} title={problems.join('\n')} aria-label={label}>
      {errors ? '!' : '⚠'} {errors + warnings}
    </span>
  );
}

/** The state's name, or an input while it is renamed in place (Enter commits, Escape cancels). */
function NameField({ id, name, renaming }: { id: string; name: string; renaming: boolean }) {
  if (!renaming) return <span className="state-name">{name}</span>;
  return <RenameInput key={`${id}:${name}`} id={id} name={name} />;
}

function RenameInput({ id, name }: { id: string; name: string }) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const stop = () => useAppStore.getState().setRenaming(undefined);
  // Keyboard users get focus back on the node (its element is new after a rename).
  const done = () => {
    stop();
    focusNode(useAppStore.getState().ui.selectedId ?? id);
  };
  const commit = () => {
    if (value === name) return done();
    const r = renameStateAction(id, value);
    if (r === true) done();
    else setError(r);
  };
  return (
    <span className="rename">
      <input
        ref={input}
        className="nodrag rename-input"
        aria-label={`New name for ${name}`}
        aria-invalid={error ? true : undefined}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') done();
        }}
        onBlur={stop}
      />
      {error && (
        <span className="rename-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** The node's simulation status, current-state flag, retry count and breakpoint (read from the simulation view). */
function useRunInfo(id: string) {
  // One subscription per node (not four): thousands of nodes each run their selector on every simulation update.
  return useSimulationView(
    useShallow((s) => ({
      status: s.active ? (own(s.nodeStatus, id) ?? 'not-run') : undefined,
      current: s.active && s.currentId === id,
      retries: s.active ? (own(s.retryCounts, id) ?? 0) : 0,
      breakpoint: own(s.breakpoints, id) === true,
      stale: s.active && s.stale,
    })),
  );
}

const STATUS_ICON: Record<string, string> = {
  'not-run': '○',
  'in-progress': '◔',
  succeeded: '✓',
  failed: '✕',
  'caught-error': '⚠',
  aborted: '⊘',
};

function RunDecorations({ run }: { run: ReturnType<typeof useRunInfo> }) {
  return (
    <>
      {run.breakpoint && <span role="img" className="breakpoint-dot" title="Breakpoint" aria-label="Breakpoint" />}
      {run.status && (
        <span
          role="img"
          className={`run-icon run-${run.status}`}
          aria-label={`${run.status.replace('-', ' ')}${run.stale ? ' (before your last edit)' : ''}`}
          title={`${run.status.replace('-', ' ')}${run.stale ? ' — from the run before your last edit' : ''}`}
        >
          {STATUS_ICON[run.status]}
        </span>
      )}
      {run.retries > 0 && (
        <span className="retry-count" title={`${run.retries} retr${run.retries === 1 ? 'y' : 'ies'}`}>
          ↻{run.retries}
        </span>
      )}
    </>
  );
}

/** Retry paths of a state the suite took, of all it has ("1/2"), or '' when it has none or coverage is hidden. */
function retryCoverage(v: CoverageView, id: string): string {
  if (!v.shown) return '';
  let total = 0;
  let taken = 0;
  for (let i = 0; Object.prototype.hasOwnProperty.call(v.items, `${id}->retry${i}`); i++) {
    total++;
    if ((coverageOf(v, `${id}->retry${i}`) ?? 0) > 0) taken++;
  }
  return total === 0 ? '' : `${taken}/${total}`;
}

/** The test suite's coverage of this state: times entered and retry paths taken (nothing when coverage is hidden). */
function CoverageBadge({ id }: { id: string }) {
  const count = useCoverageView((s) => coverageOf(s, id));
  const retries = useCoverageView((s) => retryCoverage(s, id));
  if (count === undefined) return null;
  const entered = count === 0 ? 'Never entered by the tests' : `Entered ${count} time${count === 1 ? '' : 's'} by the tests`;
  const text = retries ? `${entered}; retry paths taken: ${retries}` : entered;
  const [taken, total] = retries.split('/');
  const none = count === 0 || taken !== total;
  return (
    <span role="img" className={`coverage-badge ${none ? 'coverage-none' : 'coverage-some'}`} data-coverage-count={count} aria-label={text} title={text}>
      {count === 0 ? '0' : `×${count}`}
      {retries && ` ↻${retries}`}
    </span>
  );
}

function labelInput(data: StateFlowNode['data'], typeLabel: string, run: ReturnType<typeof useRunInfo>) {
  const { name, isStart, isTerminal, errors, warnings } = data;
  return { name, typeLabel, status: run.status, isStart, isTerminal, errors, warnings, breakpoint: run.breakpoint };
}

/**
 * What both kinds of state node share: type info, run status, the accessible label, and the wrapper's class and
 * data attributes (`data-state-name`, `data-state-type`, `data-status`).
 */
function useStateNode(id: string, data: StateFlowNode['data'], selected: boolean, base: string) {
  const info = data.stateType ? STATE_TYPE_INFO[data.stateType] : UNKNOWN_TYPE_INFO;
  const run = useRunInfo(id);
  const covered = useCoverageView((s) => coverageOf(s, id));
  const ref = useNodeLabel<HTMLDivElement>(id, labelInput(data, info.label, run));
  const wrapper = {
    'data-coverage': covered === undefined ? undefined : covered > 0 ? 'covered' : 'uncovered',
    ref,
    className: `${base}${selected ? ' selected' : ''}${data.errors ? ' has-error' : ''}${run.current ? ' current' : ''}${run.status ? ` status-${run.status}` : ''}${run.stale ? ' run-stale' : ''}`,
    'data-status': run.status ?? 'not-run',
    'data-run-stale': run.stale ? 'true' : undefined,
    style: { '--accent': info.accent } as React.CSSProperties,
    'data-state-name': data.name,
    'data-state-type': data.stateType ?? 'Unknown',
  };
  return { info, run, wrapper };
}

/** Icon, name (renamable in place), type, problems and run decorations. */
function StateLabel({ id, data, info, run }: { id: string; data: StateFlowNode['data']; info: { icon: string; label: string }; run: ReturnType<typeof useRunInfo> }) {
  return (
    <>
      <span className="state-icon" aria-hidden="true">
        {info.icon}
      </span>
      <span className="state-text">
        <NameField id={id} name={data.name} renaming={data.renaming} />
        <span className="state-type">{info.label}</span>
      </span>
      <ProblemBadge errors={data.errors} warnings={data.warnings} problems={data.problems} />
      <RunDecorations run={run} />
      <CoverageBadge id={id} />
    </>
  );
}

/** A plain state (Task, Choice, Pass, Wait, Succeed, Fail). */
export const StateNode = memo(function StateNode({ id, data, selected }: NodeProps<StateFlowNode>) {
  const { info, run, wrapper } = useStateNode(id, data, selected, 'state-node');
  return (
    <div {...wrapper} title={data.comment}>
      <StateHandles data={data} />
      <StateLabel id={id} data={data} info={info} run={run} />
    </div>
  );
});

/** A Parallel or Map state, drawn as a container around its branches or item processor. */
export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<StateFlowNode>) {
  const { info, run, wrapper } = useStateNode(id, data, selected, 'container-node');
  return (
    <div {...wrapper}>
      <StateHandles data={data} />
      <div className="container-title">
        <StateLabel id={id} data={data} info={info} run={run} />
      </div>
    </div>
  );
});

/** A Parallel branch or the Map item processor: a drop zone for new states. */
export const GroupNode = memo(function GroupNode({ id, data }: NodeProps<StateFlowNode>) {
  return (
    <div className="group-node" data-group-kind={data.kind} data-group-id={id}>
      <span className="group-title">{data.name}</span>
    </div>
  );
});

/** The Start and End markers. */
export const MarkerNode = memo(function MarkerNode({ data }: NodeProps<StateFlowNode>) {
  const isStart = data.kind === 'start';
  return (
    <div className={`marker-node marker-${data.kind}`} data-marker={data.kind}>
      {!isStart && <Handle type="target" id="in" position={data.horizontal ? Position.Left : Position.Top} />}
      {data.name}
      {isStart && <Handle type="source" id="next" position={data.horizontal ? Position.Right : Position.Bottom} />}
    </div>
  );
});

export const NODE_TYPES = { state: StateNode, container: ContainerNode, group: GroupNode, marker: MarkerNode };
