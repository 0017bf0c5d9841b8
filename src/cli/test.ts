/**
 * `asl-studio test PATH... [--json] [--coverage] [--coverage-file FILE] [--min-coverage N]`: runs test-case files (a
 * file, or every `.json` under a folder, recursively): the conformance format (fixtures/conformance/README.md) and
 * the files a workflow's test suite exports (src/suites/files.ts: a case names a MockConfigFile beside it). Prints
 * one line per case and `N passed, M failed`; a failed output check prints its line diff. Exits 1 when a case fails.
 *
 * `--coverage` prints, per state machine and in total, the states entered and the transitions taken (each Next,
 * Choice rule, Default, Catch and Retry path; src/suites/coverage.ts) and the ones never taken; `--coverage-file`
 * writes that report as JSON; `--min-coverage N` exits 1 when the total state or transition coverage is below N %.
 * `--json` prints a machine-readable report instead of lines (with `coverage` when asked for).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { StateMachineDefinition } from '../asl/types.ts';
import { caseFromFile, isCaseFile } from '../suites/files.ts';
import { coverageModel, countRun, summarizeCoverage, type CoverageCounts, type CoverageModel, type CoverageRatio } from '../suites/coverage.ts';
import { inspectionsOf, runTestCase, type CaseResult } from '../suites/runner.ts';

/** Files to run: the file itself, or every `.json` below a folder (`explicit` false). */
function collect(path: string): { file: string; explicit: boolean }[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [{ file: path, explicit: true }];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const p = join(path, name);
      return statSync(p).isDirectory() ? collect(p) : p.endsWith('.json') ? [{ file: p, explicit: false }] : [];
    });
}

export interface FileResult extends CaseResult {
  file: string;
}

/** Coverage of one state machine (the cases that run the same definition). */
export interface MachineCoverage {
  files: string[];
  definition: StateMachineDefinition;
  model: CoverageModel;
  counts: CoverageCounts;
}

const errorResult = (file: string, problem: string): FileResult => ({
  file,
  name: file,
  passed: false,
  problems: [problem],
  diff: [],
  actual: { status: 'ERROR', path: [], visited: [] },
});

export async function runFiles(paths: string[], coverage?: Map<string, MachineCoverage>): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const root of paths) {
    for (const { file, explicit } of collect(root)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        out.push(errorResult(file, `not JSON: ${(e as Error).message}`));
        continue;
      }
      if (!isCaseFile(parsed)) {
        if (!explicit) continue; // other JSON in a folder (a MockConfigFile, a manifest, recorded histories) is not a case
        out.push(errorResult(file, 'not a test case (needs definition and expected)'));
        continue;
      }
      const c = caseFromFile(parsed, (name) => JSON.parse(readFileSync(resolve(dirname(file), name), 'utf8')));
      if (!c.ok) {
        out.push(errorResult(file, c.message));
        continue;
      }
      const { definition, testCase } = c.value;
      const r = await runTestCase(definition, testCase);
      out.push({ file, ...r.result });
      if (coverage && r.snapshot) {
        const key = JSON.stringify(definition);
        let m = coverage.get(key);
        if (!m) coverage.set(key, (m = { files: [], definition, model: coverageModel(definition), counts: {} }));
        m.files.push(file);
        countRun(definition, m.model, inspectionsOf(r.snapshot), m.counts);
      }
    }
  }
  return out;
}

const pct = (r: CoverageRatio) => `${r.covered}/${r.total} (${r.percent}%)`;

function add(a: CoverageRatio, b: CoverageRatio): CoverageRatio {
  const covered = a.covered + b.covered;
  const total = a.total + b.total;
  return { covered, total, percent: total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10 };
}

