/**
 * `npx tsx scripts/bench/profile.ts [size]`: a CPU profile (CDP Profiler, main thread) of opening a generated
 * machine in the built app, as `npm run bench` does, summarised as the functions with the most self and inclusive
 * time; or (PROFILE_MODE=trace) a trace's time per event name and each thread's long tasks in order.
 * Env: BENCH_DIST (the build to serve, default /tmp/bench-dist), PROFILE_OUT (also write the .cpuprofile there),
 * PROFILE_ACTION=pan (profile panning and zooming after the load instead of the load), rename (three canvas renames
 * after the load, each timed as the bench times it) or paste (five editor pastes, as the bench's editor → canvas),
 * PROFILE_TOP (rows).
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { generateRealisticMachine } from '../../src/asl/generate.ts';
import { emptyPanePoint, measureEditorPaste, measureLoad, measureRename, panGesture, settle } from './page.ts';
import { serviceWorkerReady } from './browser.ts';
import { startPreview } from './server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: Profile, top: number): string[] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  // Inclusive: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const incl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) seen.add(keyOf(nodeById.get(cur) as ProfileNode));
    for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, top);
  const inclRows = [...incl].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `total sampled ${total.toFixed(0)} ms; self time:`,
    ...rows.map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`),
    'inclusive time:',
    ...inclRows.map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`),
  ];
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Time per trace event name on each thread (nested events are counted in their parents too). */
function summariseTrace(events: TraceEvent[], top: number): string[] {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`;
    sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
  }
  const lines = [...sums].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`);
  // Timeline: the main thread's and workers' tasks over 5 ms, with the longest event directly inside each.
  // Timeline: each thread's outermost events over 5 ms, with the longest events inside each.
  const xs = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer: TraceEvent[] = [];
  const endOf = new Map<string, number>();
  for (const e of xs) {
    const th = `${e.pid}:${e.tid}`;
    if (e.ts < (endOf.get(th) ?? -1)) continue;
    endOf.set(th, e.ts + (e.dur ?? 0));
    if ((e.dur ?? 0) > 5000) outer.push(e);
  }
  const t0 = Math.min(...outer.map((e) => e.ts));
  lines.push('outermost events over 5 ms (start, duration, thread: name; longest inner events):');
  for (const t of outer) {
    const inner = xs
      .filter((e) => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) > 2000)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 8)
      .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
    lines.push(`${((t.ts - t0) / 1000).toFixed(0).padStart(6)} +${((t.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms  ${threads.get(`${t.pid}:${t.tid}`) ?? t.tid}: ${t.name}; ${inner.join(', ')}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 1000);
  const server = await startPreview(process.env.BENCH_DIST ?? '/tmp/bench-dist');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('section[aria-label="ASL definition"][data-editor-status="ready"]').waitFor({ timeout: 90_000 });
    await serviceWorkerReady(page);
    const cdp = await context.newCDPSession(page);
    const text = JSON.stringify(generateRealisticMachine(size, 1), null, 2);
    if (process.env.PROFILE_MODE === 'trace') {
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => {
        for (const v of e.value) events.push(v as unknown as TraceEvent);
      });
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,blink', transferMode: 'ReportEvents' });
      const timing = await measureLoad(page, text, 'b0 Task');
      await cdp.send('Tracing.end');
      await done;
      console.log(JSON.stringify(timing));
      for (const l of summariseTrace(events, Number(process.env.PROFILE_TOP ?? 40))) console.log(l);
    } else {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      const pan = process.env.PROFILE_ACTION === 'pan';
      const rename = process.env.PROFILE_ACTION === 'rename';
      const paste = process.env.PROFILE_ACTION === 'paste';
      if (!pan && !rename && !paste) await cdp.send('Profiler.start');
      const timing = await measureLoad(page, text, 'b0 Task');
      if (pan) {
        // Profile panning and wheel zooming over the loaded machine instead of the load.
        const at = (await emptyPanePoint(page)) ?? { x: 500, y: 450 };
        await cdp.send('Profiler.start');
        await panGesture(page, at);
      }
      if (rename) {
        await page.waitForTimeout(2000);
        await cdp.send('Profiler.start');
        let from = 'b1 Task';
        for (let i = 1; i <= 3; i++) {
          const to = `b1 Task r${i}`;
          console.log(`rename ${i}:`, JSON.stringify(await measureRename(page, from, to)));
          from = to;
          await page.waitForTimeout(500);
        }
      }
      if (paste) {
        await settle(page);
        await page.locator('section[aria-label="ASL definition"] .view-lines').click();
        await cdp.send('Profiler.start');
        for (let i = 1; i <= 5; i++) {
          await page.keyboard.press('ControlOrMeta+Home');
          for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown');
          await page.keyboard.press('End');
          await page.keyboard.press('Shift+Home');
          const t = await measureEditorPaste(page, `"b0 Task": {"Comment": "edit ${i}",`, 'b0 Task', `edit ${i}`);
          console.log(`paste ${i}:`, JSON.stringify(t));
          await page.waitForTimeout(500);
        }
      }
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      console.log(JSON.stringify(timing));
      for (const l of summarise(profile, Number(process.env.PROFILE_TOP ?? 40))) console.log(l);
      if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    }
    console.log('DOM:', JSON.stringify(await page.evaluate(() => ({
      all: document.querySelectorAll('*').length,
      canvas: document.querySelectorAll('section.canvas *').length,
      nodes: document.querySelectorAll('.react-flow__node').length,
      edges: document.querySelectorAll('.react-flow__edge').length,
      minimap: document.querySelectorAll('.react-flow__minimap *').length,
    }))));
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
