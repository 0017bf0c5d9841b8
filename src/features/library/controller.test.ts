/** The library controller against the in-memory storage (Node has no IndexedDB: start-up falls back to memory). */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_DEFINITION_TEXT } from '../../asl/seed.ts';
import { useAppStore } from '../../store/store.ts';
import {
  addWorkflow,
  canRevert,
  deleteWorkflow,
  duplicateWorkflow,
  keepMineAsCopy,
  loadTheirs,
  newWorkflow,
  openWorkflow,
  renameWorkflow,
  revertToOpened,
  startPersistence,
} from './controller.ts';
import { runFileCommand } from '../files/fileCommands.ts';
import { useSimulationSettings } from '../simulation/settings.ts';
import { useLibrary } from './libraryStore.ts';
import { workflowStorage } from './workflowStorage.ts';

const names = () => useLibrary.getState().list.map((w) => w.name).sort();
const idOf = (name: string) => useLibrary.getState().list.find((w) => w.name === name)!.id;

describe('library controller', () => {
  beforeAll(async () => {
    await startPersistence();
  });

  it('first start opens the seed workflow and says storage is unavailable', () => {
    expect(useLibrary.getState().name).toBe('Microservices workflow');
    expect(useAppStore.getState().doc.text).toBe(SEED_DEFINITION_TEXT);
    expect(useLibrary.getState().storageError).toContain('unavailable');
  });

  it('autosaves edits and extras, and restores them when reopened', async () => {
    useAppStore.getState().replaceText('{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}\n', 'Edit');
    workflowStorage.setExtras('simulation', { presets: { p: '{}' } });
    const seedId = workflowStorage.currentId()!;
    await newWorkflow('map');
    expect(useLibrary.getState().name).toBe('Map over items');
    expect(workflowStorage.getExtras('simulation')).toMatchObject({ presets: {}, mocks: { ShipItem: { kind: 'sequence' } } });
    expect(JSON.parse((workflowStorage.getExtras('simulation') as { inputText: string }).inputText)).toMatchObject({ orderId: '456' });
    await openWorkflow(seedId);
    expect(useAppStore.getState().doc.text).toContain('"StartAt":"A"');
    expect(workflowStorage.getExtras('simulation')).toEqual({ presets: { p: '{}' } });
    expect(useAppStore.getState().history.past).toEqual([]);
  });

  it('renames, duplicates, deletes and undoes a delete', async () => {
    await renameWorkflow(idOf('Map over items'), 'Shipping');
    await duplicateWorkflow(idOf('Shipping'));
    expect(names()).toEqual(['Microservices workflow', 'Shipping', 'Shipping (copy)']);
    await deleteWorkflow(idOf('Shipping (copy)'));
    expect(names()).toEqual(['Microservices workflow', 'Shipping']);
    useLibrary.getState().toast?.action?.run();
    await expect.poll(names).toEqual(['Microservices workflow', 'Shipping', 'Shipping (copy)']);
  });

  it('deleting the open workflow opens another one', async () => {
    await openWorkflow(idOf('Shipping (copy)'));
    await deleteWorkflow(idOf('Shipping (copy)'));
    expect(useLibrary.getState().name).not.toBe('Shipping (copy)');
    expect(names()).not.toContain('Shipping (copy)');
  });

  it('an import is a new entry with a unique name', async () => {
    await addWorkflow({ name: 'Shipping', text: 'StartAt: A\nStates: {}\n' });
    expect(useLibrary.getState().name).toBe('Shipping (2)');
    expect(useAppStore.getState().doc.format).toBe('yaml');
    expect(names()).toContain('Shipping');
  });

  it('a change in another tab is a conflict: keep mine as a copy, or load theirs', async () => {
    const other = new BroadcastChannel('asl-studio-workflows');
    const announce = () => other.postMessage({ type: 'saved', id: workflowStorage.currentId(), revision: 999, from: 'other' });
    const name = useLibrary.getState().name;
    announce();
    await expect.poll(() => useLibrary.getState().status.kind).toBe('conflict');
    useAppStore.getState().replaceText('{"StartAt":"Mine","States":{"Mine":{"Type":"Pass","End":true}}}\n', 'Edit');
    await keepMineAsCopy();
    expect(useLibrary.getState()).toMatchObject({ name: `${name} (copy)`, status: { kind: 'saved' } });
    expect(names()).toContain(name);

    const textBefore = useAppStore.getState().doc.text;
    announce();
    await expect.poll(() => useLibrary.getState().status.kind).toBe('conflict');
    useAppStore.getState().replaceText('{"StartAt":"Lost","States":{"Lost":{"Type":"Pass","End":true}}}\n', 'Edit');
    await loadTheirs();
    expect(useAppStore.getState().doc.text).toBe(textBefore);
    expect(useLibrary.getState().status.kind).toBe('saved');
    other.close();
  });

  it('leaving a workflow in conflict keeps the unsaved changes as a copy', async () => {
    const other = new BroadcastChannel('asl-studio-workflows');
    const name = useLibrary.getState().name;
    other.postMessage({ type: 'saved', id: workflowStorage.currentId(), revision: 999, from: 'other' });
    await expect.poll(() => useLibrary.getState().status.kind).toBe('conflict');
    useAppStore.getState().replaceText('{"StartAt":"Kept","States":{"Kept":{"Type":"Pass","End":true}}}\n', 'Edit');
    await newWorkflow('blank');
    expect(useLibrary.getState().toast?.message).toContain(`${name} (copy)`);
    await openWorkflow(idOf(`${name} (copy)`));
    expect(useAppStore.getState().doc.text).toContain('"Kept"');
    other.close();
  });

  it('a template brings its simulation input, presets and mocks to the simulation panel; blank brings none', async () => {
    await newWorkflow('approval');
    expect(useLibrary.getState().name).toBe('Human approval');
    const settings = useSimulationSettings.getState();
    expect(settings.mocks.RequestApproval).toEqual({ kind: 'result', result: expect.objectContaining({ decision: 'APPROVED' }) });
    expect(JSON.parse(settings.inputText)).toMatchObject({ expenseId: 'EXP-2026-0142' });
    await newWorkflow('choice');
    expect(useSimulationSettings.getState()).toMatchObject({ inputText: '{}', mocks: { ProcessOrder: { kind: 'result' } } });
    expect(JSON.parse(useSimulationSettings.getState().presets['Large order']!)).toEqual({ orderId: '458', total: 2500 });
    await newWorkflow('blank');
    expect(workflowStorage.getExtras('simulation')).toBeUndefined();
    expect(useSimulationSettings.getState()).toMatchObject({ inputText: '{}', presets: {}, mocks: {} });
  });
  it('Revert (by id) goes back to the text and layout as opened, as one step that Undo takes back', async () => {
    await addWorkflow({ name: 'Revertable', text: SEED_DEFINITION_TEXT });
    const store = useAppStore.getState;
    expect(canRevert()).toBe(false);
    expect(runFileCommand('file.revert')).toMatch(/No changes/);
    const edited = '{"StartAt":"Z","States":{"Z":{"Type":"Pass","End":true}}}\n';
    store().replaceText(edited, 'Edit');
    store().moveNodes({ Z: { x: 40, y: 80 } });
    expect(canRevert()).toBe(true);
    expect(runFileCommand('file.revert')).toBe(true);
    expect(store().doc.text).toBe(SEED_DEFINITION_TEXT);
    expect(store().sidecar.positions).toEqual({});
    expect(store().history.past.at(-1)?.label).toBe('Revert');
    expect(useLibrary.getState().name).toBe('Revertable');
    store().undo();
    expect(store().doc.text).toBe(edited);
    expect(store().sidecar.positions.Z).toMatchObject({ x: 40, y: 80 });
    expect(revertToOpened()).toBe(true);
    expect(store().doc.text).toBe(SEED_DEFINITION_TEXT);
  });
});
