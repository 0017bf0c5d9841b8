import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../testing/fixtures.ts';
import { enteredNames, readHistoryFile } from './historyFile.ts';

const fixture = (name: string) => JSON.parse(readFileSync(fixturePath('conformance-recorded', 'histories', `${name}.json`), 'utf8')) as { events: Record<string, unknown>[] };

/** A small history as `aws stepfunctions get-execution-history` (CLI v2) prints it. */
const cliHistory = {
  events: [
    { timestamp: '2026-03-01T10:00:00.000000+00:00', type: 'ExecutionStarted', id: 1, previousEventId: 0, executionStartedEventDetails: { input: '{"a":1}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::1:role/r' } },
    { timestamp: '2026-03-01T10:00:00.010000+00:00', type: 'PassStateEntered', id: 2, previousEventId: 0, stateEnteredEventDetails: { name: 'P', input: '{"a":1}' } },
    { timestamp: '2026-03-01T10:00:00.020000+00:00', type: 'PassStateExited', id: 3, previousEventId: 2, stateExitedEventDetails: { name: 'P', output: '{"a":2}' } },
    { timestamp: '2026-03-01T10:00:00.030000+00:00', type: 'ExecutionSucceeded', id: 4, previousEventId: 3, executionSucceededEventDetails: { output: '{"a":2}' } },
  ],
};

describe('readHistoryFile: the shapes a saved history comes in', () => {
  it('reads the AWS CLI output and tells the execution from its events', () => {
    const r = readHistoryFile(JSON.stringify(cliHistory, null, 4), 'run-1.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.history.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(r.history.execution).toMatchObject({ name: 'run-1.json', status: 'SUCCEEDED', input: '{"a":1}', output: '{"a":2}', startDate: '2026-03-01T10:00:00.000000+00:00' });
    expect(r.history.warnings).toEqual([]);
  });

  it('reads SDK output with PascalCase keys, epoch timestamps, reverse order and pages', () => {
    const pascal = cliHistory.events.map((e) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(e)) out[k[0]!.toUpperCase() + k.slice(1)] = k === 'timestamp' ? 1772359200.5 + (e.id as number) : v;
      return out;
    });
    const pages = [{ Events: pascal.slice(2).reverse(), NextToken: 'x' }, { Events: pascal.slice(0, 2).reverse() }];
    const r = readHistoryFile(JSON.stringify(pages));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.history.events.map((e) => e.id)).toEqual([1, 2, 3, 4]);
    expect(r.history.events[1]).toMatchObject({ type: 'PassStateEntered', previousEventId: 0, stateEnteredEventDetails: { name: 'P' } });
    expect(r.history.events[0]!.timestamp).toBe('2026-03-01T10:00:01.500Z');
  });

  it('finds the events inside a wrapper (an exported execution) and names the execution by its ARN', () => {
    const exported = { execution: { executionArn: 'arn:aws:states:us-east-1:1:execution:M:abc' }, executionArn: 'arn:aws:states:us-east-1:1:execution:M:abc', history: { events: cliHistory.events } };
    const r = readHistoryFile(JSON.stringify(exported));
    expect(r.ok && r.history.execution.name).toBe('abc');
    expect(r.ok && r.history.events.length).toBe(4);
  });

  it('turns payloads that a recorder stored parsed back into JSON text, as the API sends them', () => {
    const r = readHistoryFile(JSON.stringify(fixture('lambda-task-retry-then-catch')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const failed = r.history.events.find((e) => e.type === 'LambdaFunctionFailed') as Record<string, Record<string, unknown>>;
    expect(typeof failed.lambdaFunctionFailedEventDetails!.cause).toBe('string');
    expect(JSON.parse(failed.lambdaFunctionFailedEventDetails!.cause as string)).toMatchObject({ errorType: 'Exception' });
    expect(r.history.execution.input).toBe('{"Value1":"HelloWorld!","Value2":null}');
  });

  it('numbers events without usable ids by position and says so (a rewritten recording)', () => {
    const r = readHistoryFile(JSON.stringify(fixture('parallel-order')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.history.events.map((e) => e.id)).toEqual(r.history.events.map((_, i) => i + 1));
    expect(r.history.warnings.join(' ')).toMatch(/8 events have no numeric id/);
    expect(enteredNames(r.history.events)).toEqual(['StartState', 'Branch0', 'Branch1', 'Branch2', 'Branch3']);
  });

  it('marks a history that has not ended as RUNNING and a later page as incomplete', () => {
    const r = readHistoryFile(JSON.stringify({ events: cliHistory.events.slice(1, 3) }));
    expect(r.ok && r.history.execution.status).toBe('RUNNING');
    expect(r.ok && r.history.warnings.join(' ')).toMatch(/no ExecutionStarted/);
  });
});

describe('readHistoryFile: bad input is a message, never a throw', () => {
  it.each([
    ['not JSON', '{"events": [', /not JSON/],
    ['a definition instead', JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }), /no execution history/],
    ['an empty history', '{"events": []}', /no events/],
    ['an event that is not an object', '{"events": [{"type":"ExecutionStarted","id":1}, 7]}', /event 2 is not an object/],
    ['an event without a type', '{"events": [{"type":"ExecutionStarted","id":1}, {"id":2}]}', /event 2 has no "type"/],
  ])('%s', (_, text, message) => {
    const r = readHistoryFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it('refuses more events than one execution can have, quickly', () => {
    const events = Array.from({ length: 100_001 }, (_, i) => ({ id: i + 1, type: 'PassStateEntered' }));
    const t = performance.now();
    const r = readHistoryFile(JSON.stringify({ events }));
    expect(!r.ok && r.message).toMatch(/100001 events/);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const r = readHistoryFile(JSON.stringify(v) ?? 'null');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('id', 'Id', 'type', 'previousEventId', 'timestamp', 'taskFailedEventDetails', 'stateEnteredEventDetails'), fc.jsonValue({ maxDepth: 2 }))), (events) => {
        const r = readHistoryFile(JSON.stringify({ events }));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});
