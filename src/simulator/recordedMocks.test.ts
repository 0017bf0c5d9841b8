/**
 * Real executions become tests: a recorded history → the recorded task results as a MockConfigFile test case →
 * the simulator, replaying that case, ends as the recording did (same output or error, same top-level path).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../asl/history.ts';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { readHistoryFile } from '../aws/historyFile.ts';
import { recordedRun } from '../aws/recordedRun.ts';
import { fixturePath } from '../testing/fixtures.ts';
import { compressInvocations, recordedMocks } from './recordedMocks.ts';
import { enteredPath, runCase } from './testCases.ts';
import { TEMPLATES } from '../asl/templates/index.ts';
import { startExecution } from './engine.ts';
import type { TaskInvoker } from './execution.ts';
import { run } from './run.ts';
import { parseMockConfig } from './mockConfig.ts';

const HISTORIES = fixturePath('conformance-recorded', 'histories');

/** JSON texts inside a value, parsed: the LocalStack recorder stored causes parsed, so their spacing is lost. */
function normalise(v: unknown): unknown {
  if (typeof v === 'string' && /^[[{]/.test(v)) {
    try {
      return normalise(JSON.parse(v));
    } catch {
      return v;
    }
  }
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}

async function roundTrip(definition: StateMachineDefinition, fileText: string) {
  const file = readHistoryFile(fileText);
  if (!file.ok) throw new Error(file.message);
  const rec = recordedRun(definition, file.history.events);
  if (!rec.ok) throw new Error(rec.message);
  const mocks = await recordedMocks(definition, rec.run.input, rec.run.invocations);
  return { rec: rec.run, mocks };
}

describe('recorded AWS histories replay as tests', () => {
  const names = readdirSync(HISTORIES).map((f) => f.replace(/\.json$/, ''));

  it.each(names)('%s', async (name) => {
    const fx = JSON.parse(readFileSync(`${HISTORIES}/${name}.json`, 'utf8')) as { definition: StateMachineDefinition; events: HistoryEvent[] };
    const { rec, mocks } = await roundTrip(fx.definition, JSON.stringify(fx));
    expect(mocks.missing).toEqual([]);
    expect(mocks.unused).toBe(0);
    expect(parseMockConfig(mocks.mocks).ok).toBe(true);
    // The recorded path: the top-level states entered, in order.
    const entered = fx.events.filter((e) => e.type.endsWith('StateEntered')).map((e) => (e.stateEnteredEventDetails as { name: string }).name);
    expect(entered).toEqual(expect.arrayContaining(rec.expected.path));
    // The simulator, answered by the mocks alone, ends as AWS did.
    const result = await runCase({ name, definition: fx.definition, input: rec.input, mocks: mocks.mocks, expected: { ...rec.expected, output: normalise(rec.expected.output) as JsonValue } });
    expect(result.actual.path).toEqual(rec.expected.path);
    expect(result.actual.status).toBe(rec.expected.status);
    expect(normalise(result.actual.output)).toEqual(normalise(rec.expected.output));
    expect(result.actual.error).toBe(rec.expected.status === 'FAILED' ? rec.expected.error : undefined);
  });

  it('keeps every attempt of a retried Lambda task, as thrown errors, and the catcher gets the last one', async () => {
    const fx = JSON.parse(readFileSync(`${HISTORIES}/lambda-task-retry-then-catch.json`, 'utf8')) as { definition: StateMachineDefinition };
    const { rec, mocks } = await roundTrip(fx.definition, JSON.stringify(fx));
    expect(rec.invocations).toHaveLength(4);
    const responses = mocks.mocks.MockedResponses!.InvokeLambdaWithRetry!;
    expect(Object.keys(responses)).toEqual(['0', '1', '2', '3']); // request ids differ, so no two answers are equal
    expect(responses['3']!.Throw).toMatchObject({ Error: 'Exception' });
    expect(JSON.parse(responses['3']!.Throw!.Cause!)).toMatchObject({ requestId: '<uuid:4>' });
    expect(mocks.mocks.StateMachines!.SM!.TestCases!.T).toEqual({ InvokeLambdaWithRetry: 'InvokeLambdaWithRetry' });
    expect(rec.expected).toMatchObject({ status: 'SUCCEEDED', path: ['InvokeLambdaWithRetry', 'HandleError'] });
  });

  it('a failed execution expects its error and cause', async () => {
    const fx = JSON.parse(readFileSync(`${HISTORIES}/parallel-branch-fail-retry.json`, 'utf8')) as { definition: StateMachineDefinition };
    const { rec } = await roundTrip(fx.definition, JSON.stringify(fx));
    expect(rec.expected).toEqual({ status: 'FAILED', error: 'FailureType', cause: 'Cause description', path: ['ParallelState'] });
  });
});

/** Events with the ids and links AWS gives them, from `[type, previousEventId, details]` rows. */
function history(rows: [string, number, Record<string, unknown>?][]): string {
  const detailsKey = (type: string) => {
    if (type.endsWith('StateEntered')) return 'stateEnteredEventDetails';
    if (type.endsWith('StateExited')) return 'stateExitedEventDetails';
    return `${type[0]!.toLowerCase()}${type.slice(1)}EventDetails`;
  };
  return JSON.stringify({ events: rows.map(([type, prev, d], i) => ({ id: i + 1, previousEventId: prev, timestamp: `2026-03-01T10:00:${String(i).padStart(2, '0')}Z`, type, ...(d ? { [detailsKey(type)]: d } : {}) })) });
}

describe('the mocks follow the simulator, not the order AWS happened to run things in', () => {
  const fn = 'arn:aws:lambda:us-east-1:111111111111:function:f';
  const definition: StateMachineDefinition = {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: fn, Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 1, MaxAttempts: 2 }], End: true } } },
        End: true,
      },
    },
  } as StateMachineDefinition;

  it('concurrent Map iterations: iteration 1 ran first on AWS, iteration 0 was retried', async () => {
    // Iteration 1 (item "b") is scheduled and succeeds before iteration 0 (item "a"), which fails once, then succeeds.
    const text = history([
      ['ExecutionStarted', 0, { input: '["a","b"]' }],
      ['MapStateEntered', 0, { name: 'M', input: '["a","b"]' }],
      ['MapStateStarted', 2, { length: 2 }],
      ['MapIterationStarted', 3, { name: 'M', index: 0 }],
      ['MapIterationStarted', 3, { name: 'M', index: 1 }],
      ['TaskStateEntered', 5, { name: 'T', input: '"b"' }], // 6: iteration 1
      ['LambdaFunctionScheduled', 6, { input: '"b"' }],
      ['LambdaFunctionSucceeded', 7, { output: '"B"' }],
      ['TaskStateEntered', 4, { name: 'T', input: '"a"' }], // 9: iteration 0
      ['LambdaFunctionScheduled', 9, { input: '"a"' }],
      ['LambdaFunctionFailed', 10, { error: 'Flaky', cause: 'try again' }],
      ['TaskStateExited', 8, { name: 'T', output: '"B"' }], // 12: iteration 1 ends
      ['MapIterationSucceeded', 12, { name: 'M', index: 1 }],
      ['LambdaFunctionScheduled', 11, { input: '"a"' }],
      ['LambdaFunctionSucceeded', 14, { output: '"A"' }],
      ['TaskStateExited', 15, { name: 'T', output: '"A"' }],
      ['MapIterationSucceeded', 16, { name: 'M', index: 0 }],
      ['MapStateSucceeded', 17],
      ['MapStateExited', 17, { name: 'M', output: '["A","B"]' }],
      ['ExecutionSucceeded', 19, { output: '["A","B"]' }],
    ]);
    const { rec, mocks } = await roundTrip(definition, text);
    expect(rec.invocations.map((i) => i.path)).toEqual(['M/1/T', 'M/0/T', 'M/0/T']);
    // In history order the first answer would be "B" and iteration 0 would get it: the mocks are reordered.
    expect(mocks.mocks.MockedResponses!.T).toEqual({ '0': { Throw: { Error: 'Flaky', Cause: 'try again' } }, '1': { Return: 'B' }, '2': { Return: 'A' } });
    expect(mocks.actual).toMatchObject({ status: 'SUCCEEDED', output: ['A', 'B'] });
    const result = await runCase({ name: 'map', definition, input: rec.input, mocks: mocks.mocks, expected: rec.expected });
    expect(result.problems).toEqual([]);
  });

  it('a call the recording lacks fails with States.Runtime and is reported; unused answers are kept', async () => {
    const text = history([
      ['ExecutionStarted', 0, { input: '["a"]' }],
      ['MapStateEntered', 0, { name: 'M', input: '["a"]' }],
      ['MapStateStarted', 2, { length: 1 }],
      ['MapIterationStarted', 3, { name: 'M', index: 0 }],
      ['TaskStateEntered', 4, { name: 'Other', input: '"a"' }],
      ['TaskScheduled', 5, { resource: 'x' }],
      ['TaskSucceeded', 6, { output: '1' }],
      ['TaskStateExited', 7, { name: 'Other', output: '1' }],
      ['MapIterationSucceeded', 8, { name: 'M', index: 0 }],
      ['MapStateExited', 9, { name: 'M', output: '[1]' }],
      ['ExecutionSucceeded', 10, { output: '[1]' }],
    ]);
    const { rec, mocks } = await roundTrip(definition, text);
    expect(rec.warnings.join(' ')).toMatch(/does not have: Other/);
    expect(mocks.missing).toEqual(['M/0/T']);
    expect(mocks.unused).toBe(1);
    expect(mocks.mocks.MockedResponses!.Other).toEqual({ '0': { Return: 1 } });
    expect(mocks.actual.status).toBe('FAILED');
  });
});

