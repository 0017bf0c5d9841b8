import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import type { CompiledState } from './compile.ts';
import { startExecution } from './engine.ts';
import { run } from './run.ts';
import type { StateInspection, Thread } from './execution.ts';
import { runPipeline, type StateIO } from './pipeline.ts';
import { StepContext } from './runtime.ts';

const def = {
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Parameters: { 'x.$': '$.v' }, End: true } },
} as unknown as StateMachineDefinition;

function setup() {
  const s = startExecution(def, { input: { v: 1 } });
  const ctx = new StepContext(s);
  const t = s.root as Thread;
  const state = (name: string) => t.sub.states.get(name) as CompiledState;
  const insp = () => ({ path: '', stateName: '', type: 'Pass', enteredAt: 0, retryCount: 0, input: null }) as StateInspection;
  return { ctx, t, state, insp };
}

describe('runPipeline: one StateIO for the synchronous states of a step context', () => {
  it('gives the object of a state that ended synchronously to the next state, set up for that state', () => {
    const { ctx, t, state, insp } = setup();
    const seen: StateIO[] = [];
    const work = (input: JsonValue, io: StateIO) => {
      seen.push(io);
      return { result: input, next: io.st.next };
    };
    const a = runPipeline(ctx, t, state('A'), insp(), work);
    const bInsp = insp();
    const b = runPipeline(ctx, { ...t, input: { v: 2 } }, state('B'), bInsp, work);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[1]?.st.name).toBe('B');
    expect(seen[1]?.insp).toBe(bInsp);
    expect(a).toMatchObject({ kind: 'ok', output: { v: 1 }, next: 'B' });
    expect(b).toMatchObject({ kind: 'ok', output: { x: 2 }, next: null });
  });

  it('does not give away the object of a state still running (a promise) or one that failed', async () => {
    const { ctx, t, state, insp } = setup();
    const seen: StateIO[] = [];
    const later = runPipeline(ctx, t, state('A'), insp(), (input, io) => {
      seen.push(io);
      return Promise.resolve({ result: input, next: io.st.next });
    });
    runPipeline(ctx, t, state('B'), insp(), (_input, io) => {
      seen.push(io);
      return { kind: 'fail', error: 'E', cause: '' };
    });
    runPipeline(ctx, t, state('B'), insp(), (input, io) => {
      seen.push(io);
      return { result: input, next: null };
    });
    expect(new Set(seen).size).toBe(3);
    await expect(later).resolves.toMatchObject({ kind: 'ok', next: 'B' });
    expect(seen[0]?.st.name).toBe('A');
  });
});

describe('StepContext.payload: one wrapper per value in the history', () => {
  it('shares the wrapper of a value between the exited event and the next entered one, and texts stay right', async () => {
    const machine = {
      StartAt: 'Same',
      States: { Same: { Type: 'Pass', Next: 'Changed' }, Changed: { Type: 'Pass', Result: { r: 1 }, End: true } },
    } as unknown as StateMachineDefinition;
    const end = await run(startExecution(machine, { input: { v: 1 } }));
    const events = end.events.view(end.eventCount);
    const entered = events.filter((e) => e.type === 'PassStateEntered') as Record<string, Record<string, unknown>>[];
    const exited = events.filter((e) => e.type === 'PassStateExited') as Record<string, Record<string, unknown>>[];
    expect(entered).toHaveLength(2);
    // Same: input = output; Same's output is Changed's input.
    expect(entered[0]?.stateEnteredEventDetails?.input).toBe(exited[0]?.stateExitedEventDetails?.output);
    expect(exited[0]?.stateExitedEventDetails?.output).toBe(entered[1]?.stateEnteredEventDetails?.input);
    expect(exited[1]?.stateExitedEventDetails?.output).not.toBe(entered[1]?.stateEnteredEventDetails?.input);
    expect(JSON.parse(JSON.stringify(entered.map((e) => e.stateEnteredEventDetails?.input)))).toEqual(['{"v":1}', '{"v":1}']);
    expect(String(exited[1]?.stateExitedEventDetails?.output)).toBe('{"r":1}');
  });
});
