import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { coverageModel, countRun, summarizeCoverage, type CoverageCounts } from './coverage.ts';
import { inspectionsOf, runTestCase } from './runner.ts';
import type { TestCase } from './model.ts';

const lambda = 'arn:aws:states:::lambda:invoke';

/** A Parallel whose second branch holds a Map whose items go through a Choice, a retried and a caught Task. */
const nested: StateMachineDefinition = {
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Parallel',
      Next: 'Done',
      Branches: [
        { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
        {
          StartAt: 'Items',
          States: {
            Items: {
              Type: 'Map',
              ItemsPath: '$.items',
              End: true,
              ItemProcessor: {
                StartAt: 'Kind',
                States: {
                  Kind: {
                    Type: 'Choice',
                    Choices: [
                      { Variable: '$.kind', StringEquals: 'a', Next: 'Call' },
                      { Variable: '$.kind', StringEquals: 'b', Next: 'Call' },
                    ],
                    Default: 'Skip',
                  },
                  Call: {
                    Type: 'Task',
                    Resource: lambda,
                    Parameters: { FunctionName: 'f', 'Payload.$': '$' },
                    Retry: [{ ErrorEquals: ['Busy'], MaxAttempts: 2, IntervalSeconds: 1 }],
                    Catch: [
                      { ErrorEquals: ['Gone'], Next: 'Lost' },
                      { ErrorEquals: ['States.ALL'], Next: 'Lost' },
                    ],
                    End: true,
                  },
                  Skip: { Type: 'Pass', End: true },
                  Lost: { Type: 'Pass', End: true },
                },
              },
            },
          },
        },
      ],
    },
    Done: { Type: 'Succeed' },
  },
};

const ok = { Return: { Payload: 'ok', StatusCode: 200 } };

async function counts(def: StateMachineDefinition, cases: TestCase[]): Promise<CoverageCounts> {
  const model = coverageModel(def);
  const c: CoverageCounts = {};
  for (const tc of cases) {
    const r = await runTestCase(def, tc);
    expect(r.result.problems.filter((p) => p.startsWith('the simulator'))).toEqual([]);
    countRun(def, model, inspectionsOf(r.snapshot!), c);
  }
  return c;
}

describe('coverage model', () => {
  it('lists every state at any depth and every Next, Choice rule, Default, Catch and Retry path', () => {
    const m = coverageModel(nested);
    expect(m.states.map((s) => s.id).sort()).toEqual(
      [
        'Done',
        'Fan',
        'Fan/~b0/Left',
        'Fan/~b1/Items',
        'Fan/~b1/Items/~p/Call',
        'Fan/~b1/Items/~p/Kind',
        'Fan/~b1/Items/~p/Lost',
        'Fan/~b1/Items/~p/Skip',
      ].sort(),
    );
    expect(m.transitions.map((t) => t.id).sort()).toEqual(
      [
        'Fan->next->Done',
        'Fan/~b1/Items/~p/Kind->choice0->Fan/~b1/Items/~p/Call',
        'Fan/~b1/Items/~p/Kind->choice1->Fan/~b1/Items/~p/Call',
        'Fan/~b1/Items/~p/Kind->default->Fan/~b1/Items/~p/Skip',
        'Fan/~b1/Items/~p/Call->catch0->Fan/~b1/Items/~p/Lost',
        'Fan/~b1/Items/~p/Call->catch1->Fan/~b1/Items/~p/Lost',
        'Fan/~b1/Items/~p/Call->retry0',
      ].sort(),
    );
  });
});

