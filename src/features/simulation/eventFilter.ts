/**
 * Execution history filtering: by event type and by state. Task/Lambda/Map/Parallel events carry no state name
 * in GetExecutionHistory; they belong to the state entered last and not yet exited in the same thread, so each
 * event's state is attributed once with a stack of entered states per thread (one stack when threads are unknown).
 */
import type { HistoryEvent } from '../../simulator/events.ts';

export interface EventFilter {
  /** Event types to show (empty: all). */
  types: readonly string[];
  /** State name to show ('' : all). */
  state: string;
}

function detailsName(e: HistoryEvent, key: string): string | undefined {
  const d = e[key] as { name?: unknown } | undefined;
  return d && typeof d.name === 'string' ? d.name : undefined;
}

/**
 * The state each event belongs to (undefined for execution-level events). With `threads` (the thread path that
 * recorded each event, from the simulator: engineSession.ts), each thread keeps its own stack, so events of
 * concurrent Map iterations or Parallel branches go to their own thread's state even when they interleave.
 */
export function eventStates(events: readonly HistoryEvent[], threads: readonly (string | undefined)[] = []): (string | undefined)[] {
  const stacks = new Map<string | undefined, string[]>();
  return events.map((e, i) => {
    const thread = threads[i];
    let stack = stacks.get(thread);
    if (!stack) stacks.set(thread, (stack = []));
    const entered = detailsName(e, 'stateEnteredEventDetails');
    if (entered !== undefined) {
      stack.push(entered);
      return entered;
    }
    const exited = detailsName(e, 'stateExitedEventDetails');
    if (exited !== undefined) {
      const j = stack.lastIndexOf(exited);
      if (j >= 0) stack.splice(j, 1);
      return exited;
    }
    if (e.type.startsWith('Execution')) return undefined;
    return stack[stack.length - 1];
  });
}

/**
 * Indices of the events of one state's attempts in one thread, between `from` and `to` (ms): by the thread that
 * recorded each event where it is known (the simulator's), otherwise (an AWS history) by name and time only.
 */
export function stepEventIndices(
  events: readonly HistoryEvent[],
  threads: readonly (string | undefined)[],
  states: readonly (string | undefined)[],
  step: { stateName: string; thread: string; from: number; to: number },
): number[] {
  const out: number[] = [];
  for (let i = 0; i < events.length; i++) {
    if (states[i] !== step.stateName) continue;
    const thread = threads[i];
    if (thread !== undefined && thread !== step.thread) continue;
    const t = Date.parse((events[i] as HistoryEvent).timestamp);
    if (t >= step.from && t <= step.to) out.push(i);
  }
  return out;
}

/** Indices of the events that pass the filter. */
export function filterEvents(events: readonly HistoryEvent[], states: readonly (string | undefined)[], f: EventFilter): number[] {
  const types = f.types.length > 0 ? new Set(f.types) : null;
  const out: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as HistoryEvent;
    if (types && !types.has(e.type)) continue;
    if (f.state && states[i] !== f.state) continue;
    out.push(i);
  }
  return out;
}

/** Distinct values in first-seen order (the filter's options). */
export function distinct(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v !== undefined) seen.add(v);
  return [...seen];
}

/** The event's details object (`<type>EventDetails`), if any. */
export function eventDetails(e: HistoryEvent): Record<string, unknown> | undefined {
  for (const k of Object.keys(e)) if (k.endsWith('EventDetails')) return e[k] as Record<string, unknown>;
  return undefined;
}

/** One line of details for the history table: error, name, or the payload, shortened. */
export function eventSummary(e: HistoryEvent, max = 160): string {
  const d = eventDetails(e);
  if (!d) return '';
  const parts: string[] = [];
  for (const k of ['error', 'cause', 'input', 'output', 'parameters', 'resource', 'resourceType']) {
    if (typeof d[k] === 'string') parts.push(`${k}: ${d[k] as string}`);
  }
  const text = parts.join('  ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
