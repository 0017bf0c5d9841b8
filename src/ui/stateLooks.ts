/**
 * How each state type looks on the canvas, the palette and the inspector: icon and accent colour, with the label
 * and description of the traits table (src/asl/stateTypes.ts).
 */
import { STATE_TRAITS } from '../asl/stateTypes.ts';
import { STATE_TYPES, type StateType } from '../asl/types.ts';

export interface StateTypeInfo {
  label: string;
  icon: string;
  accent: string;
  description: string;
}

const LOOKS: Record<StateType, { icon: string; accent: string }> = {
  Task: { icon: '⚙', accent: '#d45b07' },
  Choice: { icon: '◇', accent: '#7d53c8' },
  Pass: { icon: '→', accent: '#5f6b7a' },
  Wait: { icon: '◷', accent: '#0972d3' },
  Succeed: { icon: '✔', accent: '#037f0c' },
  Fail: { icon: '✖', accent: '#d91515' },
  Parallel: { icon: '∥', accent: '#00819b' },
  Map: { icon: '⟳', accent: '#b1006b' },
};

export const STATE_TYPE_INFO = Object.fromEntries(
  STATE_TYPES.map((type) => [type, { label: STATE_TRAITS[type].label, description: STATE_TRAITS[type].description, ...LOOKS[type] }]),
) as Record<StateType, StateTypeInfo>;

export const UNKNOWN_TYPE_INFO: StateTypeInfo = { label: 'Unknown', icon: '?', accent: '#8c8c94', description: 'Not a valid state type' };
