/**
 * Per-state data, kept in step with the document in ONE place (after diagram-js's command interceptors): every
 * command declares what it did to state identities (src/commands/identity.ts) and the store hands those changes
 * here, where every holder of data keyed by state applies them — the layout sidecar's positions (in the app store),
 * the simulation's mocks (the MockConfigFile test case is made from them), breakpoints and the run shown on the
 * canvas. A holder registers once with the app store's registry (`stateData` on the store, created with it by
 * createAppStore); no caller carries its own data through a rename.
 *
 * Undo applies the inverse changes; a deletion's inverse restores the data the state had from the snapshot taken
 * before the command (`before`), so data edited after a command (a mock typed in later) is not rolled back. Redo
 * applies the changes again with the snapshot taken when the step was undone: an added or copied state gets back
 * the data it had then (a starter mock edited since the add), and only a state never seen gets fresh data.
 */
import { dict, own } from '../asl/own.ts';
import { isUnder, nameOf, reroot, type IdentityChange } from '../commands/identity.ts';
import type { LayoutSidecar } from '../layout/sidecar.ts';
import type { Point } from '../layout/types.ts';

/** A store of data keyed by state that follows identity changes. */
export interface StateDataHolder<D> {
  /** Unique: the snapshot of all holders is keyed by it. */
  key: string;
  get(): D;
  set(data: D): void;
  /**
   * Pure: `data` after `changes`. `before` serves `restore` (undo: the data before the command) and `add`/`copy`
   * (redo: the data when the step was undone).
   */
  apply(data: D, changes: readonly IdentityChange[], before: D | undefined): D;
}

export type StateDataSnapshot = Record<string, unknown>;

/**
 * The holders of one app store (createAppStore makes one; stores never share theirs): each feature that keeps
 * data by state registers its holder here, and the store's commands, undo and redo apply identity changes to all.
 */
export interface StateDataRegistry {
  /** Register a holder (once per key: a second registration replaces the first). Returns the unregistration. */
  register<D>(holder: StateDataHolder<D>): () => void;
  /** Every registered holder's data now (references: holders replace their data, they never mutate it). */
  capture(): StateDataSnapshot;
  /** Apply identity changes to every registered holder. */
  apply(changes: readonly IdentityChange[], before?: StateDataSnapshot): void;
}

export function createStateDataRegistry(): StateDataRegistry {
  const holders = new Map<string, StateDataHolder<unknown>>();
  return {
    register<D>(holder: StateDataHolder<D>): () => void {
      const h = holder as StateDataHolder<unknown>;
      holders.set(holder.key, h);
      return () => {
        if (holders.get(holder.key) === h) holders.delete(holder.key);
      };
    },
    capture(): StateDataSnapshot {
      const out: StateDataSnapshot = dict();
      for (const [key, h] of holders) out[key] = h.get();
      return out;
    },
    apply(changes: readonly IdentityChange[], before?: StateDataSnapshot): void {
      if (changes.length === 0) return;
      for (const [key, h] of holders) {
        const current = h.get();
        const next = h.apply(current, changes, before ? own(before, key) : undefined);
        if (next !== current) h.set(next);
      }
    },
  };
}

export interface KeyedOptions {
  /** Whether a copied state (duplicate, paste) gets a copy of its source's data (mocks: yes; breakpoints: no). */
  copies: boolean;
}

/**
 * Data keyed by state id (`P/~b0/A`): a rename or move carries every key under the state along, a deletion drops
 * them, a restore brings them back from `before`.
 */
export function applyToIdKeyed<T>(
  data: Readonly<Record<string, T>>,
  changes: readonly IdentityChange[],
  before: Readonly<Record<string, T>> | undefined,
  options: KeyedOptions,
): Record<string, T> {
  let out = data as Record<string, T>;
  let copied = false;
  const writable = () => {
    if (!copied) {
      out = copy(out);
      copied = true;
    }
    return out;
  };
  for (const c of changes) {
    switch (c.kind) {
      case 'rename':
      case 'move': {
        if (c.from === c.to) break;
        const keys = Object.keys(out).filter((k) => isUnder(k, c.from) || isUnder(k, c.to));
        if (keys.length === 0) break;
        const w = writable();
        // Whatever was left under the new id (by a state removed without a command) gives way.
        const moved = keys.filter((k) => isUnder(k, c.from)).map((k) => [reroot(k, c.from, c.to)!, w[k] as T] as const);
        for (const k of keys) delete w[k];
        for (const [k, v] of moved) w[k] = v;
        break;
      }
      case 'delete': {
        const keys = Object.keys(out).filter((k) => isUnder(k, c.id));
        if (keys.length === 0) break;
        const w = writable();
        for (const k of keys) delete w[k];
        break;
      }
      case 'copy': {
        const v = (before ? own(before, c.to) : undefined) ?? (options.copies ? own(out, c.from) : undefined);
        if (v !== undefined) writable()[c.to] = v;
        break;
      }
      case 'add': {
        const v = before ? own(before, c.id) : undefined;
        if (v !== undefined) writable()[c.id] = v;
        break;
      }
      case 'restore': {
        if (!before) break;
        const keys = Object.keys(before).filter((k) => isUnder(k, c.id));
        if (keys.length === 0) break;
        const w = writable();
        for (const k of keys) w[k] = before[k] as T;
        break;
      }
    }
  }
  return out;
}

