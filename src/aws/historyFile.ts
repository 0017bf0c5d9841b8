/**
 * Reading an execution history someone saved: the JSON of GetExecutionHistory as the AWS CLI prints it
 * (`aws stepfunctions get-execution-history`: `{"events": [...]}`, ISO timestamps in v2, epoch seconds in v1), an
 * SDK's output (`{events, nextToken, $metadata}`; PascalCase keys from .NET/PowerShell/Go), several pages of it, a
 * bare event array, or a wrapper such as the console's Export that holds the events somewhere inside. The result
 * is one list of events in the API's own shape, ascending by id, with every payload (`input`, `output`,
 * `parameters`, `cause`) as JSON text, as the API sends it — some recorders store them parsed.
 *
 * Bad input never throws and never hangs: the text and the event count are bounded, and the answer is either the
 * events (with warnings for what was repaired) or one message that says what is wrong and where. Pure.
 */
import type { HistoryEvent } from '../asl/history.ts';
import { isRecord } from '../asl/values.ts';
import type { ExecutionDetails, ExecutionStatus } from './gateway.ts';

/** The largest file read: 25,000 events (GetExecutionHistory's limit) of a few KB each, with room to spare. */
export const MAX_HISTORY_CHARS = 256 * 1024 * 1024;
/** AWS ends an execution at 25,000 history events; a file with many more is not one execution's history. */
export const MAX_HISTORY_EVENTS = 100_000;

export interface ImportedHistory {
  events: HistoryEvent[];
  /** The execution as the history tells it (status, input, output or error), for the views that show a run. */
  execution: ExecutionDetails;
  /** What was repaired or looks doubtful, in words for the user. */
  warnings: string[];
}

export type HistoryFileResult = { ok: true; history: ImportedHistory } | { ok: false; message: string };

type Obj = Record<string, unknown>;

const PAYLOAD_KEYS = new Set(['input', 'output', 'parameters', 'cause']);
const TERMINAL: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

const camel = (k: string): string => (/^[A-Z]/.test(k) ? k[0]!.toLowerCase() + k.slice(1) : k);

function looksLikeEvent(v: unknown): boolean {
  return isRecord(v) && (typeof v.type === 'string' || typeof v.Type === 'string');
}

/** The event list inside a parsed file: the value itself, `events`, pages of events, or a wrapper (depth ≤ 4). */
function findEvents(v: unknown, depth = 0): unknown[] | undefined {
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every((p) => isRecord(p) && !looksLikeEvent(p) && Array.isArray(p.events ?? p.Events))) {
      return v.flatMap((p) => (p as Obj).events ?? (p as Obj).Events) as unknown[];
    }
    return v.some(looksLikeEvent) || v.length === 0 ? v : undefined;
  }
  if (!isRecord(v) || depth > 4) return undefined;
  for (const key of ['events', 'Events']) if (Array.isArray(v[key])) return v[key] as unknown[];
  for (const value of Object.values(v)) {
    if (!Array.isArray(value) && !isRecord(value)) continue;
    const found = findEvents(value, depth + 1);
    if (found && found.length > 0) return found;
  }
  return undefined;
}

function timestamp(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const d = new Date(Math.abs(v) < 1e11 ? v * 1000 : v);
    return Number.isNaN(d.getTime()) ? '' : d.toISOString();
  }
  return typeof v === 'string' ? v : '';
}

const upper = (k: string): boolean => {
  const c = k.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Whether an event is already in the API's shape (the common case: the CLI's output), so it needs no copy. */
function inShape(raw: Obj): boolean {
  if (typeof raw.type !== 'string' || raw.type === '' || typeof raw.timestamp !== 'string') return false;
  for (const k in raw) {
    if (upper(k)) return false;
    if (!k.endsWith('EventDetails')) continue;
    const d = raw[k];
    if (!isRecord(d)) continue;
    for (const dk in d) {
      if (upper(dk)) return false;
      const dv = d[dk];
      if (dv !== undefined && dv !== null && typeof dv !== 'string' && PAYLOAD_KEYS.has(dk)) return false;
    }
  }
  return true;
}

/** One event in the API's shape (camelCase keys, payloads as text), or why it is not one. */
function normalise(raw: unknown, index: number): Obj | string {
  if (!isRecord(raw)) return `event ${index + 1} is not an object`;
  if (inShape(raw)) return raw;
  const out: Obj = {};
  for (const [k, v] of Object.entries(raw)) {
    const key = camel(k);
    if (!key.endsWith('EventDetails') || !isRecord(v)) {
      out[key] = v;
      continue;
    }
    const details: Obj = {};
    for (const [dk, dv] of Object.entries(v)) {
      const dkey = camel(dk);
      details[dkey] = PAYLOAD_KEYS.has(dkey) && dv !== undefined && dv !== null && typeof dv !== 'string' ? JSON.stringify(dv) : dv;
    }
    out[key] = details;
  }
  if (typeof out.type !== 'string' || out.type === '') return `event ${index + 1} has no "type"`;
  out.timestamp = timestamp(out.timestamp);
  return out;
}

