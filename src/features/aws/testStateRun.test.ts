import { describe, expect, it } from 'vitest';
import { testStateRun } from './testStateRun.ts';

describe('testStateRun', () => {
  it('puts each DEBUG inspection stage where the data-flow view shows it', () => {
    const run = testStateRun('Shape', 'Shape', 'Pass', '{"a":1}', {
      status: 'SUCCEEDED',
      output: '{"a":1,"r":{"x":1}}',
      nextState: 'After',
      inspectionData: { input: '{"a":1}', afterInputPath: '{"a":1}', afterParameters: '{"x":1}', result: '{"x":1}', afterResultPath: '{"a":1,"r":{"x":1}}', variables: '{"v":2}' },
    });
    expect(run).toMatchObject({ path: 'Shape', type: 'Pass', input: { a: 1 }, afterParameters: { x: 1 }, result: { x: 1 }, afterResultPath: { a: 1, r: { x: 1 } }, output: { a: 1, r: { x: 1 } }, variables: { v: 2 } });
    expect(run.afterResultSelector).toBeUndefined();
  });

  it('keeps the error and cause, and the input it was given when AWS returns no inspection data', () => {
    const run = testStateRun('Call', 'Call', 'Task', '{"n":1}', { status: 'FAILED', error: 'States.TaskFailed', cause: 'boom' });
    expect(run).toMatchObject({ input: { n: 1 }, error: 'States.TaskFailed', cause: 'boom' });
    expect(run.output).toBeUndefined();
  });
});
