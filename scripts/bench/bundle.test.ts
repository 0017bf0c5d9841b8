import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialJs } from './bundle.ts';

/** A build folder: index.html loads entry.js, which imports shared.js statically and lazy.js dynamically. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<script type="module" crossorigin src="/assets/entry.js"></script>');
  writeFileSync(join(dir, 'assets/entry.js'), `import { s } from "./shared.js";\nconst l = () => import("./lazy.js");\nconsole.log(s, l);`);
  // Random text does not compress: the shared chunk weighs about 3 KB gzip.
  const noise = Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 65521).toString(36)).join('');
  writeFileSync(join(dir, 'assets/shared.js'), `export const s = "${noise}";`);
  writeFileSync(join(dir, 'assets/lazy.js'), `export const l = "${noise}${noise}";`);
  return dir;
}

const dir = fakeBuild();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(budget: string) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-bundle-budget.ts', dir], {
    encoding: 'utf8',
    env: { ...process.env, INITIAL_JS_BUDGET_KB: budget },
  });
}

describe('initial JS budget', () => {
  it('counts the entry and its static imports, not the dynamic ones', () => {
    const js = initialJs(dir);
    expect(js.chunks.map((c) => c.asset).sort()).toEqual(['assets/entry.js', 'assets/shared.js']);
    expect(js.kb).toBeGreaterThan(1);
  });

  it('passes within the budget and fails over it, naming the chunks and their sizes', () => {
    const kb = initialJs(dir).kb;
    const within = check(String(kb + 1));
    expect(within.status).toBe(0);
    const over = check(String(kb / 2));
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/FAILED: .* initial JS \d+\.\d KB gzip is \d+\.\d KB over the budget/);
    expect(over.stderr).toContain('assets/shared.js');
    expect(over.stderr).toContain('assets/entry.js');
  });
});
