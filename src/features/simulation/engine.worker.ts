/**
 * The simulation engine, off the page's thread: it owns the execution snapshot, runs the abortable stepping loop
 * (breakpoints by canvas id, pacing for the animation, a publish at most every 100 ms when running flat out) and
 * posts deltas to the page. Task mocks written in JavaScript run in a nested sandbox worker (sandboxClient.ts:
 * QuickJS in WebAssembly, with a CPU deadline), so a hanging mock is stopped without losing this worker's state.
 * The run's log is capped (logCap.ts). The page stops a run at once by terminating
 * this worker.
 */
import type { JsonValue } from '../../asl/types.ts';
import { dict } from '../../asl/own.ts';
import { stateIds, threadOf } from '../../asl/ids.ts';
import { activeThreads, nextState, startExecution, step, type ExecutionSnapshot, type HistoryEvent } from '../../simulator/index.ts';
import { stepBackState, stepState } from '../../simulator/stepUnit.ts';
import { mockInvoker } from './invoker.ts';
import { taskStates } from './taskStates.ts';
import type { EngineMessage, EngineRequest, LogLine, Pacing, StartRequest, StateRun } from './protocol.ts';
import { RunViewBuilder } from './runView.ts';
import { SandboxClient } from './sandboxClient.ts';
import { appendLog } from './logCap.ts';

