/**
 * `npx tsx scripts/bench/pan-breakdown.ts distA distB [size] [rounds]`: where a pan's main-thread work goes, two
 * builds side by side (pan gestures alternating, as ab-sync.ts does): per frame, the thread time of each task's
 * top-level trace events (input handling, lifecycle update, GC...) and of what runs inside BeginMainFrame.
 * INJECT_B: a script added to build B's page before it loads (to try a change without a build).
 */
import { chromium, type Page } from 'playwright';
import { generateRealisticMachine } from '../../src/asl/generate.ts';
import { startTrace, type TraceEvent } from './frames.ts';
import { emptyPanePoint, measureLoad, panGesture, settle } from './page.ts';
import { startPreview } from './server.ts';

const [distA, distB, sizeArg, roundsArg] = process.argv.slice(2);
const size = Number(sizeArg ?? 1000);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-frame-rate-limit', '--disable-gpu-vsync'];
async function open(url: string, inject?: string): Promise<Page> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript('window.__name = (f) => f');
  if (inject) await context.addInitScript(inject);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('section[aria-label="ASL definition"][data-editor-status="ready"]').waitFor({ timeout: 90_000 });
  await measureLoad(page, JSON.stringify(generateRealisticMachine(size, 1), null, 2), 'b0 Task', true);
  await settle(page);
  return page;
}
function breakdown(events: TraceEvent[]) {
  const mainMeta = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  let key = mainMeta[0]!;
  let best = -1;
  for (const k of mainMeta) { const n = events.filter((e) => `${e.pid}:${e.tid}` === k && e.name === 'WebFrameWidgetImpl::BeginMainFrame').length; if (n > best) { best = n; key = k; } }
  const on = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const by = new Map<string, number>();
  let frames = 0;
  let total = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inner = on.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
    // direct children only (not nested in another inner event)
    let coveredTo = -1;
    for (const e of inner) {
      if (e.ts < coveredTo) continue;
      coveredTo = e.ts + (e.dur ?? 0);
      by.set(e.name, (by.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
    total += (t.tdur ?? t.dur ?? 0) / 1000;
    if (inner.some((e) => e.name === 'WebFrameWidgetImpl::BeginMainFrame')) frames++;
  }
  // second level inside BeginMainFrame
  const inFrame = new Map<string, number>();
  for (const f of on.filter((e) => e.name === 'WebFrameWidgetImpl::BeginMainFrame')) {
    const end = f.ts + (f.dur ?? 0);
    let coveredTo = -1;
    for (const e of on) {
      if (e === f || e.ts < f.ts || e.ts + (e.dur ?? 0) > end || e.ts < coveredTo) continue;
      coveredTo = e.ts + (e.dur ?? 0);
      inFrame.set(e.name, (inFrame.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
  }
  return { frames, total, by, inFrame };
}
const sA = await startPreview(distA!);
const sB = await startPreview(distB!);
const pages = [await open(sA.url), await open(sB.url, process.env.INJECT_B)];
const acc = [new Map<string, number>(), new Map<string, number>()];
const accF = [new Map<string, number>(), new Map<string, number>()];
const fr = [0, 0];
for (let r = 0; r < Number(roundsArg ?? 4); r++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const page = pages[k]!;
    const cdp = await page.context().newCDPSession(page);
    const at = (await emptyPanePoint(page)) ?? { x: 500, y: 450 };
    const stop = await startTrace(cdp, 'toplevel,devtools.timeline,blink');
    await panGesture(page, at);
    const b = breakdown(await stop());
    fr[k]! += b.frames;
    for (const [n, v] of b.by) acc[k]!.set(n, (acc[k]!.get(n) ?? 0) + v);
    for (const [n, v] of b.inFrame) accF[k]!.set(n, (accF[k]!.get(n) ?? 0) + v);
    acc[k]!.set('TOTAL', (acc[k]!.get('TOTAL') ?? 0) + b.total);
    await cdp.detach();
  }
}
for (const [title, m] of [['task children', acc], ['BeginMainFrame children', accF]] as const) {
  console.log(`== ${title}, ms per frame (frames A ${fr[0]}, B ${fr[1]})`);
  const names = [...new Set([...m[0]!.keys(), ...m[1]!.keys()])].sort((a, b) => (m[1]!.get(b) ?? 0) - (m[1]!.get(a) ?? 0));
  for (const n of names.slice(0, 22)) console.log(`${((m[0]!.get(n) ?? 0) / fr[0]!).toFixed(3).padStart(8)} ${((m[1]!.get(n) ?? 0) / fr[1]!).toFixed(3).padStart(8)}  ${n}`);
}
for (const p of pages) await p.context().browser()?.close();
sA.stop();
sB.stop();
process.exit(0);
