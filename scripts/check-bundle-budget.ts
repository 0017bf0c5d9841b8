/**
 * `npx tsx scripts/check-bundle-budget.ts DIR…`: fails when a build's initial JavaScript (what index.html loads
 * before first use: its scripts, modulepreloads and their static imports, each chunk gzip-compressed) is over
 * INITIAL_JS_BUDGET_KB (scripts/bench/bundle.ts; the environment variable of that name overrides it), so the first
 * screen's weight cannot creep back. Prints the initial chunks, largest first, and on failure says by how much each
 * build is over and which chunks it loads. Run by `npm test` (scripts/test.mjs) on the production and the
 * instrumented builds.
 */
import { INITIAL_JS_BUDGET_KB, initialJs } from './bench/bundle.ts';

const dirs = process.argv.slice(2);
const failures: string[] = [];
for (const dir of dirs.length ? dirs : ['dist']) {
  const js = initialJs(dir);
  const verdict = js.overBudget ? `OVER the budget of ${INITIAL_JS_BUDGET_KB} KB` : `within the budget of ${INITIAL_JS_BUDGET_KB} KB`;
  console.log(`check-bundle-budget: ${dir}: initial JS ${js.kb.toFixed(1)} KB gzip in ${js.chunks.length} chunk(s), ${verdict}`);
  for (const c of js.chunks) console.log(`  ${c.kb.toFixed(1).padStart(7)} KB  ${c.asset}`);
  if (js.chunks.length === 0) failures.push(`${dir}/index.html loads no script`);
  if (js.overBudget) {
    const chunks = js.chunks.map((c) => `${c.asset} ${c.kb.toFixed(1)} KB`).join(', ');
    failures.push(`${dir}: initial JS ${js.kb.toFixed(1)} KB gzip is ${(js.kb - INITIAL_JS_BUDGET_KB).toFixed(1)} KB over the budget of ${INITIAL_JS_BUDGET_KB} KB (${chunks})`);
  }
}
if (failures.length > 0) {
  for (const f of failures) console.error(`check-bundle-budget: FAILED: ${f}`);
  console.error(
    'Lazy-load what the first screen does not need (React.lazy / import() at a feature boundary; see e2e/lazy-chunks.spec.ts);\n' +
      'to see which modules a chunk holds: npx vite build --sourcemap, then a source-map explorer on the chunk.',
  );
}
process.exit(failures.length > 0 ? 1 : 0);
