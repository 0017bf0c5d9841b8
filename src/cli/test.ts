/**
 * `asl-studio test PATH... [--json]`: runs conformance/test-case files (a file, or every `.json` under a folder,
 * recursively; see fixtures/conformance/README.md), prints one line per case and a final `N passed, M failed`,
 * and exits 1 when any case fails. `--json` prints a machine-readable report instead.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isConformanceCase, runCase, type CaseResult } from '../simulator/testCases.ts';

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

export async function runFiles(paths: string[]): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const root of paths) {
    for (const { file, explicit } of collect(root)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        out.push({ file, name: file, passed: false, problems: [`not JSON: ${(e as Error).message}`], actual: { status: 'ERROR', path: [] } });
        continue;
      }
      if (!isConformanceCase(parsed)) {
        if (!explicit) continue; // other JSON in a folder (a manifest, recorded histories) is not a case
        out.push({ file, name: file, passed: false, problems: ['not a test case (needs definition and expected)'], actual: { status: 'ERROR', path: [] } });
        continue;
      }
      out.push({ file, ...(await runCase(parsed)) });
    }
  }
  return out;
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length === 0) {
    console.error('Usage: asl-studio test PATH... [--json]');
    return 2;
  }
  let results: FileResult[];
  try {
    results = await runFiles(paths);
  } catch (e) {
    console.error(`asl-studio test: ${(e as Error).message}`);
    return 2;
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (json) {
    console.log(JSON.stringify({ passed, failed, cases: results.map((r) => ({ file: relative(process.cwd(), r.file), name: r.name, passed: r.passed, problems: r.problems, actual: r.actual })) }, null, 2));
  } else {
    for (const r of results) {
      const where = relative(process.cwd(), r.file);
      console.log(r.passed ? `PASS ${where}` : `FAIL ${where}: ${r.problems.join('; ')}`);
    }
    console.log(`${passed} passed, ${failed} failed`);
  }
  return failed === 0 ? 0 : 1;
}
