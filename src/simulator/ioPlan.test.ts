import { describe, expect, it } from 'vitest';
import type { State, StateMachineDefinition } from '../asl/types.ts';
import { compileMachine } from './compile.ts';
import { IOPlan } from './ioPlan.ts';
import { simulate } from './run.ts';

const STAGE_KEYS = ['afterInputPath', 'afterParameters', 'afterArguments', 'result', 'afterResultSelector', 'afterResultPath', 'output'];

/** The stages the inspection of each state recorded, by state name. */
async function stagesOf(def: StateMachineDefinition, input: unknown = { a: 1 }): Promise<Record<string, string[]>> {
  const end = await simulate(def, { input: input as never, invoker: () => ({ output: { r: 2 } }) });
  const out: Record<string, string[]> = {};
  for (const insp of end.snapshot.inspections.view(end.snapshot.inspectionCount)) {
    out[insp.stateName] = STAGE_KEYS.filter((k) => (insp as unknown as Record<string, unknown>)[k] !== undefined);
  }
  return out;
}

describe('IOPlan: the stages a state has, compiled once', () => {
  it('reads `$` and an absent path as the value itself, null as null, and keeps a path as written', () => {
    const plan = new IOPlan({ Type: 'Pass', InputPath: '$', OutputPath: null, ResultPath: '$.r', Next: 'X' } as State, 'JSONPath');
    expect(plan.inputPath).toBeUndefined();
    expect(plan.outputPath).toBeNull();
    expect(plan.resultPath).toBe('$.r');
    expect(plan.inputStage && plan.parametersStage && plan.resultStage).toBe(true);
    expect(plan.resultSelectorStage).toBe(false);
  });

  it('gives a type only its own stages: no Assign on Succeed, no InputPath on Fail, no JSONPath stage in JSONata', () => {
    expect(new IOPlan({ Type: 'Succeed', Assign: { x: 1 } } as State, 'JSONPath').assign).toBeNull();
    expect(new IOPlan({ Type: 'Fail', InputPath: '$.a' } as State, 'JSONPath').inputStage).toBe(false);
    const task = new IOPlan({ Type: 'Task', Resource: 'r', Arguments: { x: 1 }, End: true } as State, 'JSONata');
    expect([task.inputStage, task.parametersStage, task.resultStage, task.argumentsStage, task.jsonataResult]).toEqual([false, false, false, true, true]);
    expect(new IOPlan({ Type: 'Map', ItemSelector: { v: 1 }, Parameters: { p: 1 } } as unknown as State, 'JSONPath').itemSelector).toEqual({ v: 1 });
  });

  it('is compiled with each state, and an unknown Type compiles (it fails when it runs)', () => {
    const m = compileMachine({ StartAt: 'A', States: { A: { Type: 'Pass', End: true }, B: { Type: 7, End: true } } } as unknown as StateMachineDefinition);
    expect(m.states.get('A')?.io).toBeInstanceOf(IOPlan);
    expect(m.states.get('B')?.io.inputStage).toBe(true);
  });

  it('records the same inspection stages as the types table says, with and without paths', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Next: 'Q' },
        Q: { Type: 'Pass', InputPath: '$.a', Parameters: { 'v.$': '$' }, ResultPath: '$.out', OutputPath: '$.out', Next: 'T' },
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ResultSelector: { 's.$': '$.r' }, Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.s', NumericEquals: 2, Next: 'W' }] },
        W: { Type: 'Wait', Seconds: 1, Next: 'S' },
        S: { Type: 'Succeed' },
      },
    } as unknown as StateMachineDefinition;
    expect(await stagesOf(def)).toEqual({
      P: ['afterInputPath', 'afterParameters', 'result', 'afterResultPath', 'output'],
      Q: ['afterInputPath', 'afterParameters', 'result', 'afterResultPath', 'output'],
      T: ['afterInputPath', 'afterParameters', 'result', 'afterResultSelector', 'afterResultPath', 'output'],
      C: ['afterInputPath', 'output'],
      W: ['afterInputPath', 'output'],
      S: ['afterInputPath', 'output'],
    });
    const jsonata = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'P' }, P: { Type: 'Pass', End: true } },
    } as unknown as StateMachineDefinition;
    expect(await stagesOf(jsonata)).toEqual({ T: ['afterArguments', 'result', 'output'], P: ['output'] });
  });
});
