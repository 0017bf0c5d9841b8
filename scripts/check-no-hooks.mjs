#!/usr/bin/env node
// `node scripts/check-no-hooks.mjs DIR`: fails when a production build in DIR carries the test and bench hooks
// (window.__aslStudioBench, window.__aslStudio), which only `vite build --mode instrumented` may include.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const HOOKS = ['__aslStudioBench', '__aslStudio'];
let files = 0;
const found = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(m?js|html)$/.test(name)) {
      files += 1;
      const text = readFileSync(p, 'utf8');
      for (const h of HOOKS) if (text.includes(h)) found.push(`${p}: ${h}`);
    }
  }
})(dir);
if (files === 0) {
  console.error(`check-no-hooks: no JavaScript in ${dir}`);
  process.exit(1);
}
if (found.length > 0) {
  console.error(`check-no-hooks: the production build carries test hooks:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-no-hooks: ${files} files in ${dir}, no test hooks`);
