/**
 * Renames typed in the code editor, found from the text change (no command ran, so none declared them): in one
 * `States` object, a key that is gone and a new key whose state has the same body, its transitions to gone or new
 * names aside (references typed or not yet, a state that loops to itself, states renamed together). The result is the identity
 * changes a `state.rename` would declare, fed to the same per-state data pipeline (src/store/stateData.ts), so a
 * mock, a position or a breakpoint follows a rename typed by hand as it follows one made on the canvas.
 *
 * Renames inside Parallel branches and Map processors are found scope by scope; a renamed container's nested
 * scopes are compared under its new id (a container renamed together with states inside it is paired by its body
 * without them). Only unambiguous pairs count: when two new keys share the gone key's body,
 * nothing is reported for it. Unchanged subtrees (the incremental parse shares them) are skipped by identity.
 */
import { deepEqual } from '../asl/values.ts';
import type { State, StateMachineDefinition } from '../asl/types.ts';
import type { IdentityChange } from './identity.ts';
import { isObj } from './immutable.ts';
import { retargetState } from './refs.ts';
import { processorField, stateId } from './stateScopes.ts';

/** The renames from `before` to `after` (both parsed definitions of the same document). */
export function textRenames(before: StateMachineDefinition | undefined, after: StateMachineDefinition | undefined): IdentityChange[] {
  if (!before || !after || before === after) return [];
  const out: IdentityChange[] = [];
  compareScope(before.States, after.States, '', out);
  return out;
}

/**
 * `scope` is the scope's id once the renames found so far are applied (changes apply in order: a container's
 * rename comes first, and what is renamed inside it is named under its new id).
 */
function compareScope(was: unknown, now: unknown, scope: string, out: IdentityChange[]): void {
  if (was === now || !isObj(was) || !isObj(now)) return;
  const gone = Object.keys(was).filter((k) => !Object.prototype.hasOwnProperty.call(now, k));
  const fresh = Object.keys(now).filter((k) => !Object.prototype.hasOwnProperty.call(was, k));
  const pairs = new Map<string, string>();
  if (gone.length > 0 && fresh.length > 0) {
    // Transitions to any gone or new name are blanked: states renamed together may point at each other.
    const moving = new Set([...gone, ...fresh]);
    pairUp(gone, fresh, (k) => blankTargets(was[k], moving), (k) => blankTargets(now[k], moving), pairs);
    // A container renamed together with states inside it: compared without its nested states (found below).
    const left = gone.filter((k) => !pairs.has(k));
    const taken = new Set(pairs.values());
    const right = fresh.filter((k) => !taken.has(k));
    if (left.length > 0 && right.length > 0) pairUp(left, right, (k) => shell(blankTargets(was[k], moving)), (k) => shell(blankTargets(now[k], moving)), pairs);
  }
  for (const [from, to] of pairs) out.push({ kind: 'rename', from: stateId(scope, from), to: stateId(scope, to) });
  for (const name of Object.keys(was)) {
    const to = pairs.get(name) ?? (Object.prototype.hasOwnProperty.call(now, name) ? name : undefined);
    if (to === undefined) continue;
    compareChildren(was[name], now[to], stateId(scope, to), out);
  }
}

/** The nested scopes of a state kept (or renamed): Parallel branches by index, the Map processor. */
function compareChildren(was: unknown, now: unknown, id: string, out: IdentityChange[]): void {
  if (was === now || !isObj(was) || !isObj(now) || was.Type !== now.Type) return;
  if (was.Type === 'Parallel' && Array.isArray(was.Branches) && Array.isArray(now.Branches)) {
    const branches = now.Branches;
    was.Branches.forEach((b, i) => {
      const other: unknown = branches[i];
      if (isObj(b) && isObj(other)) compareScope(b.States, other.States, `${id}/~b${i}`, out);
    });
  } else if (was.Type === 'Map') {
    const a = was[processorField(was)];
    const b = now[processorField(now)];
    if (isObj(a) && isObj(b)) compareScope(a.States, b.States, `${id}/~p`, out);
  }
}

/** Pair each gone key with the one new key of the same body, when that pairing is unambiguous both ways. */
function pairUp(gone: string[], fresh: string[], wasBody: (k: string) => unknown, nowBody: (k: string) => unknown, pairs: Map<string, string>): void {
  const goneBodies = gone.map(wasBody);
  const freshBodies = fresh.map(nowBody);
  gone.forEach((from, i) => {
    if (goneBodies[i] === undefined) return;
    const matches = fresh.filter((_, j) => freshBodies[j] !== undefined && deepEqual(goneBodies[i], freshBodies[j]));
    if (matches.length !== 1) return;
    const j = fresh.indexOf(matches[0]!);
    // The new key must not also match another gone key (two states with one body: ambiguous).
    if (goneBodies.filter((b) => deepEqual(b, freshBodies[j])).length !== 1) return;
    pairs.set(from, matches[0]!);
  });
}

/** A Parallel or Map state without the states inside it (undefined for any other state: no second chance). */
function shell(state: unknown): unknown {
  if (!isObj(state)) return undefined;
  const inner = (sub: unknown) => (isObj(sub) ? { ...sub, StartAt: undefined, States: undefined } : sub);
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) return { ...state, Branches: state.Branches.map(inner) };
  if (state.Type === 'Map') {
    const field = processorField(state);
    return { ...state, [field]: inner(state[field]) };
  }
  return undefined;
}

/** The state with every transition to one of `names` blanked (the same object when there is none). */
function blankTargets(state: unknown, names: ReadonlySet<string>): unknown {
  if (!isObj(state)) return state;
  return retargetState(state as unknown as State, (target) => (names.has(target) ? '' : target));
}