const scope = self as unknown as { postMessage(m: EngineMessage): void; onmessage: ((e: MessageEvent<EngineRequest>) => void) | null };
const sandbox = new SandboxClient(() => new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module' }), 3000);

let snap: ExecutionSnapshot | null = null;
let resolve: (path: string) => string | undefined = () => undefined;
let builder = new RunViewBuilder();
let runs: StateRun[] = [];
let logs: LogLine[] = [];
let lastResults: Record<string, JsonValue> = dict();
const sent = { events: 0, runs: 0, logs: 0 };
let running = false;
let busy = false;
let pausedAt: string | undefined;
let breakpoints = new Set<string>();
let pacing: Pacing = { delayMs: 0, msPerVirtualSecond: 0 };

function start(req: StartRequest): void {
  resolve = stateIds(req.definition).ofPath;
  sandbox.timeoutMs = req.sandboxTimeoutMs;
  builder = new RunViewBuilder();
  runs = [];
  logs = [];
  lastResults = dict();
  sent.events = sent.runs = sent.logs = 0;
  pausedAt = undefined;
  const invoker = mockInvoker(req.mocks, taskStates(req.definition).map((t) => t.name), sandbox, {
    log: (line) => {
      const changed = appendLog(logs, { ...line, at: snap?.eventCount ?? 0 });
      if (changed < sent.logs) sent.logs = changed;
    },
    result: (name, value) => {
      lastResults[name] = value;
    },
  });
  snap = startExecution(req.definition, { input: req.input, invoker, stateMachineName: req.stateMachineName, name: 'simulation', startTime: req.startTime });
}

/** Record the state runs the last step added (with the clock at the step's end). */
function ingest(s: ExecutionSnapshot): void {
  for (let i = runs.length; i < s.inspectionCount; i++) {
    const insp = s.inspections.items[i];
    if (!insp) break;
    const run: StateRun = { ...insp, id: resolve(insp.path) ?? '', thread: threadOf(insp.path, insp.stateName), exitedAt: insp.exitedAt ?? s.now };
    runs.push(run);
    builder.add(run);
  }
}

/** After a step back: drop what the earlier snapshot does not see and rebuild the canvas view. */
function rewind(s: ExecutionSnapshot): void {
  runs.length = Math.min(runs.length, s.inspectionCount);
  builder = new RunViewBuilder();
  for (const r of runs) builder.add(r);
  logs = logs.filter((l) => l.at < s.eventCount);
  sent.events = Math.min(sent.events, s.eventCount);
  sent.runs = Math.min(sent.runs, runs.length);
  sent.logs = Math.min(sent.logs, logs.length);
}

function publish(): void {
  const s = snap;
  if (!s) return;
  const active: { path: string; id: string }[] = [];
  if (s.root) {
    for (const t of activeThreads(s)) {
      const path = t.path ? `${t.path}/${t.state}` : t.state;
      const id = resolve(path);
      if (id) active.push({ path, id });
    }
  }
  const events = JSON.parse(JSON.stringify(s.events.items.slice(sent.events, s.eventCount))) as HistoryEvent[];
  const msg: EngineMessage = {
    type: 'update',
    status: s.status,
    running,
    pausedAt,
    startTime: s.options.startTime,
    now: s.now,
    transitions: s.transitions,
    steps: s.steps,
    canStepBack: s.previous !== null,
    eventsFrom: sent.events,
    events,
    runsFrom: sent.runs,
    runs: runs.slice(sent.runs),
    logsFrom: sent.logs,
    logs: logs.slice(sent.logs),
    lastResults,
    view: builder.view(active, 'in-progress', s.status === 'SUCCEEDED'),
  };
  if (s.status === 'SUCCEEDED') msg.output = s.output;
  if (s.error !== undefined) msg.error = s.error;
  if (s.cause !== undefined) msg.cause = s.cause;
  sent.events = s.eventCount;
  sent.runs = runs.length;
  sent.logs = logs.length;
  scope.postMessage(msg);
}

async function stepOnce(): Promise<void> {
  if (!snap) return;
  const r = step(snap);
  snap = r instanceof Promise ? await r : r;
  ingest(snap);
}

const sleep = (ms: number) => new Promise<void>((res) => setTimeout(res, ms));

async function loop(): Promise<void> {
  let skip = pausedAt;
  pausedAt = undefined;
  let lastPublish = performance.now();
  busy = true;
  try {
    while (running && snap && snap.status === 'RUNNING') {
      const next = breakpoints.size > 0 ? nextState(snap) : null;
      // The rest of a state already entered (a branch's Wait ending) is not a breakpoint's stop.
      if (next && !next.resuming) {
        const id = resolve(next.path);
        if (id && breakpoints.has(id) && next.path !== skip) {
          pausedAt = next.path;
          running = false;
          break;
        }
        skip = undefined;
      }
      const before = snap.now;
      await stepOnce();
      if (pacing.delayMs > 0) {
        publish();
        await sleep(pacing.delayMs + Math.min(((snap.now - before) / 1000) * pacing.msPerVirtualSecond, 5000));
      } else if (performance.now() - lastPublish > 100) {
        publish();
        await sleep(0);
        lastPublish = performance.now();
      }
    }
  } finally {
    busy = false;
    running = false;
    publish();
  }
}

async function handle(req: EngineRequest): Promise<void> {
  switch (req.type) {
    case 'start':
      if (busy) return;
      start(req);
      publish();
      return;
    case 'run':
      breakpoints = new Set(req.breakpoints);
      pacing = req.pacing;
      if (busy || !snap) return;
      running = true;
      return loop();
    case 'pause':
      running = false;
      return;
    case 'step':
      if (busy || !snap) return;
      busy = true;
      pausedAt = undefined;
      try {
        // One state, as Step back goes back one state (stepUnit.ts): never a stop in the middle of a state.
        snap = await stepState(snap);
        ingest(snap);
      } finally {
        busy = false;
        publish();
      }
      return;
    case 'stepBack':
      if (busy || !snap) return;
      snap = stepBackState(snap);
      pausedAt = undefined;
      rewind(snap);
      publish();
      return;
    case 'breakpoints':
      breakpoints = new Set(req.breakpoints);
      return;
    case 'pacing':
      pacing = req.pacing;
      return;
    case 'crash':
      setTimeout(() => {
        throw new Error('injected engine crash');
      });
      return;
  }
}

scope.onmessage = (e) => {
  handle(e.data).catch((err: unknown) => scope.postMessage({ type: 'fatal', message: err instanceof Error ? err.message : String(err) }));
};
