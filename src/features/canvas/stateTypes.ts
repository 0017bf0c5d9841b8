/** One definition per state type for the canvas: label, icon and accent colour. */
import type { StateType } from '../../asl/types.ts';

export interface StateTypeInfo {
  label: string;
  icon: string;
  accent: string;
  description: string;
}

export const STATE_TYPE_INFO: Record<StateType, StateTypeInfo> = {
  Task: { label: 'Task', icon: '⚙', accent: '#d45b07', description: 'Call an AWS service or a Lambda function' },
  Choice: { label: 'Choice', icon: '◇', accent: '#7d53c8', description: 'Branch on conditions' },
  Pass: { label: 'Pass', icon: '→', accent: '#5f6b7a', description: 'Pass input to output, optionally adding data' },
  Wait: { label: 'Wait', icon: '◷', accent: '#0972d3', description: 'Wait for a time or until a timestamp' },
  Succeed: { label: 'Succeed', icon: '✔', accent: '#037f0c', description: 'Stop the execution successfully' },
  Fail: { label: 'Fail', icon: '✖', accent: '#d91515', description: 'Stop the execution with an error' },
  Parallel: { label: 'Parallel', icon: '∥', accent: '#00819b', description: 'Run branches in parallel' },
  Map: { label: 'Map', icon: '⟳', accent: '#b1006b', description: 'Run a workflow for each item of an array' },
};

export const UNKNOWN_TYPE_INFO: StateTypeInfo = { label: 'Unknown', icon: '?', accent: '#8c8c94', description: 'Not a valid state type' };
