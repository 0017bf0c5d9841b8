/**
 * Where each node's handles are, computed from its data and size instead of measured in the DOM (mirrors
 * handles.tsx and the marker node). React Flow renders every node whose handles it has not measured yet, even off
 * screen; with these given up front, a big machine renders only the visible nodes from the first frame.
 */
import { Position, type NodeHandle } from '@xyflow/react';
import { choiceSlotFraction } from '../../layout/ports.ts';
import type { StateNodeData } from './nodeData.ts';

/** The handle's size as app.css draws it (border-box). */
const SIZE = 9;

function at(id: string, type: 'source' | 'target', position: Position, cx: number, cy: number): NodeHandle {
  return { id, type, position, x: cx - SIZE / 2, y: cy - SIZE / 2, width: SIZE, height: SIZE };
}

/** The point on a side of a w×h box, `f` of the way along it. */
function onSide(position: Position, w: number, h: number, f = 0.5): [number, number] {
  if (position === Position.Top) return [w * f, 0];
  if (position === Position.Bottom) return [w * f, h];
  if (position === Position.Left) return [0, h * f];
  return [w, h * f];
}

export function staticHandles(data: StateNodeData, width: number, height: number): NodeHandle[] {
  const h = data.horizontal;
  const inPos = h ? Position.Left : Position.Top;
  const outPos = h ? Position.Right : Position.Bottom;
  if (data.kind === 'start') return [at('next', 'source', outPos, ...onSide(outPos, width, height))];
  if (data.kind === 'end') return [at('in', 'target', inPos, ...onSide(inPos, width, height))];
  if (data.kind !== 'state') return [];
  const out: NodeHandle[] = [at('in', 'target', inPos, ...onSide(inPos, width, height))];
  if (data.stateType === 'Choice') {
    const ids = ['choice-new', ...Array.from({ length: data.ruleCount }, (_, i) => `choice-${i}`), 'default'];
    ids.forEach((id, i) => out.push(at(id, 'source', outPos, ...onSide(outPos, width, height, choiceSlotFraction(i, data.ruleCount)))));
  } else {
    // Succeed and Fail too: their edge to the End marker leaves from it (handles.tsx draws it hidden, not connectable).
    out.push(at('next', 'source', outPos, ...onSide(outPos, width, height)));
  }
  if (data.canCatch) {
    const errPos = h ? Position.Bottom : Position.Right;
    out.push(at('catch-new', 'source', errPos, ...onSide(errPos, width, height)));
  }
  return out;
}