/** Data keyed by state name (names are unique in the machine): a move keeps the key. */
export function applyToNameKeyed<T>(
  data: Readonly<Record<string, T>>,
  changes: readonly IdentityChange[],
  before: Readonly<Record<string, T>> | undefined,
  options: KeyedOptions,
): Record<string, T> {
  let out = data as Record<string, T>;
  const set = (key: string, value: T | undefined) => {
    if (own(out, key) === value && (value !== undefined || !Object.prototype.hasOwnProperty.call(out, key))) return;
    out = copy(out);
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  for (const c of changes) {
    switch (c.kind) {
      case 'rename':
      case 'move': {
        const from = nameOf(c.from);
        const to = nameOf(c.to);
        if (from === to) break;
        const v = own(out, from);
        set(from, undefined);
        set(to, v);
        break;
      }
      case 'delete':
        set(nameOf(c.id), undefined);
        break;
      case 'copy': {
        const v = (before ? own(before, nameOf(c.to)) : undefined) ?? (options.copies ? own(out, nameOf(c.from)) : undefined);
        if (v !== undefined) set(nameOf(c.to), v);
        break;
      }
      case 'add':
      case 'restore': {
        const v = before ? own(before, nameOf(c.id)) : undefined;
        if (v !== undefined) set(nameOf(c.id), v);
        break;
      }
    }
  }
  return out;
}

/**
 * Data keyed by edge id (`source->kind->target`, see src/asl/graph.ts): an edge follows its ends; an edge that
 * touches a deleted state goes. Copies and restores bring no edges (the run that took them is over).
 */
export function applyToEdgeKeyed<T>(data: Readonly<Record<string, T>>, changes: readonly IdentityChange[]): Record<string, T> {
  let out = data as Record<string, T>;
  for (const c of changes) {
    if (c.kind === 'copy' || c.kind === 'restore' || c.kind === 'add') continue;
    const next = dict<T>();
    let changed = false;
    for (const [k, v] of Object.entries(out)) {
      const parts = k.split('->');
      const mapped = parts.map((p, i) => (i === 1 && parts.length === 3 ? p : mapId(p, c)));
      if (mapped.some((p) => p === undefined)) {
        changed = true;
        continue;
      }
      const key = mapped.join('->');
      changed ||= key !== k;
      next[key] = v;
    }
    if (changed) out = next;
  }
  return out;
}

/** A state id after one change (undefined: deleted). */
export function mapId(id: string, c: IdentityChange): string | undefined {
  if (c.kind === 'rename' || c.kind === 'move') return reroot(id, c.from, c.to) ?? id;
  if (c.kind === 'delete') return isUnder(id, c.id) ? undefined : id;
  return id;
}

/**
 * The layout sidecar's manual positions follow renames; deleted states forget theirs. A state moved to another
 * scope is laid out afresh there (its position was relative to its old group), while what is nested in it keeps
 * its place inside it.
 */
export function applyToSidecar(sidecar: LayoutSidecar, changes: readonly IdentityChange[]): LayoutSidecar {
  let positions = applyToIdKeyed<Point>(sidecar.positions, changes, undefined, { copies: false });
  for (const c of changes) {
    if (c.kind !== 'move' || own(positions, c.to) === undefined) continue;
    positions = copy(positions);
    delete positions[c.to];
  }
  return positions === sidecar.positions ? sidecar : { ...sidecar, positions };
}

function copy<T>(r: Readonly<Record<string, T>>): Record<string, T> {
  const out = dict<T>();
  for (const k of Object.keys(r)) out[k] = r[k] as T;
  return out;
}
