/**
 * Canvas and palette actions: each runs one command by its registry id through the store (one undo step) and keeps the
 * selection and the layout sidecar in step. No React here: components and shortcuts call these.
 */
import { stateId } from '../../asl/ids.ts';
import type { TransitionKind } from '../../commands/refs.ts';
import { addedStateName } from '../../commands/stateAdd.ts';
import { chainEnd, dropModes, dropNeedsChoice, type DropMode } from '../../commands/stateDrop.ts';
import { duplicateName } from '../../commands/stateEdit.ts';
import { copyStates } from '../../commands/clipboard.ts';
import { refuse, type Refusal } from '../../commands/refusals.ts';
import { needsStartChoice } from '../../commands/rules.ts';
import { uniqueName } from '../../commands/names.ts';
import { allStateNames, splitStateId } from '../../commands/stateScopes.ts';
import type { Point } from '../../layout/types.ts';
import { useAppStore } from '../../store/store.ts';
import type { PaletteEntry } from '../palette/entries.ts';
import { useDropChoice } from './dropChoice.ts';
import { useStartChoice } from './startChoice.ts';

const store = useAppStore;

export interface Placement {
  /** Scope id: '' (top level), a branch `P/~b0` or a processor `M/~p`. */
  scope?: string;
  /** Wire the new state after this one. */
  after?: string;
  /** Insert on this transition instead. */
  onEdge?: { source: string; kind: TransitionKind; index?: number };
  /** Manual position (relative to the scope's group) for the new node. */
  position?: Point;
}

function report(result: true | string | Refusal): boolean {
  if (result !== true) store.getState().notify(typeof result === 'string' ? result : result.message);
  else store.getState().notify(undefined);
  return result === true;
}

/** Add a state from the palette: below the selected state by default, or where it was dropped. */
export function addFromPalette(entry: PaletteEntry, placement: Placement = {}): boolean {
  const s = store.getState();
  const def = s.doc.definition;
  if (!def) return report(s.check('state.add', { type: entry.type }));
  const name = entry.baseName ? uniqueName(entry.baseName, allStateNames(def)) : addedStateName(def, { type: entry.type });
  if (placement.onEdge) {
    const scope = splitStateId(placement.onEdge.source).scope;
    return report(s.run('state.insertOnEdge', { type: entry.type, name, state: entry.state, ...placement.onEdge }, { select: stateId(scope, name) }));
  }
  const explicit = placement.scope !== undefined || placement.position !== undefined;
  const selected = s.ui.selectedId;
  const after = placement.after ?? (!explicit && selected && s.doc.graph.byId.get(selected)?.kind === 'state' ? selected : undefined);
  if (after !== undefined) return addOnState(entry, after);
  const scope = placement.scope ?? '';
  const id = stateId(scope, name);
  const position = placement.position;
  return report(
    s.run(
      'state.add',
      { type: entry.type, name, state: entry.state, scope },
      { select: id, ...(position ? { positions: { [id]: position } } : {}) },
    ),
  );
}

/**
 * A palette entry dropped onto a state (or added with that state selected): wired after it, or, for a Succeed or
 * Fail that would cut a chain there, where it strands nothing (a new Catcher, a new Choice rule); when only the
 * chain's end or no wiring are left, the user is asked (DropChoiceDialog). `mode` is that answer.
 */
export function addOnState(entry: PaletteEntry, target: string, mode?: DropMode): boolean {
  const s = store.getState();
  const def = s.doc.definition;
  if (!def || s.doc.stale) return report(s.check('state.add', { type: entry.type }));
  const modes = dropModes(def, target, entry.type);
  if (mode === undefined && dropNeedsChoice(modes)) {
    const end = chainEnd(def, target);
    useDropChoice.getState().ask({
      entry,
      target,
      targetName: splitStateId(target).name,
      modes,
      ...(end ? { chainEnd: splitStateId(end).name } : {}),
    });
    return false;
  }
  const name = entry.baseName ? uniqueName(entry.baseName, allStateNames(def)) : addedStateName(def, { type: entry.type });
  const chosen = mode ?? modes[0];
  const ok = report(
    s.run('state.dropOn', { type: entry.type, name, target, ...(chosen ? { mode: chosen } : {}), ...(entry.state ? { state: entry.state } : {}) }, {
      select: stateId(splitStateId(target).scope, name),
    }),
  );
  const targetName = splitStateId(target).name;
  if (ok && chosen === 'catch') s.notify(`${name} catches every error of ${targetName} (a new Catch with States.ALL)`);
  if (ok && chosen === 'choice') s.notify(`${name} is the target of a new rule of ${targetName}: edit its condition in the inspector`);
  return ok;
}

