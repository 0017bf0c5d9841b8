/**
 * `npx tsx scripts/check-bundle-budget.ts DIR…`: fails when a build's initial JavaScript (what index.html loads
 * before first use: its scripts, modulepreloads and their static imports, each chunk gzip-compressed) is over
 * INITIAL_JS_BUDGET_KB (scripts/bench/bundle.ts), so the first screen's weight cannot creep back. Prints the
 * initial chunks, largest first. Run by `npm test` on the production and the instrumented builds.
 */
import { INITIAL_JS_BUDGET_KB, initialJs } from './bench/bundle.ts';

const dirs = process.argv.slice(2);
let failed = false;
for (const dir of dirs.length ? dirs : ['dist']) {
  const js = initialJs(dir);
  const verdict = js.overBudget ? `OVER the budget of ${INITIAL_JS_BUDGET_KB} KB` : `within the budget of ${INITIAL_JS_BUDGET_KB} KB`;
  console.log(`check-bundle-budget: ${dir}: initial JS ${js.kb.toFixed(1)} KB gzip in ${js.chunks.length} chunk(s), ${verdict}`);
  for (const c of js.chunks) console.log(`  ${c.kb.toFixed(1).padStart(7)} KB  ${c.asset}`);
  if (js.chunks.length === 0) {
    console.error(`check-bundle-budget: ${dir}/index.html loads no script`);
    failed = true;
  }
  if (js.overBudget) {
    console.error('  Lazy-load what the first screen does not need (React.lazy / import() at a feature boundary).');
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
