/**
 * `npx tsx scripts/bench/ab-rename.ts distA distB [size] [rounds]`: canvas rename → editor (and → canvas) at one
 * size, two builds side by side, alternating rename by rename so both see the same machine load. For comparing a
 * change against its base on a busy machine, where absolute numbers drift.
 */
import { chromium, type Page } from 'playwright';
import { generateRealisticMachine } from '../../src/asl/generate.ts';
import { measureLoad, measureRename } from './page.ts';
import { median } from './report.ts';
import { startPreview } from './server.ts';

async function main(): Promise<void> {
  const dists = process.argv.slice(2, 4);
  const size = Number(process.argv[4] ?? 1000);
  const rounds = Number(process.argv[5] ?? 8);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const servers = await Promise.all(dists.map((d) => startPreview(d)));
  try {
    const pages: Page[] = [];
    for (const s of servers) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      await context.addInitScript('window.__name = (f) => f');
      const page = await context.newPage();
      await page.goto(s.url);
      await page.locator('section[aria-label="ASL definition"][data-editor-status="ready"]').waitFor({ timeout: 90_000 });
      await measureLoad(page, JSON.stringify(generateRealisticMachine(size, 1), null, 2), 'b0 Task');
      await page.waitForTimeout(1000);
      pages.push(page);
    }
    const res = dists.map(() => ({ synced: [] as number[], model: [] as number[], canvas: [] as number[] }));
    const names = dists.map(() => 'b1 Task');
    for (let i = 1; i <= rounds; i++) {
      for (const [k, page] of pages.entries()) {
        const to = `b1 Task r${i}`;
        const t = await measureRename(page, names[k]!, to);
        names[k] = to;
        res[k]!.synced.push(t.synced);
        res[k]!.model.push(t.model);
        res[k]!.canvas.push(t.canvas ?? -1);
        await page.waitForTimeout(400);
      }
    }
    for (const [k, d] of dists.entries()) {
      const r = res[k]!;
      console.log(`${d}: editor shows ${median(r.synced).toFixed(0)} ms (${r.synced.map((x) => x.toFixed(0)).join(' ')}); model ${median(r.model).toFixed(0)}; canvas ${median(r.canvas).toFixed(0)} (${r.canvas.map((x) => x.toFixed(0)).join(' ')})`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
