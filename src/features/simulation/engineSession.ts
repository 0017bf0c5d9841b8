/**
 * One simulation run in the engine worker, as an explicit object (no module state): the execution snapshot, the
 * state runs and log so far, what was already sent to the page, breakpoints (canvas ids), pacing, and whether the
 * stepping loop runs. `handle` takes the page's requests; updates go out through `post`. engine.worker.ts only
 * wires one to the worker's messages, so tests drive it directly.
 */
import type { JsonValue } from '../../asl/types.ts';
import { dict } from '../../asl/own.ts';
import { stateIds, threadOf } from '../../asl/ids.ts';
import { activeThreads, eventThread, nextState, startExecution, step, type ExecutionSnapshot, type HistoryEvent } from '../../simulator/index.ts';
import { stepBackState, stepState } from '../../simulator/stepUnit.ts';
import { mockInvoker } from './invoker.ts';
import { taskStates } from './taskStates.ts';
import type { EngineMessage, EngineRequest, LogLine, Pacing, StartRequest, StateRun } from './protocol.ts';
import { RunViewBuilder } from './runView.ts';
import type { SandboxClient } from './sandboxClient.ts';
import { appendLog } from './logCap.ts';

const sleep = (ms: number) => new Promise<void>((res) => setTimeout(res, ms));

export class EngineSession {
  private snap: ExecutionSnapshot | null = null;
  private resolve: (path: string) => string | undefined = () => undefined;
  private builder = new RunViewBuilder();
  private runs: StateRun[] = [];
  private logs: LogLine[] = [];
  private lastResults: Record<string, JsonValue> = dict();
  private readonly sent = { events: 0, runs: 0, logs: 0 };
  private running = false;
  private busy = false;
  /** A Step or Step back is under way; more asked for meanwhile wait in `queued`. */
  private stepping = false;
  private queued: ('step' | 'stepBack')[] = [];
  private pausedAt: string | undefined;
  private breakpoints = new Set<string>();
  private pacing: Pacing = { delayMs: 0, msPerVirtualSecond: 0 };

  constructor(
    private readonly post: (m: EngineMessage) => void,
    private readonly sandbox: SandboxClient,
  ) {}

  private start(req: StartRequest): void {
    this.resolve = stateIds(req.definition).ofPath;
    this.sandbox.timeoutMs = req.sandboxTimeoutMs;
    this.builder = new RunViewBuilder();
    this.runs = [];
    this.logs = [];
    this.lastResults = dict();
    this.sent.events = this.sent.runs = this.sent.logs = 0;
    this.pausedAt = undefined;
    const invoker = mockInvoker(req.mocks, taskStates(req.definition).map((t) => t.name), this.sandbox, {
      log: (line) => {
        const changed = appendLog(this.logs, { ...line, at: this.snap?.eventCount ?? 0 });
        if (changed < this.sent.logs) this.sent.logs = changed;
      },
      result: (name, value) => {
        this.lastResults[name] = value;
      },
    });
    this.snap = startExecution(req.definition, { input: req.input, invoker, stateMachineName: req.stateMachineName, name: 'simulation', startTime: req.startTime });
  }

  private ingest(s: ExecutionSnapshot): void {
    for (let i = this.runs.length; i < s.inspectionCount; i++) {
      const insp = s.inspections.items[i];
      if (!insp) break;
      const run: StateRun = { ...insp, id: this.resolve(insp.path) ?? '', thread: threadOf(insp.path, insp.stateName), exitedAt: insp.exitedAt ?? s.now };
      this.runs.push(run);
      this.builder.add(run);
    }
  }

  private rewind(s: ExecutionSnapshot): void {
    this.runs.length = Math.min(this.runs.length, s.inspectionCount);
    this.builder = new RunViewBuilder();
    for (const r of this.runs) this.builder.add(r);
    this.logs = this.logs.filter((l) => l.at < s.eventCount);
    this.sent.events = Math.min(this.sent.events, s.eventCount);
    this.sent.runs = Math.min(this.sent.runs, this.runs.length);
    this.sent.logs = Math.min(this.sent.logs, this.logs.length);
  }