/**
 * Delete the selected states (or `ids`). When that leaves the start ambiguous, the user is asked which state
 * starts instead (see StartChoiceDialog); `newStartAt` is that answer.
 */
export function deleteSelection(newStartAt?: string, ids?: string[]): true | string {
  const s = store.getState();
  const targets = ids ?? (s.ui.selectedIds.length ? s.ui.selectedIds : s.ui.selectedId ? [s.ui.selectedId] : []);
  if (targets.length === 0) return refuse('selection.empty', { action: 'delete' }).message;
  const args = { ids: targets, ...(newStartAt ? { newStartAt } : {}) };
  const verdict = s.check('state.delete', args);
  const start = targets.map((id) => s.doc.graph.byId.get(id)).find((n) => n?.isStart);
  if (verdict !== true && start && !newStartAt && s.doc.definition && needsStartChoice(s.doc.definition, targets)) {
    const deleted = new Set(targets);
    const candidates = s.doc.graph.nodes
      .filter((n) => n.kind === 'state' && n.parentId === start.parentId && !deleted.has(n.id))
      .map((n) => ({ id: n.id, name: n.name }));
    useStartChoice.getState().ask({ ids: targets, start: start.name, candidates });
    return verdict.message;
  }
  const result = s.run('state.delete', args);
  if (result === true) s.select(undefined, 'other');
  return result === true ? true : result.message;
}

export function duplicateSelection(): boolean {
  const s = store.getState();
  const id = s.ui.selectedId;
  const def = s.doc.definition;
  if (!id || !def) return report(refuse('selection.empty', { action: 'duplicate' }));
  const name = duplicateName(def, { id });
  return report(s.run('state.duplicate', { id, name }, { select: stateId(splitStateId(id).scope, name) }));
}

export function renameStateAction(id: string, newName: string): true | string {
  const s = store.getState();
  const newId = stateId(splitStateId(id).scope, newName);
  const result = s.run('state.rename', { id, newName }, { select: newId });
  report(result);
  return result === true ? true : result.message;
}

/** Parse a handle id: `next`, `default`, `choice-<i>`, `choice-new`, `catch-<i>`, `catch-new`. */
export function handleKind(handle: string | null | undefined): { kind: TransitionKind; index?: number } {
  if (!handle || handle === 'next') return { kind: 'next' };
  if (handle === 'default') return { kind: 'default' };
  const m = /^(choice|catch)-(\d+|new)$/.exec(handle);
  if (m) return { kind: m[1] as TransitionKind, ...(m[2] === 'new' ? {} : { index: Number(m[2]) }) };
  return { kind: 'next' };
}

export function connectAction(source: string, target: string, sourceHandle: string | null | undefined, replace = false): boolean {
  const { kind, index } = handleKind(sourceHandle);
  return report(store.getState().run('transition.connect', { source, target, kind, index, replace }));
}

export function disconnectEdge(edgeId: string): boolean {
  const s = store.getState();
  const edge = s.doc.graph.edges.find((e) => e.id === edgeId);
  if (!edge || edge.kind === 'start' || edge.kind === 'end') return false;
  return report(s.run('transition.disconnect', { source: edge.source, kind: edge.kind, index: edge.index }));
}

/** The selection as ASL JSON text (what copy puts on the clipboard). */
export function selectionAsText(): string | undefined {
  const s = store.getState();
  const def = s.doc.definition;
  const ids = s.ui.selectedIds.length ? s.ui.selectedIds : s.ui.selectedId ? [s.ui.selectedId] : [];
  if (!def || ids.length === 0) return undefined;
  const fragment = copyStates(def, ids);
  return fragment ? `${JSON.stringify(fragment, null, 2)}\n` : undefined;
}

export function pasteText(text: string): boolean {
  const s = store.getState();
  const selected = s.ui.selectedId;
  const after = selected && s.doc.graph.byId.get(selected)?.kind === 'state' ? selected : undefined;
  return report(s.run('clipboard.paste', { content: text, ...(after ? { after } : { scope: '' }) }));
}

/** Move a state into another scope (state.move): its transitions are repaired; it lands at `position` or after `after`. */
export function moveToScope(id: string, scope: string, position?: Point, after?: string): boolean {
  const s = store.getState();
  const newId = stateId(scope, splitStateId(id).name);
  return report(
    s.run('state.move', { id, scope, ...(after ? { after } : {}) }, { select: newId, ...(position ? { positions: { [newId]: position } } : {}) }),
  );
}
