/**
 * The store runs every command through the one per-state-data pipeline: the sidecar and each registered holder
 * (mocks, the simulation view) follow the command's identity changes, and undo/redo bring them back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteStates } from '../commands/stateDelete.ts';
import { duplicateState } from '../commands/stateEdit.ts';
import { moveState } from '../commands/stateMove.ts';
import { renameState } from '../commands/stateRename.ts';
import { NESTED } from '../commands/testUtil.ts';
import { emptySidecar } from '../layout/sidecar.ts';
import { useSimulationView } from './simulation.ts';
import { applyToNameKeyed } from './stateData.ts';
import { useAppStore } from './store.ts';

const store = useAppStore;
let mocks: Record<string, string> = {};
let unregister = () => {};

beforeEach(() => {
  mocks = { B1: 'mock of B1', I1: 'mock of I1' };
  unregister = store.getState().stateData.register<Record<string, string>>({
    key: 'test.mocks',
    get: () => mocks,
    set: (m) => {
      mocks = m;
    },
    apply: (m, changes, before) => applyToNameKeyed(m, changes, before, { copies: true }),
  });
  store.getState().loadText(NESTED, { ...emptySidecar(), positions: { P: { x: 10, y: 20 }, 'P/~b0/B1': { x: 1, y: 2 } } });
  useSimulationView.setState({ breakpoints: { 'P/~b0/B1': true, M: true } });
});

afterEach(() => {
  unregister();
  useSimulationView.setState({ breakpoints: {} });
});

const positions = () => ({ ...store.getState().sidecar.positions });
const breakpoints = () => Object.keys(useSimulationView.getState().breakpoints).sort();

/** Every piece of per-state data of the first branch's state is under `name` (B1 before a rename). */
function expectDataOf(name: string): void {
  expect(positions()).toEqual({ P: { x: 10, y: 20 }, [`P/~b0/${name}`]: { x: 1, y: 2 } });
  expect(mocks).toEqual({ [name]: 'mock of B1', I1: 'mock of I1' });
  expect(breakpoints()).toEqual(['M', `P/~b0/${name}`]);
}

describe('the per-state data pipeline', () => {
  it('a rename carries positions, mocks and breakpoints; undo and redo take them back and forth', () => {
    expect(store.getState().runCommand(renameState, { id: 'B1', newName: 'x' })).not.toBe(true); // not a top-level id
    expect(store.getState().runCommand(renameState, { id: 'P/~b0/B1', newName: 'First' })).toBe(true);
    expectDataOf('First');

    store.getState().undo();
    expectDataOf('B1');

    store.getState().redo();
    expectDataOf('First');
  });

  it('a mock edited after a command survives the undo of that command', () => {
    store.getState().runCommand(renameState, { id: 'M/~p/I1', newName: 'Item' });
    mocks = { ...mocks, Item: 'edited later' };
    store.getState().undo();
    expect(mocks.I1).toBe('edited later');
  });

  it('a deletion drops the data of the state and all nested in it; undo restores it', () => {
    store.getState().runCommand(deleteStates, { ids: ['P'] });
    expect(positions()).toEqual({});
    expect(mocks).toEqual({ I1: 'mock of I1' });
    expect(breakpoints()).toEqual(['M']);
    store.getState().undo();
    expectDataOf('B1');
  });

  it('a move keeps the mock and the breakpoint; a duplicate gets a copy of the mock only', () => {
    store.getState().runCommand(moveState, { id: 'P/~b0/B1', scope: '' });
    expect(mocks.B1).toBe('mock of B1');
    expect(breakpoints()).toEqual(['B1', 'M']);
    expect(positions()).toEqual({ P: { x: 10, y: 20 } });
    store.getState().runCommand(duplicateState, { id: 'M' });
    expect(mocks).toEqual({ B1: 'mock of B1', I1: 'mock of I1', 'I1 (1)': 'mock of I1' });
    expect(breakpoints()).toEqual(['B1', 'M']);
    store.getState().undo();
    expect(mocks).toEqual({ B1: 'mock of B1', I1: 'mock of I1' });
  });

  it('a rename typed in the editor (inside a Parallel branch) carries the data; undo and redo of the typing too', () => {
    const typed = store.getState().doc.text.split('"B1"').join('"First"');
    store.getState().setText(typed);
    store.getState().flushParse();
    expectDataOf('First');

    store.getState().undo();
    expectDataOf('B1');
    store.getState().redo();
    expectDataOf('First');
  });

  it('a rename typed in a Map processor, then a command: the command sees the renamed data', () => {
    store.getState().setText(store.getState().doc.text.split('"I1"').join('"Item"'));
    // No explicit parse: the command flushes the pending parse first, and the rename is applied then.
    expect(store.getState().runCommand(renameState, { id: 'M/~p/Item', newName: 'Each' })).toBe(true);
    expect(mocks).toEqual({ B1: 'mock of B1', Each: 'mock of I1' });
  });
});
