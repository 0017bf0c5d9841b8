/**
 * `npx tsx scripts/bench/paints.ts dist...`: what Chromium repaints during one pan-and-zoom gesture at 1,000 states
 * (the bench's), per build: Paint events by element and cull rect, and the invalidations. A layer painted with a
 * finite cull rect on every frame is repainted while the view moves; one with an infinite rect is cached. Deterministic
 * enough to bisect a paint regression on a busy machine (d7e105c: 390 Paint events; 5c1d2d0 onwards: ~3,000).
 * Env: CSS (a style tag added before the gesture, to test a hypothesis), TOP, ITOP (rows shown). The trace is written
 * to /tmp/paints-trace-<dist>.json.
 */
import { chromium } from 'playwright';
import { generateRealisticMachine } from '../../src/asl/generate.ts';
import { startTrace, type TraceEvent } from './frames.ts';
import { emptyPanePoint, measureLoad, panGesture, settle } from './page.ts';
import { startPreview } from './server.ts';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-frame-rate-limit', '--disable-gpu-vsync'];
const CATS = process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,blink,toplevel';
async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  for (const d of process.argv.slice(2)) {
    const s = await startPreview(d);
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    await page.goto(s.url);
    await page.locator('section[aria-label="ASL definition"][data-editor-status="ready"]').waitFor({ timeout: 90_000 });
    await measureLoad(page, JSON.stringify(generateRealisticMachine(1000, 1), null, 2), 'b0 Task', true);
    await settle(page);
    if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
    await page.waitForTimeout(500);
    const at = (await emptyPanePoint(page)) ?? { x: 500, y: 450 };
    const stop = await startTrace(await page.context().newCDPSession(page), CATS);
    await panGesture(page, at);
    const ev = (await stop()) as (TraceEvent & { args?: Record<string, unknown> })[];
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`/tmp/paints-trace-${d.replace(/\W/g, '_')}.json`, JSON.stringify(ev));
    const frames = ev.filter((e) => e.name === 'WebFrameWidgetImpl::BeginMainFrame').length;
    const paints = ev.filter((e) => e.name === 'Paint');
    const by = new Map<string, { n: number; ms: number }>();
    for (const p of paints) {
      const data = (p.args as { data?: { nodeId?: number; clip?: number[]; layerId?: number; nodeName?: string } })?.data;
      const k = `${data?.nodeName ?? data?.nodeId ?? '?'} clip=${JSON.stringify(data?.clip)}`;
      const o = by.get(k) ?? { n: 0, ms: 0 };
      o.n++;
      o.ms += (p.tdur ?? p.dur ?? 0) / 1000;
      by.set(k, o);
    }
    console.log(`== ${d}: frames ${frames}, paints ${paints.length}`);
    for (const [k, v] of [...by].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(process.env.TOP ?? 15))) console.log(`${v.n}x ${v.ms.toFixed(1)}ms ${k}`);
    const inval = ev.filter((e) => e.name.includes('Invalidation') || e.name === 'PaintInvalidationTracking');
    const iby = new Map<string, number>();
    for (const e of inval) {
      const data = (e.args as { data?: { nodeName?: string; reason?: string } })?.data;
      const k = `${e.name} ${data?.nodeName} ${data?.reason}`;
      iby.set(k, (iby.get(k) ?? 0) + 1);
    }
    for (const [k, v] of [...iby].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ITOP ?? 25))) console.log(`  inval ${v}x ${k}`);
    await context.close();
    s.stop();
  }
  await browser.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
