import { describe, expect, it } from 'vitest';
import { canvasIdOfPath, pathResolver, taskStates, threadOf } from './pathIds.ts';

const def = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } }, End: true } } },
      ],
      Next: 'a/b',
    },
    'a/b': { Type: 'Map', Iterator: { StartAt: 'x~y', States: { 'x~y': { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', End: true } } }, End: true },
  },
};

describe('canvasIdOfPath', () => {
  it.each([
    ['P', 'P'],
    ['P/0/A', 'P/~b0/A'],
    ['P/1/M', 'P/~b1/M'],
    ['P/1/M/17/T', 'P/~b1/M/~p/T'],
    ['P/1', 'P/~b1'],
    ['a/b', 'a~1b'],
    ['a/b/3/x~y', 'a~1b/~p/x~0y'],
  ])('%s → %s', (path, id) => {
    expect(canvasIdOfPath(def, path)).toBe(id);
  });

  it.each([['Nope'], ['P/9/A'], ['P/x/A'], ['P/0/B']])('%s does not resolve', (path) => {
    expect(canvasIdOfPath(def, path)).toBeUndefined();
  });

  it('memoises per path', () => {
    const r = pathResolver(def);
    expect(r('P/1/M/2/T')).toBe('P/~b1/M/~p/T');
    expect(r('P/1/M/2/T')).toBe('P/~b1/M/~p/T');
  });
});

describe('threadOf and taskStates', () => {
  it('strips the state name', () => {
    expect(threadOf('M/3/a/b', 'a/b')).toBe('M/3');
    expect(threadOf('Top', 'Top')).toBe('');
  });

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