describe('coverage of runs over nested Parallel and Map', () => {
  it('tells apart two Choice rules with the same target and two Catches with the same target', async () => {
    const def = nested;
    const c = await counts(def, [
      {
        name: 'rule a, caught by the first catcher',
        input: { items: [{ kind: 'a' }] },
        mocks: { Call: { '0': { Throw: { Error: 'Gone', Cause: '' } } } },
        expect: { status: 'SUCCEEDED' },
      },
    ]);
    expect(c['Fan/~b1/Items/~p/Kind->choice0->Fan/~b1/Items/~p/Call']).toBe(1);
    expect(c['Fan/~b1/Items/~p/Kind->choice1->Fan/~b1/Items/~p/Call']).toBeUndefined();
    expect(c['Fan/~b1/Items/~p/Call->catch0->Fan/~b1/Items/~p/Lost']).toBe(1);
    expect(c['Fan/~b1/Items/~p/Call->catch1->Fan/~b1/Items/~p/Lost']).toBeUndefined();
    expect(c['Fan/~b1/Items/~p/Skip']).toBeUndefined();
    expect(c['Fan->next->Done']).toBe(1);
    const s = summarizeCoverage(coverageModel(def), c);
    expect(s.states).toEqual({ covered: 7, total: 8, percent: 87.5 });
    expect(s.transitions.covered).toBe(3);
    expect(s.uncoveredStates.map((i) => i.id)).toEqual(['Fan/~b1/Items/~p/Skip']);
  });

  it('counts every Map iteration, retries and Default, and reaches 100% with enough cases', async () => {
    const c = await counts(nested, [
      {
        name: 'all paths',
        input: { items: [{ kind: 'a' }, { kind: 'b' }, { kind: 'z' }, { kind: 'a' }] },
        // Call's invocations: 0 (item 0) ok; 1 (item 1) busy → 2 ok; 3 (item 3) fails with something else.
        mocks: { Call: { '0': ok, '1': { Throw: { Error: 'Busy', Cause: '' } }, '2': ok, '3': { Throw: { Error: 'Other', Cause: '' } } } },
        expect: { status: 'SUCCEEDED' },
      },
      {
        name: 'gone',
        input: { items: [{ kind: 'a' }] },
        mocks: { Call: { '0': { Throw: { Error: 'Gone', Cause: '' } } } },
        expect: { status: 'SUCCEEDED' },
      },
    ]);
    expect(c['Fan/~b1/Items/~p/Kind']).toBe(5);
    expect(c['Fan/~b1/Items/~p/Call']).toBe(4);
    expect(c['Fan/~b1/Items/~p/Call->retry0']).toBe(1);
    expect(c['Fan/~b1/Items/~p/Kind->default->Fan/~b1/Items/~p/Skip']).toBe(1);
    expect(c['Fan/~b1/Items/~p/Call->catch1->Fan/~b1/Items/~p/Lost']).toBe(1);
    const s = summarizeCoverage(coverageModel(nested), c);
    expect(s.uncoveredTransitions.map((t) => t.id)).toEqual([]);
    expect(s.states.percent).toBe(100);
    expect(s.transitions).toEqual({ covered: 7, total: 7, percent: 100 });
  });

  it('does not count a Next that a failed state never took', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: lambda, Next: 'After' }, After: { Type: 'Succeed' } },
    };
    const c = await counts(def, [{ name: 'fails', input: {}, mocks: { T: { '0': { Throw: { Error: 'X', Cause: '' } } } }, expect: { status: 'FAILED' } }]);
    expect(c).toEqual({ T: 1 });
  });

  it('resolves state names with a slash inside a Map', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'a/b', States: { 'a/b': { Type: 'Pass', Next: 'c' }, c: { Type: 'Pass', End: true } } } },
      },
    };
    const c = await counts(def, [{ name: 'x', input: [1, 2], mocks: {}, expect: { status: 'SUCCEEDED' } }]);
    expect(c['M/~p/a~1b']).toBe(2);
    expect(c['M/~p/a~1b->next->M/~p/c']).toBe(2);
  });

  it('counts JSONata Choice rules', async () => {
    const def: StateMachineDefinition = {
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.x > 1 %}', Next: 'Big' }], Default: 'Small' },
        Big: { Type: 'Succeed' },
        Small: { Type: 'Succeed' },
      },
    };
    const c = await counts(def, [{ name: 'big', input: { x: 5 }, mocks: {}, expect: { status: 'SUCCEEDED' } }]);
    expect(c['C->choice0->Big']).toBe(1);
    expect(c['C->default->Small']).toBeUndefined();
  });
});
