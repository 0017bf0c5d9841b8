/**
 * The workflow library, wired to the app store: opens workflows into the store, autosaves every change of the
 * text, layout and extras, and carries out the library actions (new, open, rename, duplicate, delete and undo,
 * import, conflict resolution). Runs outside React; components call these functions and read `useLibrary`.
 */
import { loadYaml } from '../../asl/yamlLib.ts';
import { SEED_DEFINITION_TEXT, SEED_NAME } from '../../asl/seed.ts';
import type { WorkflowTemplate } from '../../asl/templates.ts';
import type { TestSuite } from '../../suites/model.ts';
import { migrateSidecar, type LayoutSidecar } from '../../layout/sidecar.ts';
import { Autosaver, storageErrorMessage, type ChannelLike, type WorkflowContent } from '../../persistence/autosave.ts';
import { openIndexedDb } from '../../persistence/indexedDb.ts';
import { copyName, makeRecord, uniqueName, type NewWorkflow } from '../../persistence/library.ts';
import { createMemoryDb, type WorkflowDb, type WorkflowRecord } from '../../persistence/db.ts';
import { asRecord } from '../../persistence/recordSchema.ts';
import { useAppStore, type AppStore } from '../../store/store.ts';
import { showNotice, showToast, useLibrary } from './libraryStore.ts';

const LAST_OPENED = 'lastOpened';
/** A storage that does not answer (a hung IndexedDB) must not keep the app from starting. */
const OPEN_TIMEOUT_MS = 8000;

/** A stored record that cannot be opened (recordSchema.ts): nothing is shown, the open workflow stays. */
class DamagedRecord extends Error {
  constructor(stored: unknown, why: string) {
    const name = typeof (stored as { name?: unknown } | undefined)?.name === 'string' ? (stored as { name: string }).name : 'A workflow';
    super(`“${name.slice(0, 80)}” could not be opened: ${why}. Nothing was changed.`);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('storage did not answer')), ms))]);
}

/**
 * A template's input and mocks as the simulation settings of the new workflow (see simulation/settings.ts), and its
 * test suite (src/suites/templateSuites.ts; the Tests panel's `tests` extras).
 */
function templateExtras(t: WorkflowTemplate, tests: TestSuite | undefined): Record<string, unknown> | undefined {
  const suite = tests && tests.cases.length > 0 ? { tests: structuredClone(tests) } : {};
  if (!t.simulation) return tests && tests.cases.length > 0 ? suite : undefined;
  const mocks = t.simulation.mocks;
  const text = (v: unknown) => JSON.stringify(v, null, 2);
  const presets: Record<string, string> = {};
  for (const [name, input] of Object.entries(t.simulation.presets ?? {})) presets[name] = text(input);
  return { simulation: { inputText: text(t.simulation.input), presets, mocks }, ...suite };
}

/**
 * A workflow library bound to one app store: its storage, autosaver, the open workflow's extras and the
 * opened-listeners are its own (no module state: two libraries share nothing but the library UI store).
 */
