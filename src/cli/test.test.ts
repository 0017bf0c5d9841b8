import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { TEMPLATES } from '../asl/templates/index.ts';
import { exportSuite } from '../suites/files.ts';
import { TEMPLATE_SUITES } from '../suites/templateSuites.ts';
import type { TestSuite } from '../suites/model.ts';
import { run } from './test.ts';

const def: StateMachineDefinition = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Call' }], Default: 'No' },
    Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'No' }], End: true },
    No: { Type: 'Fail', Error: 'No' },
  },
};

const okCase = { name: 'ok', input: { ok: true }, mocks: { Call: { '0': { Return: { done: 1 } } } }, expect: { status: 'SUCCEEDED' as const, output: { done: 1 } } };
const dirs: string[] = [];

function write(suite: TestSuite, definition: StateMachineDefinition = def, into?: string): string {
  const dir = into ?? mkdtempSync(join(tmpdir(), 'suite-'));
  if (!into) dirs.push(dir);
  for (const f of exportSuite(definition, suite)) writeFileSync(join(dir, f.name), JSON.stringify(f.content));
  return dir;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
  const error = vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(s));
  try {
    return { code: await run(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('asl-studio test on an exported suite', () => {
  it('runs the case files with their MockConfigFile and prints coverage with what was never taken', async () => {
    const dir = write({ cases: [okCase] });
    const r = await cli([dir, '--coverage']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 passed, 0 failed');
    expect(r.out).toContain('never entered: No');
    expect(r.out).toContain('never taken: Check → No (Default)');
    expect(r.out).toContain('never taken: Call → No (Catch States.ALL)');
    expect(r.out).toContain('States: 2/3 (66.6%)');
    expect(r.out).toContain('Transitions: 1/3 (33.3%)');
  });

  it('exits 1 under --min-coverage and writes the JSON report', async () => {
    const dir = write({ cases: [okCase] });
    const file = join(dir, 'coverage.out');
    const r = await cli([dir, '--min-coverage', '80', '--coverage-file', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('coverage below 80% (states 66.6%, transitions 33.3%)');
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect(report.transitions).toEqual({ covered: 1, total: 3, percent: 33.3 });
    expect(report.machines[0].uncoveredTransitions.map((t: { id: string }) => t.id)).toEqual(['Check->default->No', 'Call->catch0->No']);
  });

  it('reaches 100% with a case per path and passes --min-coverage 100', async () => {
    const dir = write({
      cases: [
        okCase,
        { name: 'refused', input: { ok: false }, mocks: {}, expect: { status: 'FAILED', error: 'No' } },
        { name: 'broken', input: { ok: true }, mocks: { Call: { '0': { Throw: { Error: 'Boom' } } } }, expect: { status: 'FAILED', error: 'No' } },
      ],
    });
    const r = await cli([dir, '--min-coverage', '100']);
    expect(r.out).toContain('3 passed, 0 failed');
    expect(r.out).toContain('Transitions: 3/3 (100%)');
    expect(r.code).toBe(0);
  });

  it('prints the diff of a failed output and refuses a bad --min-coverage', async () => {
    const dir = write({ cases: [{ ...okCase, expect: { status: 'SUCCEEDED', output: { done: 2 } } }] });
    const r = await cli([dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('    -   "done": 2');
    expect(r.out).toContain('    +   "done": 1');
    expect((await cli([dir, '--min-coverage', 'lots'])).code).toBe(2);
  });
});

describe('asl-studio test --coverage over the templates', () => {
  it('every template suite passes with 100% state and transition coverage', async () => {
    const root = mkdtempSync(join(tmpdir(), 'templates-'));
    dirs.push(root);
    let cases = 0;
    for (const t of TEMPLATES) {
      const suite = TEMPLATE_SUITES[t.id]!;
      if (suite.cases.length === 0) continue;
      cases += suite.cases.length;
      const dir = join(root, t.id);
      mkdirSync(dir);
      write(suite, JSON.parse(t.text) as StateMachineDefinition, dir);
    }
    const r = await cli([root, '--min-coverage', '100']);
    expect(r.err).toBe('');
    expect(r.out).toContain(`${cases} passed, 0 failed`);
    expect(r.out).toMatch(/^Transitions: (\d+)\/\1 \(100%\)$/m);
    expect(r.out).not.toContain('never');
    expect(r.code).toBe(0);
  });
});
