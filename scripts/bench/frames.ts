/**
 * Frame work while panning and zooming, from a CDP trace of the renderer. Headless Chromium keeps
 * requestAnimationFrame at the 60 Hz vsync interval even with --disable-frame-rate-limit/--disable-gpu-vsync
 * (measured: 16.7 ms median on an empty page), so rAF deltas say nothing below 16.7 ms. Instead, a frame's work
 * is every task on the renderer main thread since the previous frame's task ended, up to and including the task
 * that ran the frame (BeginMainFrame): input handling, React and React Flow, style, layout, paint recording.
 * Thread CPU time (`tdur`) is used when the trace has it, so other processes on a busy machine do not inflate it;
 * raster and compositing on other threads are not included.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Starts a trace; the returned function ends it and hands back its events. */
export async function startTrace(
  cdp: CDPSession,
  categories = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline.frame',
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, JSON.stringify(events));
    return events;
  };
}

/**
 * CPU time (thread time, else wall time) of every task on the page's renderer main thread and on its dedicated
 * workers (layout, editor language service) over a trace: how much work a load costs, whatever the machine's load.
 */
export function threadCpu(events: TraceEvent[]): { main: number; workers: number } {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, (byThread.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  let main = 0;
  let mainPid = -1;
  for (const [key, ms] of byThread) {
    if (names.get(key) === 'CrRendererMain' && ms > main) {
      main = ms;
      mainPid = Number(key.split(':')[0]);
    }
  }
  let workers = 0;
  for (const [key, ms] of byThread) if (Number(key.split(':')[0]) === mainPid && names.get(key)?.startsWith('DedicatedWorker')) workers += ms;
  return { main, workers };
}

export async function startFrameTrace(cdp: CDPSession): Promise<() => Promise<FrameWork>> {
  const stop = await startTrace(cdp);
  return async () => frameWork(await stop());
}

export interface FrameWork {
  /** Main-thread work per frame, ms (thread time when available, else wall time). */
  frames: number[];
  /** The frames whose tasks dispatched an input event (pointer, wheel). */
  input: number[];
  /** The same frames' main-thread work in wall time (includes time descheduled on a busy machine). */
  inputWall: number[];
  clock: 'thread CPU time' | 'wall time';
  /**
   * Paint events (layers whose paint was recorded again, not reused) on that thread over the whole trace. A pan or zoom
   * only moves the view's transform, so a few per frame (the page, the background dots, the minimap); a count that
   * grows with the states in view means Chromium re-records the canvas's layers on every frame (see
   * src/features/canvas/canvas.css, scripts/bench/paints.ts).
   */
  paints: number;
}

export function frameWork(events: TraceEvent[]): FrameWork {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // Several renderers may exist (the page, workers in others): take the main thread with the most frames.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  let best: { key: string; n: number } = { key: main ? `${main.pid}:${main.tid}` : '', n: -1 };
  for (const key of mains) {
    const n = events.filter((e) => `${e.pid}:${e.tid}` === key && (e.name === 'BeginMainThreadFrame' || e.name === 'WebFrameWidgetImpl::BeginMainFrame')).length;
    if (n > best.n) best = { key, n };
  }
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === best.key).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const beginFrames = onMain.filter((e) => e.name === 'BeginMainThreadFrame' || e.name === 'WebFrameWidgetImpl::BeginMainFrame');
  const dispatches = onMain.filter((e) => e.name === 'EventDispatch');
  // A few tasks cut by the trace's start or end lack thread time; they count their wall time.
  const thread = tasks.filter((t) => t.tdur !== undefined).length >= tasks.length * 0.95;
  const cost = (e: TraceEvent) => ((thread ? e.tdur : undefined) ?? e.dur ?? 0) / 1000;
  const frames: number[] = [];
  const input: number[] = [];
  const inputWall: number[] = [];
  let b = 0;
  let d = 0;
  let acc = 0;
  let wall = 0;
  let hadInput = false;
  for (const t of tasks) {
    acc += cost(t);
    wall += (t.dur ?? 0) / 1000;
    while (d < dispatches.length && (dispatches[d] as TraceEvent).ts < t.ts + (t.dur ?? 0)) {
      if ((dispatches[d] as TraceEvent).ts >= t.ts) hadInput = true;
      d++;
    }
    const end = t.ts + (t.dur ?? 0);
    let ranFrame = false;
    while (b < beginFrames.length && (beginFrames[b] as TraceEvent).ts < end) {
      if ((beginFrames[b] as TraceEvent).ts >= t.ts) ranFrame = true;
      b++;
    }
    if (ranFrame) {
      frames.push(acc);
      if (hadInput) input.push(acc);
      if (hadInput) inputWall.push(wall);
      acc = 0;
      wall = 0;
      hadInput = false;
    }
  }
  const paints = onMain.filter((e) => e.name === 'Paint').length;
  return { frames, input, inputWall, clock: thread ? 'thread CPU time' : 'wall time', paints };
}
