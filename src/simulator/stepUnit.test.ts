import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { nextState, startExecution } from './index.ts';
import type { ExecutionSnapshot } from './execution.ts';
import { stepBackState, stepState } from './stepUnit.ts';
import { parallelMachine } from '../testing/machines.ts';

// Branch 1 waits (entered in one engine step, completed in a later one) while branch 2 runs B.
const def = parallelMachine(
  [
    { StartAt: 'W1', States: { W1: { Type: 'Wait', Seconds: 1, Next: 'A' }, A: { Type: 'Pass', End: true } } },
    { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
  ],
  { next: 'Done', states: { Done: { Type: 'Pass', End: true } } },
) as unknown as StateMachineDefinition;

const where = (s: ExecutionSnapshot) => `${nextState(s)?.path ?? 'end'}@${s.steps}`;

describe('stepState / stepBackState', () => {
  it('never stops in the middle of a state, and Step back retraces exactly the stops of Step', async () => {
    let s = startExecution(def);
    const forward = [where(s)];
    while (s.status === 'RUNNING') {
      s = await stepState(s);
      expect(s.status !== 'RUNNING' || nextState(s)?.resuming === false).toBe(true);
      forward.push(where(s));
    }
    const back = [where(s)];
    for (let b = s; b.previous; ) {
      b = stepBackState(b);
      back.push(where(b));
    }
    expect(back).toEqual([...forward].reverse());
    // The half-done Wait (the engine's stop after B) is skipped both ways.
    expect(forward).not.toContain('P/0/W1@3');
    expect(forward.length).toBeLessThan(s.steps + 1);
  });
});
