import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { layoutGraph } from './layoutGraph.ts';
import { layoutQuality } from './quality.ts';
import type { Direction, LayoutEngineKind } from './types.ts';

/** A chain whose Task states all catch into one handler, and a Choice after a catching Parallel: AWS draws every
 * Catch edge out of the state's side, with the handler beside the main column. */
const machine = {
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Charge', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Notify failure' }] },
    Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Ship', Catch: [{ ErrorEquals: ['Declined'], Next: 'Refund' }, { ErrorEquals: ['States.ALL'], Next: 'Notify failure' }] },
    Ship: {
      Type: 'Parallel',
      Next: 'Done?',
      Branches: [{ StartAt: 'Pack', States: { Pack: { Type: 'Pass', End: true } } }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Notify failure' }],
    },
    'Done?': { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Charge' },
    Done: { Type: 'Succeed' },
    Refund: { Type: 'Pass', Next: 'Notify failure' },
    'Notify failure': { Type: 'Fail' },
  },
};

/** The corpus' two hard cases: a handler that is also the next state, and a Catch back to an earlier state (a retry loop). */
const sharedAndBack = {
  StartAt: 'Acquire',
  States: {
    Acquire: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:updateItem', Next: 'Init' },
    Init: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Next: 'Release', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Acquire' }] },
    Release: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:updateItem', Next: 'Done', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }] },
    Done: { Type: 'Succeed' },
  },
};

const cases: [LayoutEngineKind, Direction][] = [['elk', 'DOWN'], ['elk', 'RIGHT'], ['fast', 'DOWN'], ['fast', 'RIGHT']];

describe.each(cases)('Catch edges to one side (%s, %s)', (engine, direction) => {
  it.each([['chain', machine], ['shared handler and retry loop', sharedAndBack]])('leave from the side and put the handler beside the main column (%s)', async (_name, def) => {
    const graph = toGraph(def);
    const layout = await layoutGraph(graph, { direction, engine });
    const q = layoutQuality(graph, layout, { direction });
    const findings = q.details.filter((d) => !d.startsWith('label '));
    expect({ catchInline: q.catchInline, upward: q.upward, overlaps: q.overlaps, edgeThroughState: q.edgeThroughState, findings }).toEqual({
      catchInline: 0,
      upward: 0,
      overlaps: 0,
      edgeThroughState: 0,
      findings: [],
    });
  });
});