describe('compressInvocations', () => {
  it('joins consecutive equal answers into a range and keeps the rest apart', () => {
    const err = { Throw: { Error: 'E', Cause: 'c' } };
    expect(compressInvocations([err, err, err, { Return: 1 }, err])).toEqual({ '0-2': err, '3': { Return: 1 }, '4': err });
    expect(compressInvocations([])).toEqual({});
  });
});

describe('histories this simulator writes replay the same way (the templates: Parallel, Map, retries, Catch)', () => {
  /** Every call answers something unique; the first call of a Task with a Retry fails with the error it retries. */
  const invoker = (definition: StateMachineDefinition): TaskInvoker => {
    const retried = new Map<string, string>();
    const visit = (states: unknown) => {
      for (const [name, s] of Object.entries((states ?? {}) as Record<string, Record<string, unknown>>)) {
        const retry = s.Retry as { ErrorEquals: string[] }[] | undefined;
        const error = retry?.[0]?.ErrorEquals[0];
        if (s.Type === 'Task' && error) retried.set(name, error === 'States.ALL' ? 'States.TaskFailed' : error);
        for (const b of (s.Branches as { States: unknown }[] | undefined) ?? []) visit(b.States);
        const proc = (s.ItemProcessor ?? s.Iterator) as { States: unknown } | undefined;
        if (proc) visit(proc.States);
      }
    };
    visit(definition.States);
    return (req) => {
      const error = retried.get(req.stateName);
      if (error && req.retryCount === 0) return { error, cause: `first try at ${req.path}` };
      return { output: { Payload: { at: req.path, call: req.invocation }, StatusCode: 200 } };
    };
  };

  it.each(TEMPLATES.filter((t) => t.simulation).map((t) => [t.id, t] as const))('%s', async (_, template) => {
    const definition = JSON.parse(template.text) as StateMachineDefinition;
    const input = template.simulation!.input;
    const end = await run(startExecution(definition, { input, invoker: invoker(definition) }));
    const events = end.events.view(end.eventCount);
    const { rec, mocks } = await roundTrip(definition, JSON.stringify({ events }));
    expect(mocks.missing).toEqual([]);
    expect(mocks.unused).toBe(0);
    expect(rec.invocations.length).toBe(Object.values(end.invocations).reduce((a, b) => a + b, 0));
    const result = await runCase({ name: template.id, definition, input: rec.input, mocks: mocks.mocks, expected: rec.expected });
    expect(result.problems).toEqual([]);
    expect(result.actual).toMatchObject({ status: end.status, path: enteredPath(end) });
    expect(result.actual.output).toEqual(end.status === 'SUCCEEDED' ? end.output : undefined);
  });
});
