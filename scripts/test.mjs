#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests, conformance, the unit tests and the built CLI again under Node 24,
// build, the initial JS budget (scripts/check-bundle-budget.ts) and the Playwright suite, then one plain line
// `N passed, M failed` summing every test that ran (neither vitest nor Playwright prints that form itself).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNode24 } from './node24.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, args, env = {}) {
  const shown = [cmd, ...args].join(' ');
  console.log(`\n=== ${label}: ${shown.length > 300 ? `${shown.slice(0, 300)} … (${args.length} arguments)` : shown}`);
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

/**
 * The AWS CLI v2 for src/local/awscli.test.ts (asl-studio local against a client no one here wrote): Debian's
 * awscli package, installed only when /usr/bin/aws is missing (as root; otherwise that test says how).
 */
function ensureAwsCli() {
  const AWS = process.env.AWS_CLI_PATH ?? '/usr/bin/aws';
  if (existsSync(AWS)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The AWS CLI v2 is missing at ${AWS}: sudo apt-get install -y awscli (or set AWS_CLI_PATH).`);
    return false;
  }
  console.log("The AWS CLI is missing: installing Debian's awscli package (apt-get) ...");
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get update', 'apt-get', ['update', '-qq'], env) && run('apt-get install awscli', 'apt-get', ['install', '-y', '-qq', 'awscli'], env) && existsSync(AWS);
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

/** The unit tests under `node` (vitest's JSON report counts into the summary). */
function unitTests(label, node, report) {
  run(label, node, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  });
  const unit = readJson(report);
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += (unit.numFailedTests ?? 0) + (unit.numTodoTests ?? 0) + (unit.numPendingTests ?? 0);
  } else {
    problems.push(`${label} wrote no report`);
    failed += 1;
  }
}

/** The built command line (dist-cli/, as the npm package ships it) under `node`, on the fixtures. */
function cliOnFixtures(node, v) {
  if (!check('build the CLI', npx, ['vite', 'build', '--config', 'vite.cli.config.ts'])) return;
  const env = { ASL_STUDIO_BUILT: '1' };
  const defs = 'fixtures/corpus/aws-samples/definitions';
  check(`CLI validate (${v})`, node, ['bin/asl-studio.mjs', 'validate', ...readdirSync(defs).map((f) => join(defs, f))], env);
  const sim = spawnSync(node, ['bin/asl-studio.mjs', 'simulate', join(defs, 'path-based-on-data_statemachine_statemachine.asl.json'), '--input', '{"type":"Private","value":25}'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  console.log(`\n=== CLI simulate (${v}): exit ${sim.status}\n${sim.stdout}${sim.stderr}`);
  if (sim.status !== 0 || !sim.stdout.includes('"status": "SUCCEEDED"')) {
    problems.push(`CLI simulate (${v}) failed (exit ${sim.status ?? sim.signal})`);
    failed += 1;
  }
  // Every documented conformance case, counted one by one (the recorded cases, a few of them known failures, run
  // in the unit tests above).
  const cases = 'fixtures/conformance/cases';
  const r = spawnSync(node, ['bin/asl-studio.mjs', 'test', cases, '--json'], { encoding: 'utf8', env: { ...process.env, ...env } });
  const report = (() => {
    try {
      return JSON.parse(r.stdout);
    } catch {
      return null;
    }
  })();
  console.log(`\n=== CLI test ${cases} (${v}): exit ${r.status}, ${report ? `${report.passed} passed, ${report.failed} failed` : 'no report'}`);
  for (const c of report?.cases ?? []) if (!c.passed) console.log(`FAIL ${c.file}: ${c.problems.join('; ')}`);
  if (typeof report?.passed !== 'number' || typeof report?.failed !== 'number') {
    problems.push(`CLI test (${v}) wrote no report (exit ${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`);
    failed += 1;
    return;
  }
  passed += report.passed;
  failed += report.failed;
  if (report.failed > 0 || r.status !== 0) problems.push(`CLI test (${v}) failed (exit ${r.status})`);
}

ensureAwsCli();
unitTests('unit tests', process.execPath, 'test-results/unit.json');

const node24 = ensureNode24();
if (node24.error) {
  problems.push(`Node 24: ${node24.error}`);
  failed += 1;
} else if (node24.skip) {
  console.log(`\n=== Node 24 run skipped: ${node24.skip}`);
} else {
  unitTests(`unit tests (Node ${node24.version})`, node24.node, 'test-results/unit-node24.json');
  cliOnFixtures(node24.node, `Node ${node24.version}`);
}

const built =
  check('build', npx, ['vite', 'build']) &&
  check('production build has no test hooks', process.execPath, ['scripts/check-no-hooks.mjs', 'dist']) &&
  // The browser tests drive an instrumented build (the same code plus window.__aslStudio* read hooks).
  check('instrumented build', npx, ['vite', 'build', '--mode', 'instrumented', '--outDir', 'dist-e2e', '--logLevel', 'warn']);

// The first screen's JavaScript stays within its budget (scripts/bench/bundle.ts), in both builds.
if (built) check('initial JS budget', npx, ['tsx', 'scripts/check-bundle-budget.ts', 'dist', 'dist-e2e']);

if (!built) {
  problems.push('browser tests not run: the build failed');
} else if (!ensureChromium()) {
  problems.push('browser tests not run: Chromium is missing');
  failed += 1;
} else {
  run('browser tests', npx, ['playwright', 'test'], { E2E_DIST: process.env.E2E_DIST ?? 'dist-e2e' });
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