  private publish(): void {
    const s = this.snap;
    if (!s) return;
    const active: { path: string; id: string }[] = [];
    if (s.root) {
      for (const t of activeThreads(s)) {
        const path = t.path ? `${t.path}/${t.state}` : t.state;
        const id = this.resolve(path);
        if (id) active.push({ path, id });
      }
    }
    const recorded = s.events.items.slice(this.sent.events, s.eventCount);
    const events = JSON.parse(JSON.stringify(recorded)) as HistoryEvent[];
    const eventThreads = recorded.map((e) => eventThread(e) ?? '');
    const msg: EngineMessage = {
      type: 'update',
      status: s.status,
      running: this.running,
      pausedAt: this.pausedAt,
      startTime: s.options.startTime,
      now: s.now,
      transitions: s.transitions,
      steps: s.steps,
      canStepBack: s.previous !== null,
      eventsFrom: this.sent.events,
      events,
      eventThreads,
      runsFrom: this.sent.runs,
      runs: this.runs.slice(this.sent.runs),
      logsFrom: this.sent.logs,
      logs: this.logs.slice(this.sent.logs),
      lastResults: this.lastResults,
      view: this.builder.view(active, 'in-progress', s.status === 'SUCCEEDED'),
    };
    if (s.status === 'SUCCEEDED') msg.output = s.output;
    if (s.error !== undefined) msg.error = s.error;
    if (s.cause !== undefined) msg.cause = s.cause;
    this.sent.events = s.eventCount;
    this.sent.runs = this.runs.length;
    this.sent.logs = this.logs.length;
    this.post(msg);
  }

  private async stepOnce(): Promise<void> {
    if (!this.snap) return;
    const r = step(this.snap);
    this.snap = r instanceof Promise ? await r : r;
    this.ingest(this.snap);
  }

  private async loop(): Promise<void> {
    let skip = this.pausedAt;
    this.pausedAt = undefined;
    let lastPublish = performance.now();
    this.busy = true;
    try {
      while (this.running && this.snap && this.snap.status === 'RUNNING') {
        const next = this.breakpoints.size > 0 ? nextState(this.snap) : null;
        // The rest of a state already entered (a branch's Wait ending) is not a breakpoint's stop.
        if (next && !next.resuming) {
          const id = this.resolve(next.path);
          if (id && this.breakpoints.has(id) && next.path !== skip) {
            this.pausedAt = next.path;
            this.running = false;
            break;
          }
          skip = undefined;
        }
        const before = this.snap.now;
        await this.stepOnce();
        if (this.pacing.delayMs > 0) {
          this.publish();
          await sleep(this.pacing.delayMs + Math.min(((this.snap.now - before) / 1000) * this.pacing.msPerVirtualSecond, 5000));
        } else if (performance.now() - lastPublish > 100) {
          this.publish();
          await sleep(0);
          lastPublish = performance.now();
        }
      }
    } finally {
      this.busy = false;
      this.running = false;
      this.publish();
    }
  }

  private async drainSteps(): Promise<void> {
    this.busy = this.stepping = true;
    try {
      for (let kind = this.queued.shift(); kind && this.snap; kind = this.queued.shift()) {
        this.pausedAt = undefined;
        if (kind === 'step') {
          // One state, as Step back goes back one state (stepUnit.ts): never a stop in the middle of a state.
          this.snap = await stepState(this.snap);
          this.ingest(this.snap);
        } else {
          this.snap = stepBackState(this.snap);
          this.rewind(this.snap);
        }
        this.publish();
      }
    } finally {
      this.queued = [];
      this.busy = this.stepping = false;
      this.publish();
    }
  }

  async handle(req: EngineRequest): Promise<void> {
    switch (req.type) {
      case 'start':
        if (this.busy) return;
        this.start(req);
        this.publish();
        return;
      case 'run':
        this.breakpoints = new Set(req.breakpoints);
        this.pacing = req.pacing;
        if (this.busy || !this.snap) return;
        this.running = true;
        return this.loop();
      case 'pause':
        this.running = false;
        return;
      case 'step':
      case 'stepBack':
        // Steps asked for while one is under way (two quick clicks, a held F10) wait their turn, in order: a
        // person who clicks Step twice expects two states, not one.
        if (!this.snap || (this.busy && !this.stepping)) return;
        this.queued.push(req.type);
        if (this.stepping) return;
        return this.drainSteps();
      case 'breakpoints':
        this.breakpoints = new Set(req.breakpoints);
        return;
      case 'pacing':
        this.pacing = req.pacing;
        return;
      case 'crash':
        setTimeout(() => {
          throw new Error('injected engine crash');
        });
        return;
    }
  }
}
