import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { StateFlowNode } from './nodeData.ts';
import { STATE_TYPE_INFO, UNKNOWN_TYPE_INFO } from './stateTypes.ts';

function handles(horizontal: boolean, incoming: boolean, outgoing: boolean) {
  return (
    <>
      {incoming && <Handle type="target" position={horizontal ? Position.Left : Position.Top} />}
      {outgoing && <Handle type="source" position={horizontal ? Position.Right : Position.Bottom} />}
    </>
  );
}

function ProblemBadge({ errors, warnings, problems }: { errors: number; warnings: number; problems: string[] }) {
  if (errors + warnings === 0) return null;
  const label = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return (
    <span className={`badge ${errors ? 'badge-error' : 'badge-warning'}`} title={problems.join('\n')} aria-label={label}>
      {errors ? '!' : '⚠'} {errors + warnings}
    </span>
  );
}

/** A plain state (Task, Choice, Pass, Wait, Succeed, Fail). */
export const StateNode = memo(function StateNode({ data, selected }: NodeProps<StateFlowNode>) {
  const info = data.stateType ? STATE_TYPE_INFO[data.stateType] : UNKNOWN_TYPE_INFO;
  const outgoing = data.stateType !== 'Succeed' && data.stateType !== 'Fail';
  return (
    <div
      className={`state-node${selected ? ' selected' : ''}${data.errors ? ' has-error' : ''}`}
      style={{ '--accent': info.accent } as React.CSSProperties}
      data-state-name={data.name}
      data-state-type={data.stateType ?? 'Unknown'}
      title={data.comment}
      aria-label={`${data.name}, ${info.label} state${data.isStart ? ', start' : ''}${data.isTerminal ? ', end' : ''}`}
    >
      {handles(data.horizontal, true, outgoing)}
      <span className="state-icon" aria-hidden="true">{info.icon}</span>
      <span className="state-text">
        <span className="state-name">{data.name}</span>
        <span className="state-type">{info.label}</span>
      </span>
      <ProblemBadge errors={data.errors} warnings={data.warnings} problems={data.problems} />
    </div>
  );
});

/** A Parallel or Map state, drawn as a container around its branches or item processor. */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<StateFlowNode>) {
  const info = data.stateType ? STATE_TYPE_INFO[data.stateType] : UNKNOWN_TYPE_INFO;
  return (
    <div
      className={`container-node${selected ? ' selected' : ''}${data.errors ? ' has-error' : ''}`}
      style={{ '--accent': info.accent } as React.CSSProperties}
      data-state-name={data.name}
      data-state-type={data.stateType ?? 'Unknown'}
      aria-label={`${data.name}, ${info.label} state`}
    >
      {handles(data.horizontal, true, true)}
      <div className="container-title">
        <span className="state-icon" aria-hidden="true">{info.icon}</span>
        <span className="state-name">{data.name}</span>
        <span className="state-type">{info.label}</span>
        <ProblemBadge errors={data.errors} warnings={data.warnings} problems={data.problems} />
      </div>
    </div>
  );
});

/** A Parallel branch or the Map item processor. */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<StateFlowNode>) {
  return (
    <div className="group-node" data-group-kind={data.kind} aria-label={data.name}>
      <span className="group-title">{data.name}</span>
    </div>
  );
});

/** The Start and End markers. */
export const MarkerNode = memo(function MarkerNode({ data }: NodeProps<StateFlowNode>) {
  const isStart = data.kind === 'start';
  return (
    <div className={`marker-node marker-${data.kind}`} data-marker={data.kind}>
      {!isStart && <Handle type="target" position={data.horizontal ? Position.Left : Position.Top} />}
      {data.name}
      {isStart && <Handle type="source" position={data.horizontal ? Position.Right : Position.Bottom} />}
    </div>
  );
});

export const NODE_TYPES = { state: StateNode, container: ContainerNode, group: GroupNode, marker: MarkerNode };
