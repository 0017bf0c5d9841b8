/**
 * The run the panel shows: status, clock, the history, the state runs, the mock log and what is selected in the
 * views. Filled from the engine worker's deltas (controller.ts); never in the undo history.
 */
import { create } from 'zustand';
import type { JsonValue } from '../../asl/types.ts';
import type { ExecutionStatus } from '../../simulator/execution.ts';
import type { HistoryEvent } from '../../simulator/events.ts';
import type { EngineUpdate, LogLine, RunPosition, StateRun } from './protocol.ts';
import { capLogs } from './logCap.ts';

export interface Session extends RunPosition {
  status: ExecutionStatus | undefined;
  output: JsonValue | undefined;
  error: string | undefined;
  cause: string | undefined;
  events: HistoryEvent[];
  /** The thread path that recorded each event (shorter than `events` when some came from elsewhere). */
  eventThreads: string[];
  runs: StateRun[];
  logs: LogLine[];
  lastResults: Record<string, JsonValue>;
  /** Index in `runs` of the state run the data-flow view shows (undefined: the latest). */
  selectedRun: number | undefined;
  /** The polite live region's text. */
  announcement: string;
  selectRun: (index: number | undefined) => void;
}

export const EMPTY_SESSION = {
  status: undefined,
  running: false,
  pausedAt: undefined,
  startTime: 0,
  now: 0,
  transitions: 0,
  steps: 0,
  canStepBack: false,
  output: undefined,
  error: undefined,
  cause: undefined,
  events: [],
  eventThreads: [],
  runs: [],
  logs: [],
  lastResults: {},
  selectedRun: undefined,
  announcement: '',
} satisfies Omit<Session, 'selectRun'>;

export const useSession = create<Session>()((set) => ({
  ...EMPTY_SESSION,
  selectRun: (selectedRun) => set({ selectedRun }),
}));

function splice<T>(list: T[], from: number, added: T[]): T[] {
  if (added.length === 0 && from === list.length) return list;
  return from === list.length ? list.concat(added) : list.slice(0, from).concat(added);
}

/** Apply an engine delta. */
export function applyUpdate(s: Session, m: EngineUpdate): Partial<Session> {
  const runs = splice(s.runs, m.runsFrom, m.runs);
  return {
    status: m.status,
    running: m.running,
    pausedAt: m.pausedAt,
    startTime: m.startTime,
    now: m.now,
    transitions: m.transitions,
    steps: m.steps,
    canStepBack: m.canStepBack,
    output: m.output,
    error: m.error,
    cause: m.cause,
    events: splice(s.events, m.eventsFrom, m.events),
    eventThreads: splice(s.eventThreads, m.eventsFrom, m.eventThreads),
    runs,
    logs: capLogs(splice(s.logs, m.logsFrom, m.logs)),
    lastResults: m.lastResults,
    selectedRun: s.selectedRun !== undefined && s.selectedRun < runs.length ? s.selectedRun : undefined,
  };
}

/** What the live region says when a run changes phase (undefined: nothing new to say). */
export function announce(prev: Session, m: EngineUpdate, name: (path: string) => string): string | undefined {
  if (m.status !== 'RUNNING' && prev.status !== m.status) {
    if (m.status === 'SUCCEEDED') return `Execution succeeded after ${m.transitions} transitions`;
    return `Execution ${m.status.toLowerCase().replace('_', ' ')}: ${m.error ?? ''}${m.cause ? ` (${m.cause})` : ''}`;
  }
  if (m.pausedAt && m.pausedAt !== prev.pausedAt) return `Paused at breakpoint before ${name(m.pausedAt)}`;
  if (m.running && !prev.running) return 'Execution running';
  return undefined;
}