const validId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** Ascending by id; when ids are missing or repeated, numbered by position (previous ids kept where they map). */
function orderEvents(events: Obj[], warnings: string[]): HistoryEvent[] {
  const ids = new Set<number>();
  const usable = events.every((e) => validId(e.id) && !ids.has(e.id) && (ids.add(e.id), true));
  if (usable) {
    let ascending = true;
    for (let i = 1; i < events.length && ascending; i++) ascending = (events[i - 1]!.id as number) < (events[i]!.id as number);
    const sorted = ascending ? events : [...events].sort((a, b) => (a.id as number) - (b.id as number));
    return sorted.map((e) => (validId(e.previousEventId) || e.previousEventId === 0 ? e : { ...e, previousEventId: 0 }) as HistoryEvent);
  }
  const bad = events.filter((e) => !validId(e.id)).length;
  warnings.push(
    bad > 0
      ? `${bad} event${bad === 1 ? ' has' : 's have'} no numeric id; events were numbered in file order and their links guessed`
      : 'Event ids repeat; events were numbered in file order and their links guessed',
  );
  const renumber = new Map<number, number>();
  events.forEach((e, i) => {
    if (validId(e.id) && !renumber.has(e.id)) renumber.set(e.id, i + 1);
  });
  return events.map((e, i) => {
    const prev = validId(e.previousEventId) ? renumber.get(e.previousEventId) : undefined;
    return { ...e, id: i + 1, previousEventId: prev !== undefined && prev <= i ? prev : 0 } as HistoryEvent;
  });
}

function detailsOf(e: HistoryEvent): Obj {
  const key = Object.keys(e).find((k) => k.endsWith('EventDetails'));
  const d = key ? e[key] : undefined;
  return isRecord(d) ? d : {};
}

function executionOf(events: readonly HistoryEvent[], file: unknown, fallbackName: string): ExecutionDetails {
  const wrapper = isRecord(file) ? file : {};
  const str = (k: string) => (typeof wrapper[k] === 'string' ? (wrapper[k] as string) : undefined);
  const arn = str('executionArn') ?? str('ExecutionArn') ?? '';
  const name = str('name') ?? str('Name') ?? (arn ? arn.slice(arn.lastIndexOf(':') + 1) : fallbackName);
  const started = events.find((e) => e.type === 'ExecutionStarted');
  const end = [...events].reverse().find((e) => TERMINAL[e.type] !== undefined);
  const d = end ? detailsOf(end) : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    arn,
    name,
    status: end ? (TERMINAL[end.type] as ExecutionStatus) : 'RUNNING',
    startDate: started?.timestamp || undefined,
    stopDate: end?.timestamp || undefined,
    input: started ? text(detailsOf(started).input) : undefined,
    output: text(d.output),
    error: text(d.error),
    cause: text(d.cause),
  };
}

/** The history in a file's text (see the module comment), or what is wrong with it. */
export function readHistoryFile(text: string, fileName = 'imported execution'): HistoryFileResult {
  const fail = (message: string): HistoryFileResult => ({ ok: false, message });
  if (text.length > MAX_HISTORY_CHARS) return fail(`The file is ${Math.round(text.length / 1048576)} MB; an execution history is at most ${MAX_HISTORY_CHARS / 1048576} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`The file is not JSON: ${(e as Error).message}`);
  }
  const raw = findEvents(value);
  if (!raw) return fail('The file holds no execution history: expected the JSON of GetExecutionHistory ({"events": [...]}) or an array of events');
  if (raw.length === 0) return fail('The execution history has no events');
  if (raw.length > MAX_HISTORY_EVENTS) return fail(`The history has ${raw.length} events; one execution has at most 25,000`);
  const normalised: Obj[] = [];
  for (let i = 0; i < raw.length; i++) {
    const e = normalise(raw[i], i);
    if (typeof e === 'string') return fail(`The history is damaged: ${e}`);
    normalised.push(e);
  }
  const warnings: string[] = [];
  const events = orderEvents(normalised, warnings);
  if (events[0]?.type !== 'ExecutionStarted') {
    warnings.push(events.some((e) => e.type === 'ExecutionStarted') ? 'ExecutionStarted is not the first event' : 'The history has no ExecutionStarted event: it is incomplete (a later page only?)');
  }
  const truncated = events.some((e) => Object.values(detailsOf(e)).some((v) => isRecord(v) && v.truncated === true));
  if (truncated) warnings.push('Some inputs or outputs were truncated by AWS; they are shown as recorded');
  if (events.some((e) => detailsOf(e).input === undefined && e.type.endsWith('StateEntered'))) {
    warnings.push('The history was fetched without execution data (--no-include-execution-data): inputs and outputs are missing');
  }
  return { ok: true, history: { events, execution: executionOf(events, value, fileName), warnings } };
}

/** State names the history enters, in order of first appearance. */
export function enteredNames(events: readonly HistoryEvent[]): string[] {
  const names = new Set<string>();
  for (const e of events) {
    const name = e.type.endsWith('StateEntered') ? detailsOf(e).name : undefined;
    if (typeof name === 'string') names.add(name);
  }
  return [...names];
}
