/**
 * What a command did to state identities, as data (after diagram-js's command contexts, which interceptors read
 * to keep their own data in step). Per-state data (layout positions, mocks, breakpoints, run status…) is keyed by
 * state id or state name; one place in the store applies these changes to all of it (src/store/stateData.ts), so
 * no caller has to remember to carry its own data through a rename.
 *
 * Ids are canvas ids (`P/~b0/A`, see src/asl/ids.ts). `rename`, `move` and `delete` take everything nested under
 * the state along (an id-keyed datum under `from/…` follows to `to/…`); commands still list nested states that
 * vanish, so that name-keyed data can follow too. `copy` is exact: one entry per copied state, nested ones included.
 * `add` is a state that did not exist before (added, inserted, pasted from elsewhere), one entry per state, with its
 * `Type` (a new Task gets a starter mock); its inverse is a deletion, so undo takes its data away and redo brings
 * back the data it had when it was undone. `restore` only appears in inverses (undo of a delete): the state comes
 * back with the data it had before.
 */
import type { StateMachineDefinition } from '../asl/types.ts';
import { isObj } from './immutable.ts';
import { childScopes, processorField, splitStateId, statesOf, stateId } from './stateScopes.ts';

export type IdentityChange =
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'move'; from: string; to: string }
  | { kind: 'delete'; id: string }
  | { kind: 'copy'; from: string; to: string }
  | { kind: 'add'; id: string; type: string }
  | { kind: 'restore'; id: string };

/** Every state's id by its name, for the names that occur once (a loaded document may repeat a name). */
export function idsByName(def: StateMachineDefinition | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  const repeated = new Set<string>();
  // One walk over the States objects (scopePath-based lookups cost a path walk per scope).
  const visit = (states: unknown, scope: string) => {
    if (!isObj(states)) return;
    for (const name of Object.keys(states)) {
      const id = stateId(scope, name);
      if (ids.has(name)) repeated.add(name);
      else ids.set(name, id);
      const state = states[name];
      if (!isObj(state)) continue;
      if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        state.Branches.forEach((b, i) => visit(isObj(b) ? b.States : undefined, `${id}/~b${i}`));
      } else if (state.Type === 'Map') {
        const proc = state[processorField(state)];
        if (isObj(proc)) visit(proc.States, `${id}/~p`);
      }
    }
  };
  if (def) visit((def as unknown as Record<string, unknown>).States, '');
  for (const name of repeated) ids.delete(name);
  return ids;
}

/** Every state id nested under `id` (not `id` itself), in `def`. */
export function nestedIds(def: StateMachineDefinition, id: string): string[] {
  const out: string[] = [];
  for (const [, nested] of idsByName(def)) if (nested.startsWith(`${id}/`)) out.push(nested);
  return out;
}

/** The changes a deletion of `ids` makes: each state and everything nested in it. */
export function deletions(def: StateMachineDefinition, ids: readonly string[]): IdentityChange[] {
  const out: IdentityChange[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    for (const gone of [id, ...nestedIds(def, id)]) {
      if (seen.has(gone)) continue;
      seen.add(gone);
      out.push({ kind: 'delete', id: gone });
    }
  }
  return out;
}

/** The name a change's id ends with. */
export const nameOf = (id: string): string => splitStateId(id).name;

/** Whether `id` is `root` or nested under it. */
export const isUnder = (id: string, root: string): boolean => id === root || id.startsWith(`${root}/`);

/** `id` with its `from` prefix replaced by `to` (undefined when `id` is not under `from`). */
export function reroot(id: string, from: string, to: string): string | undefined {
  return isUnder(id, from) ? to + id.slice(from.length) : undefined;
}

/**
 * The declared changes, completed from the two definitions: a state name (unique in the machine) that ends up at
 * another id is a move, one that is gone is a deletion. Covers commands that move or drop states as a side effect
 * (removing a Parallel branch renumbers the others; replacing `Branches` in the inspector drops states).
 */
