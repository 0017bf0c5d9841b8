import { Handle, Position } from '@xyflow/react';
import type { StateNodeData } from './nodeData.ts';
import { isTerminalType } from '../../asl/stateTypes.ts';
import { choiceSlotFraction } from '../../layout/ports.ts';

/**
 * The source handles of a state: Next; one per Choice rule plus Default (and one to add a rule); Catch. They are for
 * the mouse and hidden from screen readers (a Succeed/Fail has a hidden one the edge to End leaves from): the keyboard connects with "Connect to…" (C on a state).
 */
export function StateHandles({ data }: { data: StateNodeData }) {
  const h = data.horizontal;
  const inPos = h ? Position.Left : Position.Top;
  const outPos = h ? Position.Right : Position.Bottom;
  const errPos = h ? Position.Bottom : Position.Right;
  const terminal = isTerminalType(data.stateType);
  // Where the layouters start each route too (layout/ports.ts).
  const along = (i: number) => (h ? { top: `${choiceSlotFraction(i, data.ruleCount) * 100}%` } : { left: `${choiceSlotFraction(i, data.ruleCount) * 100}%` });
  const choiceHandles = ['choice-new', ...Array.from({ length: data.ruleCount }, (_, i) => `choice-${i}`), 'default'];
  return (
    <>
      <Handle type="target" id="in" position={inPos} aria-hidden="true" />
      {data.stateType === 'Choice'
        ? choiceHandles.map((id, i) => (
            <Handle
              key={id}
              type="source"
              id={id}
              position={outPos}
              style={along(i)}
              className={`handle-${id.startsWith('choice') ? 'rule' : 'default'}${id === 'choice-new' ? ' handle-new' : ''}`}
              title={id === 'default' ? 'Default' : id === 'choice-new' ? 'Drag to add a rule' : `Rule ${Number(id.slice(7)) + 1}`}
              aria-hidden="true"
            />
          ))
        : terminal
          ? // Where the edge to the End marker leaves (drawn, never dragged: a Succeed or Fail has no Next).
            <Handle type="source" id="next" position={outPos} isConnectable={false} className="handle-end" aria-hidden="true" />
          : <Handle type="source" id="next" position={outPos} title="Next" aria-hidden="true" />}
      {data.canCatch && (
        <Handle
          type="source"
          id="catch-new"
          position={errPos}
          className="handle-catch"
          title="Drag to catch errors"
          aria-hidden="true"
        />
      )}
    </>
  );
}
