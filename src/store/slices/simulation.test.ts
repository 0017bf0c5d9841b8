/** The simulation view of an app store: breakpoints follow that store's renames and undo; its edits mark the run out of date. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';
import { createSimulationView } from './simulation.ts';

const machine = (name: string) => JSON.stringify({ StartAt: name, States: { [name]: { Type: 'Succeed' } } }, null, 2);

function pair() {
  const app = createAppStore();
  app.getState().loadText(machine('A'));
  return { app, view: createSimulationView(app) };
}

describe('simulation view', () => {
  it('moves breakpoints and run colours with a rename of its own store, and back on undo', () => {
    const { app, view } = pair();
    view.getState().toggleBreakpoint('A');
    view.getState().setView({ active: true, nodeStatus: { A: 'succeeded' } });
    expect(app.getState().run('state.rename', { id: 'A', newName: 'B' })).toBe(true);
    expect(view.getState().breakpoints).toEqual({ B: true });
    expect(view.getState().nodeStatus).toEqual({ B: 'succeeded' });
    expect(view.getState().stale).toBe(true);
    app.getState().undo();
    expect(view.getState().breakpoints).toEqual({ A: true });
  });

  it('shares nothing with the view of another store', () => {
    const one = pair();
    const two = pair();
    one.view.getState().toggleBreakpoint('A');
    two.view.getState().setView({ active: true });
    expect(two.app.getState().run('state.rename', { id: 'A', newName: 'C' })).toBe(true);
    expect(one.view.getState().breakpoints).toEqual({ A: true });
    expect(one.view.getState().stale).toBe(false);
    expect(two.view.getState()).toMatchObject({ breakpoints: {}, stale: true });
  });
});
