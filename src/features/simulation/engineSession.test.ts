import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { EngineSession } from './engineSession.ts';
import type { EngineMessage, EngineUpdate, StartRequest } from './protocol.ts';
import type { SandboxClient } from './sandboxClient.ts';

const definition = {
  StartAt: 'P',
  States: {
    P: { Type: 'Parallel', Branches: [{ StartAt: 'In/ner', States: { 'In/ner': { Type: 'Pass', End: true } } }], Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
} as StateMachineDefinition;

const start: StartRequest = { type: 'start', definition, input: { a: 1 }, mocks: {}, stateMachineName: 'M', sandboxTimeoutMs: 1000, startTime: 0 };
const pacing = { delayMs: 0, msPerVirtualSecond: 0 };

function session(): { s: EngineSession; last: () => EngineUpdate } {
  const sent: EngineMessage[] = [];
  const s = new EngineSession((m) => sent.push(m), {} as SandboxClient);
  return { s, last: () => sent.filter((m): m is EngineUpdate => m.type === 'update').at(-1) as EngineUpdate };
}

describe('EngineSession: one simulation run as an object', () => {
  it('stops at a breakpoint on a nested canvas id, then runs to the end', async () => {
    const { s, last } = session();
    await s.handle(start);
    await s.handle({ type: 'run', breakpoints: ['P/~b0/In~1ner'], pacing });
    expect(last().pausedAt).toBe('P/0/In/ner');
    expect(last().status).toBe('RUNNING');
    await s.handle({ type: 'run', breakpoints: ['P/~b0/In~1ner'], pacing });
    expect(last().status).toBe('SUCCEEDED');
    expect(last().runs.length + last().runsFrom).toBe(3);
  });

  it('keeps two sessions apart: no shared module state', async () => {
    const a = session();
    const b = session();
    await a.s.handle(start);
    await b.s.handle({ ...start, input: { b: 2 } });
    await a.s.handle({ type: 'run', breakpoints: [], pacing });
    expect(a.last().status).toBe('SUCCEEDED');
    expect(a.last().output).toEqual([{ a: 1 }]);
    expect(b.last().status).toBe('RUNNING');
    await b.s.handle({ type: 'step' });
    await b.s.handle({ type: 'stepBack' });
    expect(b.last().canStepBack).toBe(false);
    await b.s.handle({ type: 'run', breakpoints: [], pacing });
    expect(b.last().output).toEqual([{ b: 2 }]);
  });

  it('takes steps asked for during a step in order, as two quick clicks on Step', async () => {
    const { s, last } = session();
    await s.handle(start);
    const first = s.handle({ type: 'step' });
    const second = s.handle({ type: 'step' });
    const back = s.handle({ type: 'stepBack' });
    const third = s.handle({ type: 'step' });
    await Promise.all([first, second, back, third]);
    expect(last().runs.length + last().runsFrom).toBe(2);
    await s.handle({ type: 'step' });
    expect(last().status).toBe('SUCCEEDED');
  });
});