export function createLibrary(app: AppStore = useAppStore) {
  let db: WorkflowDb = createMemoryDb();
  let saver = new Autosaver(db);
  let extras: Record<string, unknown> = {};
  let loading = false;
  /** The text and layout of the open workflow as it was opened: what Revert goes back to. */
  let opened: { text: string; sidecar: LayoutSidecar } | undefined;
  const openedListeners = new Set<(id: string) => void>();

  function currentContent(): WorkflowContent {
    const { doc, sidecar } = app.getState();
    return { name: useLibrary.getState().name, text: doc.text, format: doc.format, sidecar, extras };
  }

  const session = {
    extras: () => extras,
    setExtras(key: string, value: unknown): void {
      extras = { ...extras, [key]: value };
      saver.change(currentContent());
    },
    onOpened(listener: (id: string) => void): () => void {
      openedListeners.add(listener);
      return () => openedListeners.delete(listener);
    },
    currentId: () => saver.workflowId,
    flush: () => saver.flush(),
  };

  const names = () => useLibrary.getState().list.map((w) => w.name);

  /** Open or close the Workflows drawer (the list is read again on opening: other tabs may have changed it). */
  function toggleDrawer(open: boolean): void {
    useLibrary.setState({ drawerOpen: open });
    if (open) void refreshList();
  }

  async function refreshList(): Promise<void> {
    try {
      useLibrary.setState({ list: await db.list() });
    } catch (e) {
      useLibrary.setState({ status: { kind: 'error', message: storageErrorMessage(e) } });
    }
  }

  async function create(w: NewWorkflow): Promise<WorkflowRecord> {
    const record = makeRecord(w, Date.now());
    const res = await db.put(record, 0);
    const revision = res.ok ? res.revision : 1;
    saver.announce('saved', record.id, revision);
    return { ...record, revision };
  }

  /** Show a stored workflow in the app (fresh undo history) and save into it from now on. */
  async function show(stored: WorkflowRecord): Promise<void> {
    const checked = asRecord(stored);
    if (!checked.ok) throw new DamagedRecord(stored, checked.message);
    const record = checked.record;
    if (record.format === 'yaml') await loadYaml().catch(() => undefined);
    loading = true;
    try {
      extras = record.extras ?? {};
      app.getState().loadText(record.text, migrateSidecar(record.sidecar));
      app.getState().select(undefined, 'other');
      opened = { text: app.getState().doc.text, sidecar: app.getState().sidecar };
    } finally {
      loading = false;
    }
    saver.open(record);
    useLibrary.setState({ workflowId: record.id, name: record.name });
    await db.setSetting(LAST_OPENED, record.id).catch(() => undefined);
    for (const l of openedListeners) l(record.id);
  }

  /** Run a library action; a failure is shown (storage status or notice) and answers false. */
  async function guarded(action: () => Promise<void>): Promise<boolean> {
    let ok = true;
    try {
      await action();
    } catch (e) {
      ok = false;
      if (e instanceof DamagedRecord) showNotice({ kind: 'error', message: e.message });
      else useLibrary.setState({ status: { kind: 'error', message: storageErrorMessage(e) } });
    }
    await refreshList();
    return ok;
  }

  /** Start-up: open the storage and the last opened workflow (first start: the seed), then autosave. */
  async function startPersistence(): Promise<void> {
    let channel: ChannelLike | undefined;
    try {
      db = await withTimeout(openIndexedDb(), OPEN_TIMEOUT_MS);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      useLibrary.setState({
        storageError: `Browser storage is unavailable (${reason}): workflows are kept only until this tab closes. Export to keep them.`,
      });
    }
    if (typeof BroadcastChannel !== 'undefined') {
      const bc = new BroadcastChannel('asl-studio-workflows');
      (bc as { unref?: () => void }).unref?.(); // Node (unit tests): do not keep the process alive
      channel = bc as unknown as ChannelLike;
    }
    saver = new Autosaver(db, {
      channel,
      onStatus: (status) => useLibrary.setState({ status }),
      onRemoteChange: () => {
        if (useLibrary.getState().drawerOpen) void refreshList();
      },
    });
    app.subscribe((s, prev) => {
      if (loading || (s.doc.text === prev.doc.text && s.sidecar === prev.sidecar)) return;
      saver.change(currentContent());
    });
    const flush = () => void saver.flush();
    globalThis.addEventListener?.('pagehide', flush);
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    await guarded(async () => {
      const lastId = await db.getSetting(LAST_OPENED);
      let record = typeof lastId === 'string' ? await db.get(lastId) : undefined;
      const first = record ? undefined : (await db.list())[0];
      if (first) record = await db.get(first.id);
      // A damaged last workflow must not keep the app from starting: say why, and start on the seed instead.
      const checked = record && asRecord(record);
      if (checked && !checked.ok) {
        showNotice({ kind: 'error', message: new DamagedRecord(record, checked.message).message });
        record = undefined;
      }
      record ??= await create({ name: uniqueName(SEED_NAME, (await db.list()).map((w) => w.name)), text: SEED_DEFINITION_TEXT });
      await show(record);
    });
  }

  function saveCopy(): Promise<WorkflowRecord> {
    const mine = currentContent();
    return create({ ...mine, name: copyName(mine.name, names()) });
  }

  /** Before leaving the open workflow: write what is pending; in a conflict, keep this tab's unsaved changes as a copy. */
  async function settle(): Promise<void> {
    if (!saver.conflicted || !saver.unsaved) return saver.flush();
    const copy = await saveCopy();
    showToast({ message: `Your unsaved changes were kept as “${copy.name}”` });
  }

  /** A new workflow from a template (default: blank), with the template's simulation input and mocks; opened at once. */
  function newWorkflow(templateId = 'blank'): Promise<boolean> {
    return guarded(async () => {
      const [{ templateById }, { TEMPLATE_SUITES }] = await Promise.all([import('../../asl/templates.ts'), import('../../suites/templateSuites.ts')]);
      const t = templateById(templateId) ?? templateById('blank')!;
      await settle();
      const name = uniqueName(t.id === 'blank' ? 'Untitled workflow' : t.name, names());
      await show(await create({ name, text: t.text, extras: templateExtras(t, TEMPLATE_SUITES[t.id]) }));
    });
  }

  function openWorkflow(id: string): Promise<boolean> {
    return guarded(async () => {
      await settle();
      const record = await db.get(id);
      if (record) await show(record);
      else showNotice({ kind: 'error', message: 'That workflow no longer exists.' });
    });
  }

  /** Import: always a new library entry (nothing the user had is replaced), opened at once. False when it failed. */
  function addWorkflow(w: NewWorkflow): Promise<boolean> {
    return guarded(async () => {
      await settle();
      await show(await create({ ...w, name: uniqueName(w.name, names()) }));
    });
  }

  function renameWorkflow(id: string, name: string): Promise<boolean> {
    const clean = name.trim();
    if (!clean) return Promise.resolve(false);
    return guarded(async () => {
      if (id === saver.workflowId) {
        useLibrary.setState({ name: clean });
        saver.change(currentContent());
        await saver.flush();
        return;
      }
      const record = await db.get(id);
      const res = record ? await db.put({ ...record, name: clean, updatedAt: Date.now() }, record.revision) : undefined;
      if (res?.ok) saver.announce('saved', id, res.revision);
    });
  }

  function duplicateWorkflow(id: string): Promise<boolean> {
    return guarded(async () => {
      await saver.flush();
      const record = await db.get(id);
      if (!record) return;
      const copy = await create({ ...record, name: copyName(record.name, names()) });
      showToast({ message: `Duplicated as “${copy.name}”` });
    });
  }

  function deleteWorkflow(id: string): Promise<boolean> {
    return guarded(async () => {
      await saver.flush();
      const record = await db.get(id);
      if (!record) return;
      const wasOpen = id === saver.workflowId;
      await db.delete(id);
      saver.announce('deleted', id);
      if (wasOpen) {
        const next = (await db.list())[0];
        const nextRecord = next ? await db.get(next.id) : undefined;
        await show(nextRecord ?? (await create({ name: SEED_NAME, text: SEED_DEFINITION_TEXT })));
      }
      showToast({
        message: `Deleted “${record.name}”`,
        action: { label: 'Undo delete', run: () => void undoDelete(record, wasOpen) },
      });
    });
  }

  function undoDelete(record: WorkflowRecord, reopen: boolean): Promise<boolean> {
    showToast(undefined);
    return guarded(async () => {
      const res = await db.put(record, Number.MAX_SAFE_INTEGER);
      if (res.ok) saver.announce('saved', record.id, res.revision);
      if (reopen && res.ok) await show({ ...record, revision: res.revision });
    });
  }

  /** Whether the open workflow's text or layout differs from what it was when opened (Revert has something to do). */
  function canRevert(state: { doc: { text: string }; sidecar: LayoutSidecar } = app.getState()): boolean {
    return opened !== undefined && (state.doc.text !== opened.text || state.sidecar !== opened.sidecar);
  }

  /**
   * Revert: the open workflow's text and layout as they were when it was opened, as one undoable step named
   * "Revert" (Undo brings the edits back; the autosave follows as for any edit). Extras (mocks, tests) stay.
   */
  function revertToOpened(): boolean {
    if (!opened || !canRevert()) return false;
    app.getState().flushParse();
    app.getState().replaceText(opened.text, 'Revert', opened.sidecar);
    return true;
  }

  /** Conflict: keep what this tab shows as a new workflow ("… (copy)"), leaving the other tab's version alone. */
  function keepMineAsCopy(): Promise<boolean> {
    return guarded(async () => {
      const copy = await saveCopy();
      saver.open(copy);
      useLibrary.setState({ workflowId: copy.id, name: copy.name });
      await db.setSetting(LAST_OPENED, copy.id);
    });
  }

  /** Conflict: show the stored version (this tab's unsaved changes are dropped). */
  function loadTheirs(): Promise<boolean> {
    return guarded(async () => {
      const id = saver.workflowId;
      const record = id ? await db.get(id) : undefined;
      if (record) await show(record);
      else await keepMineAsCopy();
    });
  }

  return { currentContent, session, toggleDrawer, refreshList, startPersistence, newWorkflow, openWorkflow, addWorkflow, renameWorkflow, duplicateWorkflow, deleteWorkflow, keepMineAsCopy, loadTheirs, canRevert, revertToOpened };
}

export type Library = ReturnType<typeof createLibrary>;

/** The app's library, on the app's store. */
export const library = createLibrary();
export const { currentContent, session, toggleDrawer, refreshList, startPersistence, newWorkflow, openWorkflow, addWorkflow, renameWorkflow, duplicateWorkflow, deleteWorkflow, keepMineAsCopy, loadTheirs, canRevert, revertToOpened } = library;
