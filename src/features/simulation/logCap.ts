/**
 * The log of a whole run, capped: the first `RUN_LOG_LINES` lines are kept; every later line (or per-call notice
 * of dropped lines) is only counted, on one trailing line that says how many were dropped. Each mock call is
 * capped already (src/simulator/mockSandbox/logCollector.ts); this cap holds when many calls log (a Map of
 * thousands). Pure.
 */
import type { LogLine } from './protocol.ts';

export const RUN_LOG_LINES = 5000;

function notice(dropped: number, cap: number): string {
  return `… ${dropped.toLocaleString('en-US')} more line${dropped === 1 ? '' : 's'} dropped (a run keeps its first ${cap.toLocaleString('en-US')} lines)`;
}

/**
 * Append `line` to `logs` (in place). Returns the index of the first entry that changed: the new line, or the
 * trailing count when the run is past its cap (that entry is replaced, so a delta must resend it).
 */
export function appendLog(logs: LogLine[], line: LogLine, cap = RUN_LOG_LINES): number {
  if (logs.length < cap) {
    logs.push(line);
    return logs.length - 1;
  }
  const count = line.dropped ?? 1;
  const last = logs[cap];
  const dropped = (last?.dropped ?? 0) + count;
  logs[cap] = { at: last?.at ?? line.at, stateName: '', path: '', invocation: 0, level: 'warn', text: notice(dropped, cap), dropped };
  return cap;
}

/** At most `cap` lines and the trailing count (a defence on the page side: the engine worker caps already). */
export function capLogs(logs: LogLine[], cap = RUN_LOG_LINES): LogLine[] {
  return logs.length <= cap + 1 ? logs : logs.slice(0, cap + 1);
}
