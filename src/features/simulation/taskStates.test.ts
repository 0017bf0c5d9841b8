import { describe, expect, it } from 'vitest';
import { NESTED_PARALLEL, parallelMachine } from '../../testing/machines.ts';
import { taskStates } from './taskStates.ts';

const def = parallelMachine(NESTED_PARALLEL.Branches, {
  next: 'a/b',
  states: {
    'a/b': { Type: 'Map', Iterator: { StartAt: 'x~y', States: { 'x~y': { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', End: true } } }, End: true },
  },
});

describe('taskStates', () => {
  it('does not flag lambda:invoke.waitForTaskToken: its mocked result is the callback output, not a Lambda response', () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', End: true } } };
    expect(taskStates(def)).toEqual([{ name: 'A', resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', lambda: false }]);
  });

  it('lists Task states at any depth with lambda:invoke flagged', () => {
    expect(taskStates(def)).toEqual([
      { name: 'T', resource: 'arn:aws:states:::lambda:invoke', lambda: true },
      { name: 'x~y', resource: 'arn:aws:lambda:us-east-1:1:function:f', lambda: false },
    ]);
  });
});
