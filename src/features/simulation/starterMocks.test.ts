/**
 * Starter mocks come from the per-state data pipeline (settings.ts `mocksAfter`): a command that adds a Task
 * declares an `add` identity change, so undo takes the starter mock away and redo brings back what it was then.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CHAIN } from '../../commands/testUtil.ts';
import { useAppStore } from '../../store/store.ts';
import { mockFor, starterMock } from './mockSet.ts';
import { mocksAfter, useSimulationSettings } from './settings.ts';

const store = useAppStore;
const mocks = () => useSimulationSettings.getState().mocks;

beforeEach(() => {
  store.getState().loadText(CHAIN);
  useSimulationSettings.getState().setMocks({});
});

describe('starter mocks through the command pipeline', () => {
  it('gives a new Task a sample result named after it, and keeps a mock the name already has', () => {
    const kept = { kind: 'error', error: 'Boom', cause: 'x' } as const;
    const out = mocksAfter({ Kept: kept }, [
      { kind: 'add', id: 'Charge card', type: 'Task' },
      { kind: 'add', id: 'Kept', type: 'Task' },
      { kind: 'add', id: 'Wait', type: 'Wait' },
    ], undefined);
    expect(mockFor(out, 'Charge card')).toEqual({
      kind: 'result',
      result: { ok: true, state: 'Charge card', message: 'Sample result of Charge card' },
      durationMs: 120,
    });
    expect(out.Kept).toEqual(kept);
    expect(Object.keys(out).sort()).toEqual(['Charge card', 'Kept']);
  });

  it('undo of an add takes the starter mock away; redo brings back the mock as it was when undone', () => {
    expect(store.getState().run('state.add', { type: 'Task', name: 'Notify', scope: '' })).toBe(true);
    expect(mocks().Notify).toEqual(starterMock('Notify'));
    const edited = { kind: 'result', result: { sent: true } } as const;
    useSimulationSettings.getState().setMock('Notify', edited);

    store.getState().undo();
    expect(mocks().Notify).toBeUndefined();
    store.getState().redo();
    expect(mocks().Notify).toEqual(edited);
    store.getState().undo();
    expect(mocks()).toEqual({});
  });

  it('an insert on an edge and a paste from another workflow give new Tasks starter mocks, undone with them', () => {
    expect(store.getState().run('state.insertOnEdge', { type: 'Task', name: 'Between', source: 'A', kind: 'next' })).toBe(true);
    const fragment = JSON.stringify({ StartAt: 'Elsewhere', States: { Elsewhere: { Type: 'Task', Resource: 'arn:x', End: true } } });
    expect(store.getState().run('clipboard.paste', { content: fragment, scope: '' })).toBe(true);
    expect(Object.keys(mocks()).sort()).toEqual(['Between', 'Elsewhere']);
    store.getState().undo();
    expect(Object.keys(mocks())).toEqual(['Between']);
    store.getState().undo();
    expect(mocks()).toEqual({});
    store.getState().redo();
    store.getState().redo();
    expect(Object.keys(mocks()).sort()).toEqual(['Between', 'Elsewhere']);
  });

  it('a duplicate gets a copy of its source mock; redo gives back the copy as edited before the undo', () => {
    useSimulationSettings.getState().setMock('B', starterMock('B'));
    expect(store.getState().run('state.duplicate', { id: 'B' })).toBe(true);
    expect(mocks()['B (1)']).toEqual(starterMock('B'));
    const edited = { kind: 'error', error: 'Late', cause: 'edited' } as const;
    useSimulationSettings.getState().setMock('B (1)', edited);
    store.getState().undo();
    expect(Object.keys(mocks())).toEqual(['B']);
    store.getState().redo();
    expect(mocks()['B (1)']).toEqual(edited);
  });
});
