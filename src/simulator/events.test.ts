/**
 * The history against GetExecutionHistory recordings (fixtures/conformance-recorded/histories): event types in
 * order, ids and `previousEventId` chains (each branch and iteration chains on its own), and the details objects
 * (payload texts compared as JSON; placeholders the recording tool put in ARNs, request ids and timestamps are
 * ignored). All 10 recordings; parallel-order as its recording tool rewrote it (src/testing/parallelOrder.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { plainHistory, type HistoryEvent } from './events.ts';
import type { TaskInvoker } from './execution.ts';
import { run } from './run.ts';
import { startExecution } from './engine.ts';
import { fixturePath } from '../testing/fixtures.ts';
import { asRecorded } from '../testing/parallelOrder.ts';

const histories = fixturePath('conformance-recorded/histories');

interface Recorded {
  definition: StateMachineDefinition;
  input: JsonValue;
  events: HistoryEvent[];
}

function load(name: string): Recorded {
  return JSON.parse(readFileSync(join(histories, `${name}.json`), 'utf8')) as Recorded;
}

const IGNORED = new Set(['timestamp', 'roleArn', 'stateMachineArn', 'resource', 'cause', 'requestId']);

/** Details with payload texts parsed (the recording parsed texts starting with '{') and placeholders dropped. */
function normalize(v: unknown, key = ''): unknown {
  if (typeof v === 'string' && ['input', 'output', 'parameters'].includes(key)) {
    try {
      return normalize(JSON.parse(v));
    } catch {
      return v;
    }
  }
  if (Array.isArray(v)) return v.map((x) => normalize(x));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!IGNORED.has(k)) out[k] = normalize(x, k);
    return out;
  }
  return v;
}

async function simulateHistory(name: string, invoker?: TaskInvoker): Promise<{ ours: HistoryEvent[]; recorded: HistoryEvent[] }> {
  const r = load(name);
  const end = await run(startExecution(r.definition, { input: r.input, invoker }));
  return { ours: plainHistory(end.events.view(end.eventCount)), recorded: r.events };
}

function shape(events: HistoryEvent[], withIds: boolean): unknown[] {
  return events.map((e) => {
    const { id, previousEventId, timestamp: _t, type, ...details } = e;
    return withIds ? { id, previousEventId, type, ...(normalize(details) as object) } : { type, ...(normalize(details) as object) };
  });
}

describe('history matches AWS recordings', () => {
  it('finds the recorded histories', () => {
    expect(existsSync(histories)).toBe(true);
  });

  it.each(['pass-chain', 'choice', 'jsonata-choice-assign'])('%s: same events, ids and details', async (name) => {
    const { ours, recorded } = await simulateHistory(name);
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it('lambda-task-success: LambdaFunction* events for a function ARN', async () => {
    const { ours, recorded } = await simulateHistory('lambda-task-success', (req) => ({ output: req.input }));
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it('lambda-task-retry-then-catch: one Scheduled/Started/Failed triple per attempt, then the catcher', async () => {
    const { ours, recorded } = await simulateHistory('lambda-task-retry-then-catch', () => ({ error: 'Exception', cause: 'Some exception was raised.' }));
    expect(ours.map((e) => e.type)).toEqual(recorded.map((e) => e.type));
  });

  it('map-inline-parameters: MapStateStarted, MapIteration* and the item selector, ids and previousEventIds', async () => {
    const { ours, recorded } = await simulateHistory('map-inline-parameters');
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it('map-iteration-fail-catch: MapIterationFailed, MapStateFailed, then the catcher, ids and previousEventIds', async () => {
    const { ours, recorded } = await simulateHistory('map-iteration-fail-catch');
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it('parallel-branch-fail-retry: ParallelStateStarted per attempt, ParallelStateFailed, ExecutionFailed, ids', async () => {
    const { ours, recorded } = await simulateHistory('parallel-branch-fail-retry');
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it('parallel-order: every branch entered (after ParallelStateStarted) before any exits; ids around the branches', async () => {
    const { ours, recorded } = await simulateHistory('parallel-order');
    expect(asRecorded(shape(ours, true))).toEqual(shape(recorded, true));
    const types = ours.map((e) => `${e.id}<${e.previousEventId} ${e.type}`);
    expect(types.slice(2, 13)).toEqual([
      '3<2 ParallelStateStarted',
      '4<3 PassStateEntered',
      '5<3 PassStateEntered',
      '6<3 PassStateEntered',
      '7<3 PassStateEntered',
      '8<4 PassStateExited',
      '9<5 PassStateExited',
      '10<6 PassStateExited',
      '11<7 PassStateExited',
      '12<11 ParallelStateSucceeded',
      '13<11 ParallelStateExited',
    ]);
  });

  it('lambda-invoke-jsonata-to-jsonpath: TaskScheduled parameters and assignedVariables', async () => {
    const r = load('lambda-invoke-jsonata-to-jsonpath');
    const succeeded = r.events.find((e) => e.type === 'TaskSucceeded') as HistoryEvent;
    const output = (succeeded.taskSucceededEventDetails as { output: JsonValue }).output;
    const { ours, recorded } = await simulateHistory('lambda-invoke-jsonata-to-jsonpath', () => ({ output }));
    expect(ours.map((e) => e.type)).toEqual(recorded.map((e) => e.type));
    const payload = (h: HistoryEvent[]) =>
      (normalize(h.find((e) => e.type === 'TaskScheduled')?.taskScheduledEventDetails) as { parameters: { Payload: unknown } }).parameters.Payload;
    expect(payload(ours)).toEqual(payload(recorded));
    // The recording tool parsed texts that start with '{'; do the same to ours.
    const parsed = (v: unknown) => (typeof v === 'string' && v.startsWith('{') ? JSON.parse(v) : v);
    const assigned = (h: HistoryEvent[]) =>
      h
        .filter((e) => e.type === 'PassStateExited')
        .map((e) => {
          const vars = (e.stateExitedEventDetails as { assignedVariables: Record<string, unknown> }).assignedVariables;
          return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, parsed(v)]));
        });
    expect(assigned(ours)).toEqual(assigned(recorded));
  });
});
