#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests, conformance, build and the Playwright suite, then one plain line
// `N passed, M failed` summing every test that ran (neither vitest nor Playwright prints that form itself).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  if (!ok) problems.push(`${label} failed (exit ${r.status ?? r.signal})`);
  return ok;
}

/** A step that is not a test runner (type-check, lint, build) counts as one failed check when it fails. */
function check(label, cmd, args, env = {}) {
  const ok = run(label, cmd, args, env);
  if (!ok) failed += 1;
  return ok;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install Debian's Chromium as root:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or set CHROMIUM_PATH to an existing Chromium binary.',
    );
    return false;
  }
  console.log("Chromium is missing: installing Debian's chromium package (apt-get) ...");
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get update', 'apt-get', ['update', '-qq'], env) &&
    run('apt-get install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], env) &&
    existsSync(CHROMIUM);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });
const npx = 'npx';

check('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', npx, ['oxlint', '-c', '.oxlintrc.json', '--deny-warnings', 'src', 'e2e', 'scripts']);

run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], {
  NO_COLOR: '1',
  FORCE_COLOR: '0',
});
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numTodoTests ?? 0) + (unit.numPendingTests ?? 0);
} else {
  problems.push('unit tests wrote no report');
  failed += 1;
}

const built = check('build', npx, ['vite', 'build']);

if (!built) {
  problems.push('browser tests not run: the build failed');
} else if (!ensureChromium()) {
  problems.push('browser tests not run: Chromium is missing');
  failed += 1;
} else {
  run('browser tests', npx, ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0) + (e2e.stats.skipped ?? 0);
  } else {
    problems.push('browser tests wrote no report');
    failed += 1;
  }
}

console.log('');
for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(problems.length === 0 && failed === 0 ? 0 : 1);
