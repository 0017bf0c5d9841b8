import { describe, expect, it } from 'vitest';
import { childThread, startThread } from './children.ts';
import { compileMachine } from './compile.ts';

const machine = compileMachine({
  StartAt: 'P',
  States: {
    P: { Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }], End: true },
  },
});

describe('startThread and childThread: the one thread constructor', () => {
  it('starts the machine at StartAt with nothing running', () => {
    const root = startThread(machine, '', { a: 1 }, {}, 5);
    expect(root).toEqual({ sub: machine, path: '', state: 'P', input: { a: 1 }, vars: {}, retries: null, retryCount: 0, enteredAt: 5, enteredEventId: 0, lastEventId: 0, composite: null, mapItem: null });
  });

  it('names a child by the parent path, the state and the index, and shares the parent variables', () => {
    const sub = machine.states.get('P')!.subs[0]!;
    const vars = { x: 1 };
    const top = childThread(startThread(machine, '', null, vars, 0), 'P', sub, 0, 'in', 9);
    expect(top.path).toBe('P/0');
    expect(top.state).toBe('B');
    expect(top.vars).toBe(vars);
    const nested = childThread({ ...top, path: 'M/3/a/b' }, 'In/ner', sub, 12, 'v', 10, { index: 12, value: 'v' });
    expect(nested.path).toBe('M/3/a/b/In/ner/12');
    expect(nested.mapItem).toEqual({ index: 12, value: 'v' });
    expect(Object.keys(nested)).toEqual(Object.keys(top));
  });
});
