import { describe, expect, it } from 'vitest';
import type { StateRun } from './protocol.ts';
import { RunViewBuilder, takenEdgeIds } from './runView.ts';
import { toGraph } from '../../asl/graph.ts';

const run = (path: string, id: string, thread: string, extra: Partial<StateRun> = {}): StateRun => ({
  path,
  stateName: path.split('/').pop() as string,
  type: 'Task',
  enteredAt: 0,
  exitedAt: 0,
  retryCount: 0,
  input: {},
  output: {},
  id,
  thread,
  ...extra,
});

describe('RunViewBuilder', () => {
  it('marks succeeded, caught, failed-then-retried and in-progress states, and the transitions taken', () => {
    const b = new RunViewBuilder();
    b.add(run('A', 'A', '', { error: 'E', output: undefined }));
    b.add(run('A', 'A', '', { retryCount: 1 }));
    b.add(run('B', 'B', '', { error: 'E', cause: 'c' }));
    b.add(run('M/0/I', 'M/~p/I', 'M/0'));
    b.add(run('M/1/I', 'M/~p/I', 'M/1', { error: 'X', output: undefined }));
    const v = b.view([{ path: 'M', id: 'M' }, { path: 'M/2/I', id: 'M/~p/I' }], 'in-progress', false);
    expect(v.nodeStatus).toEqual({ A: 'succeeded', B: 'caught-error', M: 'in-progress', 'M/~p/I': 'failed' });
    expect(v.retryCounts).toEqual({ A: 1 });
    expect(v.pairs).toEqual([['A', 'B', false]]);
    expect(v.firstId).toBe('A');
    expect(v.currentId).toBe('M/~p/I');
  });

  it('shows a retry in progress, not the failed attempt before it', () => {
    const b = new RunViewBuilder();
    b.add(run('A', 'A', '', { error: 'E', output: undefined }));
    expect(b.view([{ path: 'A', id: 'A' }], 'in-progress', false).nodeStatus).toEqual({ A: 'in-progress' });
    expect(b.view([{ path: 'A', id: 'A' }], 'aborted', false).nodeStatus).toEqual({ A: 'aborted' });
    expect(b.view([], 'in-progress', false).nodeStatus).toEqual({ A: 'failed' });
  });

  it('maps pairs to graph edge ids, preferring the Catch edge after a caught error', () => {
    const graph = toGraph({
      StartAt: 'A',
      States: { A: { Type: 'Task', Resource: 'x', Next: 'B', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'B' }] }, B: { Type: 'Succeed' } },
    });
    const b = new RunViewBuilder();
    b.add(run('A', 'A', '', { error: 'E' }));
    b.add(run('B', 'B', ''));
    expect(takenEdgeIds(b.view([], 'in-progress', true), graph.edges)).toEqual({ 'start->A': true, 'A->catch0->B': true, 'B->end': true });
  });
});