export function completeChanges(
  before: StateMachineDefinition,
  after: StateMachineDefinition,
  declared: readonly IdentityChange[],
): IdentityChange[] {
  const was = idsByName(before);
  const now = idsByName(after);
  // Where each old name's state is after the declared changes.
  const renamedTo = new Map<string, string>();
  const explained = new Set<string>();
  // Names that exist afterwards because of a declared change (a rename's or copy's target, a declared add).
  const arrived = new Set<string>();
  for (const c of declared) {
    if (c.kind === 'rename' || c.kind === 'move') {
      renamedTo.set(nameOf(c.from), nameOf(c.to));
      explained.add(nameOf(c.from));
      arrived.add(nameOf(c.to));
    } else if (c.kind === 'delete') explained.add(nameOf(c.id));
    else if (c.kind === 'copy') arrived.add(nameOf(c.to));
    else if (c.kind === 'add') arrived.add(nameOf(c.id));
  }
  const out = [...declared];
  for (const [name, id] of was) {
    if (explained.has(name)) continue;
    const at = now.get(renamedTo.get(name) ?? name);
    if (at === undefined) out.push({ kind: 'delete', id });
    else if (at !== id && !declaredMoveCovers(out, id, at)) out.push({ kind: 'move', from: id, to: at });
    arrived.add(renamedTo.get(name) ?? name);
  }
  for (const [name, id] of now) {
    if (arrived.has(name) || was.has(name)) continue;
    out.push({ kind: 'add', id, type: stateTypeAt(after, id) });
  }
  return out;
}

/** The `Type` of the state at `id` ('' when it has none). */
function stateTypeAt(def: StateMachineDefinition, id: string): string {
  const { scope, name } = splitStateId(id);
  const state: unknown = statesOf(def, scope)[name];
  return isObj(state) && typeof state.Type === 'string' ? state.Type : '';
}

/** Whether an earlier rename/move of a container already carries `id` to `at`. */
function declaredMoveCovers(changes: readonly IdentityChange[], id: string, at: string): boolean {
  let current = id;
  for (const c of changes) if (c.kind === 'rename' || c.kind === 'move') current = reroot(current, c.from, c.to) ?? current;
  return current === at;
}

/** The changes that undo `changes` (applied in reverse order). */
export function invertChanges(changes: readonly IdentityChange[]): IdentityChange[] {
  const out: IdentityChange[] = [];
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i]!;
    switch (c.kind) {
      case 'rename':
      case 'move':
        out.push({ kind: c.kind, from: c.to, to: c.from });
        break;
      case 'copy':
        out.push({ kind: 'delete', id: c.to });
        break;
      case 'add':
        out.push({ kind: 'delete', id: c.id });
        break;
      case 'delete':
        out.push({ kind: 'restore', id: c.id });
        break;
      case 'restore':
        out.push({ kind: 'delete', id: c.id });
        break;
    }
  }
  return out;
}

/**
 * `copy` changes for a state copied from `fromId` (in `fromDef`) to `toId` (in `toDef`) and for every state nested
 * in it: a copy keeps the order of states in each branch and processor (freshen.ts), so nested states pair up by
 * position. Pairs stop where the two shapes differ.
 */
export function copies(fromDef: StateMachineDefinition, fromId: string, toDef: StateMachineDefinition, toId: string): IdentityChange[] {
  const out: IdentityChange[] = [{ kind: 'copy', from: fromId, to: toId }];
  const fromScopes = childScopeIds(fromDef, fromId);
  const toScopes = childScopeIds(toDef, toId);
  if (fromScopes.length !== toScopes.length) return out;
  fromScopes.forEach((fromScope, i) => {
    const toScope = toScopes[i]!;
    const a = Object.keys(statesOf(fromDef, fromScope));
    const b = Object.keys(statesOf(toDef, toScope));
    if (a.length !== b.length) return;
    a.forEach((name, j) => out.push(...copies(fromDef, stateId(fromScope, name), toDef, stateId(toScope, b[j]!))));
  });
  return out;
}

function childScopeIds(def: StateMachineDefinition, id: string): string[] {
  const scope = splitStateId(id).scope;
  const state = statesOf(def, scope)[splitStateId(id).name];
  return childScopes(state, id);
}