/** The coverage report: per state machine (named by its first case file) and in total. */
export function coverageReport(machines: Iterable<MachineCoverage>) {
  let states: CoverageRatio = { covered: 0, total: 0, percent: 100 };
  let transitions: CoverageRatio = { covered: 0, total: 0, percent: 100 };
  const list = [...machines].map((m) => {
    const s = summarizeCoverage(m.model, m.counts);
    states = add(states, s.states);
    transitions = add(transitions, s.transitions);
    return {
      files: m.files.map((f) => relative(process.cwd(), f)),
      states: s.states,
      transitions: s.transitions,
      uncoveredStates: s.uncoveredStates.map((i) => i.id),
      uncoveredTransitions: s.uncoveredTransitions.map((i) => ({ id: i.id, label: i.label })),
      counts: m.counts,
    };
  });
  return { states, transitions, machines: list };
}

const USAGE = 'Usage: asl-studio test PATH... [--json] [--coverage] [--coverage-file FILE] [--min-coverage N]';

export async function run(args: string[]): Promise<number> {
  let values: { json?: boolean; coverage?: boolean; 'coverage-file'?: string; 'min-coverage'?: string };
  let paths: string[];
  try {
    const parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, coverage: { type: 'boolean' }, 'coverage-file': { type: 'string' }, 'min-coverage': { type: 'string' } },
    });
    values = parsed.values;
    paths = parsed.positionals;
  } catch (e) {
    console.error(`asl-studio test: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const min = values['min-coverage'] === undefined ? undefined : Number(values['min-coverage']);
  if (min !== undefined && !(Number.isFinite(min) && min >= 0 && min <= 100)) {
    console.error(`asl-studio test: --min-coverage takes a percentage from 0 to 100, not '${values['min-coverage']}'`);
    return 2;
  }
  if (paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const wantCoverage = values.coverage === true || values['coverage-file'] !== undefined || min !== undefined;
  const machines = wantCoverage ? new Map<string, MachineCoverage>() : undefined;
  let results: FileResult[];
  try {
    results = await runFiles(paths, machines);
  } catch (e) {
    console.error(`asl-studio test: ${(e as Error).message}`);
    return 2;
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  const report = machines ? coverageReport(machines.values()) : undefined;
  if (values.json) {
    const cases = results.map((r) => ({ file: relative(process.cwd(), r.file), name: r.name, passed: r.passed, problems: r.problems, diff: r.diff, actual: r.actual }));
    console.log(JSON.stringify({ passed, failed, cases, ...(report ? { coverage: report } : {}) }, null, 2));
  } else {
    for (const r of results) {
      const where = relative(process.cwd(), r.file);
      console.log(r.passed ? `PASS ${where}` : `FAIL ${where}: ${r.problems.join('; ')}`);
      for (const l of r.diff) console.log(`    ${l.op} ${l.text}`);
    }
    console.log(`${passed} passed, ${failed} failed`);
    if (report) {
      console.log(`\nCoverage (${report.machines.length} state machine${report.machines.length === 1 ? '' : 's'}):`);
      for (const m of report.machines) {
        const name = m.files[0] + (m.files.length > 1 ? ` (+${m.files.length - 1} cases)` : '');
        console.log(`  ${name}: states ${pct(m.states)}, transitions ${pct(m.transitions)}`);
        for (const id of m.uncoveredStates) console.log(`    never entered: ${id}`);
        for (const t of m.uncoveredTransitions) console.log(`    never taken: ${t.label}`);
      }
      console.log(`States: ${pct(report.states)}\nTransitions: ${pct(report.transitions)}`);
    }
  }
  if (report && values['coverage-file'] !== undefined) writeFileSync(values['coverage-file'], `${JSON.stringify(report, null, 2)}\n`);
  let code = failed === 0 ? 0 : 1;
  if (report && min !== undefined && (report.states.percent < min || report.transitions.percent < min)) {
    console.error(`asl-studio test: coverage below ${min}% (states ${report.states.percent}%, transitions ${report.transitions.percent}%)`);
    code = 1;
  }
  return code;
}
