/**
 * The build for the bench (its own output folder; `--mode instrumented`: production code plus the small
 * window.__aslStudio* hooks the bench drives) and what it weighs: the initial JS and CSS (the
 * entry script, its static imports and modulepreloads, the stylesheets) gzip-compressed, and the lazy Monaco and
 * elkjs chunks, checked to be outside the initial set. The initial JS has a budget, INITIAL_JS_BUDGET_KB: the bench
 * and `npm test` (scripts/check-bundle-budget.ts) fail above it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { record } from './report.ts';

export function build(outDir: string): number {
  const t0 = performance.now();
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'instrumented', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status})`);
  return performance.now() - t0;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length / 1024;

/** Static imports of an ES chunk (`import … from "./x.js"` and `import "./x.js"`), as asset paths. */
function staticImports(dir: string, asset: string): string[] {
  const code = readFileSync(join(dir, asset), 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    out.push(join(asset, '..', m[1] as string));
  }
  return out;
}

/**
 * The most initial JavaScript (KB gzip, each chunk compressed on its own) a build may load before first use. The
 * environment variable INITIAL_JS_BUDGET_KB overrides it (to see the check fail, or to try a tighter budget).
 */
export const INITIAL_JS_BUDGET_KB = budgetFromEnv(process.env.INITIAL_JS_BUDGET_KB) ?? 200;

function budgetFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const kb = Number(value);
  if (!Number.isFinite(kb) || kb <= 0) throw new Error(`INITIAL_JS_BUDGET_KB must be a positive number of KB, not '${value}'`);
  return kb;
}

export interface InitialJs {
  /** The chunks index.html loads before first use, with their gzip size (KB), largest first. */
  chunks: { asset: string; kb: number }[];
  kb: number;
  overBudget: boolean;
}

/** What index.html loads before first use: its scripts, modulepreloads and their static imports (not dynamic ones). */
export function initialJs(dir: string): InitialJs {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1] as string);
  const initial = new Set<string>();
  const visit = (asset: string) => {
    if (initial.has(asset)) return;
    initial.add(asset);
    for (const dep of staticImports(dir, asset)) visit(dep);
  };
  scripts.forEach(visit);
  const chunks = [...initial].map((asset) => ({ asset, kb: gz(join(dir, asset)) })).sort((a, b) => b.kb - a.kb);
  const kb = chunks.reduce((s, c) => s + c.kb, 0);
  return { chunks, kb, overBudget: kb > INITIAL_JS_BUDGET_KB };
}

export function analyseBundle(dir: string): { initial: string[]; overBudget: boolean } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1] as string);
  const js = initialJs(dir);
  const initial = new Set(js.chunks.map((c) => c.asset));
  const css = styles.reduce((s, a) => s + gz(join(dir, a)), 0);
  record({
    metric: 'bundle.initial.js',
    size: null,
    value: js.kb,
    unit: 'KB gzip',
    target: `< ${INITIAL_JS_BUDGET_KB}`,
    note: `${initial.size} chunk(s)${js.overBudget ? ', OVER BUDGET' : ''}; ${js.chunks.slice(0, 4).map((c) => `${c.asset.replace(/^assets\//, '')} ${c.kb.toFixed(1)}`).join(', ')}`,
  });
  record({ metric: 'bundle.initial.css', size: null, value: css, unit: 'KB gzip' });
  const assets = readdirSync(join(dir, 'assets')).map((f) => `assets/${f}`);
  const chunks = (pattern: RegExp) => assets.filter((a) => a.endsWith('.js') && pattern.test(a));
  const lazy: [string, string[], string][] = [
    ['monaco', chunks(/^assets\/(editor\.api|mount|jsonMode)-/), 'editor core + mount + JSON mode'],
    ['monaco.workers', chunks(/^assets\/(editor|json)\.worker-/), 'editor and JSON workers'],
    ['elkjs', chunks(/^assets\/elk\.bundled-/), 'per copy: one in the layout worker, one for the no-worker fallback'],
  ];
  for (const [name, list, what] of lazy) {
    const sizes = list.map((a) => gz(join(dir, a)));
    const kb = name === 'elkjs' ? Math.max(0, ...sizes) : sizes.reduce((s, x) => s + x, 0);
    const leaked = list.filter((c) => initial.has(c));
    record({
      metric: `bundle.${name}`,
      size: null,
      value: kb,
      unit: 'KB gzip',
      target: 'lazy',
      note: `${what}; ${list.length} chunk(s), ${leaked.length ? `IN THE INITIAL SET: ${leaked.join(', ')}` : 'none initial'}`,
    });
  }
  const total = assets.reduce((s, a) => s + statSync(join(dir, a)).size, 0) / 1024;
  record({ metric: 'bundle.total.raw', size: null, value: total, unit: 'KB' });
  return { initial: [...initial], overBudget: js.overBudget };
}
