/**
 * Test runners made by `createTestRunner` share nothing: each owns its worker (a new Run all stops only its own
 * earlier run), and results and coverage reach only its own tests store and coverage view.
 */
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { CoverageView } from '../../store/coverage.ts';
import type { CaseResult } from '../../suites/runner.ts';
import type { TestCase } from '../../suites/model.ts';
import { freshStore } from '../library/fakeExtras.ts';
import { createTestRunner, type RunnerWorker } from './testRunner.ts';
import { createTestsStore } from './testsStore.ts';
import type { RunAllMessage, RunAllRequest } from './tests.worker.ts';

const DEF = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } } as const;
const CASE: TestCase = { name: 'happy', input: {}, mocks: {}, expect: { status: 'SUCCEEDED' } };

class FakeWorker implements RunnerWorker {
  onmessage: RunnerWorker['onmessage'] = null;
  onerror: RunnerWorker['onerror'] = null;
  requests: RunAllRequest[] = [];
  terminated = false;
  postMessage(r: RunAllRequest): void {
    this.requests.push(r);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(m: RunAllMessage): void {
    this.onmessage?.({ data: m } as MessageEvent<RunAllMessage>);
  }
}

function make() {
  const tests = freshStore(createTestsStore, { tests: { cases: [CASE] } }).store;
  const coverage = create<CoverageView>()((set) => ({ shown: false, counts: {}, items: {}, stale: false, setCoverage: (v) => set(v) }));
  const workers: FakeWorker[] = [];
  const runner = createTestRunner({
    tests,
    coverage,
    definition: () => DEF as never,
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  return { tests, coverage, workers, runner };
}

const result = (name: string, passed: boolean): CaseResult => ({ name, passed, problems: [], diff: [], actual: {} as CaseResult['actual'] });
const ratio = { covered: 1, total: 1, percent: 100 };

describe('createTestRunner', () => {
  it('runs in its own worker and reports to its own stores only', () => {
    const a = make();
    const b = make();
    a.runner.runAll();
    expect(a.workers).toHaveLength(1);
    expect(a.workers[0]!.requests).toEqual([{ definition: DEF, suite: { cases: [CASE] } }]);
    expect(a.tests.getState().running).toBe(true);
    expect(b.tests.getState().running).toBe(false);
    a.workers[0]!.send({ type: 'case', result: result('happy', true) });
    a.workers[0]!.send({ type: 'done', counts: { P: 1 }, items: ['P'], coverage: { states: ratio, transitions: ratio, uncovered: [] } });
    expect(a.tests.getState()).toMatchObject({ running: false, message: '1 passed, 0 failed · transitions 100% covered' });
    expect(a.workers[0]!.terminated).toBe(true);
    expect(a.coverage.getState()).toMatchObject({ shown: true, counts: { P: 1 }, items: { P: true } });
    expect(b.coverage.getState().shown).toBe(false);
    expect(b.tests.getState().results).toEqual({});
  });

  it('a new Run all stops only its own earlier run, whose late messages change nothing', () => {
    const a = make();
    const b = make();
    a.runner.runAll();
    b.runner.runAll();
    a.runner.runAll();
    expect(a.workers.map((w) => w.terminated)).toEqual([true, false]);
    expect(b.workers.map((w) => w.terminated)).toEqual([false]);
    a.workers[0]!.send({ type: 'case', result: result('late', false) });
    expect(a.tests.getState().results).toEqual({});
    b.workers[0]!.send({ type: 'fatal', message: 'boom' });
    expect(b.tests.getState()).toMatchObject({ running: false, message: 'The test run stopped: boom' });
    expect(a.tests.getState().running).toBe(true);
    a.runner.stop();
    expect(a.workers[1]!.terminated).toBe(true);
  });
});
