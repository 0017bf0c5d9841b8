/**
 * The per-state data pipeline under random edit sequences (issue 19): rename, move, delete, paste, duplicate, add,
 * branch removal, undo and redo, run through the store as the UI runs them. Every state starts with a marker in its
 * `Comment` (it travels with the state through every command and comes back with the text on undo) and data
 * carrying the same marker: a mock keyed by its name, a position and a retry count keyed by its id, a breakpoint.
 * After every step:
 * - every piece of per-state data is keyed only by states that exist;
 * - data found under a state carries that state's marker (it followed the state, never landed on another one);
 * - mocks (copied on duplicate/paste) are complete: every marked state has its mock;
 * - a rename or move keeps the moved state's data; undo gives back exactly the data before the step, redo the
 *   data after it;
 * - the app's own mocks (the holder in src/features/simulation/settings.ts) are exactly one per Task state: a new
 *   Task gets its starter mock, undo of the add takes it away, redo brings it back.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { State, StateMachineDefinition } from '../asl/types.ts';
import { copyStates } from '../commands/clipboard.ts';
import { getCommand, type CommandId } from '../commands/registry.ts';
import { allScopes, splitStateId, stateId, statesOf } from '../commands/stateScopes.ts';
import { stateIds } from '../fuzz/commandArbs.ts';
import { starterMock } from '../features/simulation/mockSet.ts';
import { useSimulationSettings } from '../features/simulation/settings.ts';
import { emptySidecar } from '../layout/sidecar.ts';
import type { Point } from '../layout/types.ts';
import { useSimulationView } from './simulation.ts';
import { applyToNameKeyed } from './stateData.ts';
import { useAppStore } from './store.ts';

const store = useAppStore;

/** Property checks throw (fast-check shrinks on any throw); the message says which step and which datum. */
function check(cond: boolean, message: string): void {
  if (!cond) throw new Error(message);
}
function checkEqual(actual: unknown, expected: unknown, message: string): void {
  check(isDeepStrictEqual(actual, expected), `${message}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
}
let mocks: Record<string, string> = {};
let unregister = () => {};
beforeAll(() => {
  unregister = store.getState().stateData.register<Record<string, string>>({
    key: 'property.mocks',
    get: () => mocks,
    set: (m) => {
      mocks = m;
    },
    apply: (m, changes, before) => applyToNameKeyed(m, changes, before, { copies: true }),
  });
});
afterAll(() => unregister());

const START: StateMachineDefinition = {
  StartAt: 'Choose',
  States: {
    Choose: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericGreaterThan: 1, Next: 'P' }], Default: 'M' },
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'B1', States: { B1: { Type: 'Pass', Next: 'B2' }, B2: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
        { StartAt: 'C1', States: { C1: { Type: 'Wait', Seconds: 1, End: true } } },
        { StartAt: 'D1', States: { D1: { Type: 'Pass', End: true } } },
      ],
      Next: 'M',
    },
    M: {
      Type: 'Map',
      ItemProcessor: { StartAt: 'I1', States: { I1: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'I2' }, I2: { Type: 'Pass', End: true } } },
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
} as unknown as StateMachineDefinition;

/** Every state of the definition with its id, name and marker (the Comment `m<n>`). */
function marked(def: StateMachineDefinition): { id: string; name: string; marker: string | undefined }[] {
  return allScopes(def).flatMap((scope) =>
    Object.entries(statesOf(def, scope)).map(([name, s]) => ({
      id: stateId(scope, name),
      name,
      marker: typeof s.Comment === 'string' && /^m\d+$/.test(s.Comment) ? s.Comment : undefined,
    })),
  );
}

/** START with a marker on every state. */
function withMarkers(def: StateMachineDefinition): StateMachineDefinition {
  let n = 0;
  const mark = (states: Record<string, State>): Record<string, State> =>
    Object.fromEntries(
      Object.entries(states).map(([name, s]) => {
        const out: Record<string, unknown> = { ...s, Comment: `m${n++}` };
        if (Array.isArray(out.Branches)) out.Branches = (out.Branches as { States: Record<string, State> }[]).map((b) => ({ ...b, States: mark(b.States) }));
        if (out.ItemProcessor) {
          const p = out.ItemProcessor as { States: Record<string, State> };
          out.ItemProcessor = { ...p, States: mark(p.States) };
        }
        return [name, out as unknown as State];
      }),
    );
  return { ...def, States: mark(def.States) };
}

const num = (marker: string) => Number(marker.slice(1));

interface Data {
  mocks: Record<string, string>;
  positions: Record<string, Point>;
  retryCounts: Record<string, number>;
  breakpoints: string[];
  /** The app's mocks (starter mocks of new Tasks included), as text. */
  appMocks: Record<string, string>;
}
function data(): Data {
  const view = useSimulationView.getState();
  const app = useSimulationSettings.getState().mocks;
  return {
    appMocks: Object.fromEntries(Object.entries(app).map(([k, v]) => [k, JSON.stringify(v)])),
    mocks: { ...mocks },
    positions: { ...store.getState().sidecar.positions },
    retryCounts: { ...view.retryCounts },
    breakpoints: Object.keys(view.breakpoints).sort(),
  };
}

function reset(): void {
  const def = withMarkers(START);
  const states = marked(def);
  mocks = Object.fromEntries(states.map((s) => [s.name, s.marker!]));
  useSimulationSettings.getState().setMocks(
    Object.fromEntries(taskNames(def).map((name) => [name, { ...starterMock(name), durationMs: 1 }])),
  );
  const positions = Object.fromEntries(states.map((s) => [s.id, { x: num(s.marker!), y: 0 }]));
  store.getState().loadText(`${JSON.stringify(def, null, 2)}\n`, { ...emptySidecar(), positions });
  useSimulationView.setState({
    retryCounts: Object.fromEntries(states.map((s) => [s.id, num(s.marker!)])),
    breakpoints: Object.fromEntries(states.map((s) => [s.id, true as const])),
  });
}

/** The invariants that hold after every step. */
function checkInvariants(where: string): void {
  const def = store.getState().doc.definition!;
  const states = marked(def);
  const byId = new Map(states.map((s) => [s.id, s]));
  const byName = new Map(states.map((s) => [s.name, s]));
  const d = data();
  for (const [name, m] of Object.entries(d.mocks)) {
    check(byName.has(name), `${where}: a mock for ${name}, which does not exist`);
    const marker = byName.get(name)!.marker;
    if (marker) checkEqual(m, marker, `${where}: the mock of ${name}`);
  }
  for (const s of states) if (s.marker) checkEqual(d.mocks[s.name], s.marker, `${where}: ${s.name} lost its mock`);
  for (const [id, p] of Object.entries(d.positions)) {
    check(byId.has(id), `${where}: a position for ${id}, which does not exist`);
    checkEqual(`m${p.x}`, byId.get(id)!.marker, `${where}: the position of ${id}`);
  }
  for (const [id, n] of Object.entries(d.retryCounts)) {
    check(byId.has(id), `${where}: run data for ${id}, which does not exist`);
    checkEqual(`m${n}`, byId.get(id)!.marker, `${where}: the run data of ${id}`);
  }
  for (const id of d.breakpoints) check(byId.has(id), `${where}: a breakpoint on ${id}, which does not exist`);
  checkEqual(Object.keys(d.appMocks).sort(), taskNames(def).sort(), `${where}: one app mock per Task`);
}

function taskNames(def: StateMachineDefinition): string[] {
  return allScopes(def).flatMap((scope) => Object.entries(statesOf(def, scope)).filter(([, s]) => s.Type === 'Task').map(([name]) => name));
}

type Op = 'rename' | 'typedRename' | 'move' | 'delete' | 'paste' | 'duplicate' | 'add' | 'branch.remove' | 'undo' | 'redo';
const OPS: Op[] = ['rename', 'typedRename', 'move', 'delete', 'paste', 'duplicate', 'add', 'branch.remove', 'undo', 'redo'];
const step = fc.record({ op: fc.constantFrom(...OPS), picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }) });

/** The command and arguments of a step on `def` (undefined for undo/redo). */
function commandFor(def: StateMachineDefinition, op: Op, picks: number[]): { id: CommandId; args: unknown } | undefined {
  const ids = stateIds(def);
  const scopes = allScopes(def);
  const pick = <T,>(list: T[], i: number): T => list[picks[i]! % list.length]!;
  const id = pick(ids, 0);
  // Every state deleted: only adding (and undo/redo) is left to do.
  if (ids.length === 0 && op !== 'add') return undefined;
  switch (op) {
    case 'rename':
      return { id: 'state.rename', args: { id, newName: `N${picks[1]! % 50}` } };
    case 'move':
      return { id: 'state.move', args: { id, scope: pick(scopes, 1) } };
    case 'delete':
      return { id: 'state.delete', args: { ids: picks[1]! % 2 ? [id] : [id, pick(ids, 2)] } };
    case 'duplicate':
      return { id: 'state.duplicate', args: { id } };
    case 'paste': {
      const fragment = copyStates(def, [id]);
      const after = pick(ids, 1);
      return { id: 'clipboard.paste', args: { content: JSON.stringify(fragment), ...(picks[2]! % 2 ? { after } : { scope: pick(scopes, 3) }) } };
    }
    case 'add':
      return { id: 'state.add', args: { type: picks[3]! % 2 ? 'Task' : 'Pass', name: `A${picks[1]! % 50}`, scope: pick(scopes, 2) } };
    case 'branch.remove':
      return { id: 'branch.remove', args: { id, index: picks[1]! % 3 } };
    case 'typedRename':
    case 'undo':
    case 'redo':
      return undefined;
  }
}

/**
 * A rename typed in the editor: the key and every reference to it replaced in the text (every quoted occurrence of
 * the name: no other string of these machines equals a state name), parsed as after the typing pause.
 */
function typeRename(picks: number[]): { id: string; newName: string } | undefined {
  const s = store.getState();
  const ids = stateIds(s.doc.definition!);
  if (ids.length === 0) return undefined;
  const id = ids[picks[0]! % ids.length]!;
  const newName = `T${picks[1]! % 50}`;
  const { name } = splitStateId(id);
  if (marked(s.doc.definition!).some((st) => st.name === newName)) return undefined;
  s.setText(s.doc.text.split(`"${name}"`).join(`"${newName}"`));
  store.getState().flushParse();
  return { id, newName };
}

describe('per-state data through random edit sequences', () => {
  it('stays keyed by existing states, follows renames and moves, and comes back on undo and redo', () => {
    const ran = new Map<Op, number>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        reset();
        checkInvariants('start');
        for (const [i, { op, picks }] of steps.entries()) {
          const where = `step ${i} (${op})`;
          const before = data();
          const s = store.getState();
          if (op === 'undo' || op === 'redo') {
            const canUndo = s.history.past.length > 0;
            const canRedo = s.history.future.length > 0;
            const afterOf = op === 'undo' ? undefined : s.history.future.at(-1);
            s[op]();
            checkInvariants(where);
            if (op === 'undo' && canUndo) redoUndoRoundTrip(where, before);
            if (op === 'redo' && canRedo && afterOf) undoRedoRoundTrip(where, before);
            continue;
          }
          if (op === 'typedRename') {
            const typed = typeRename(picks);
            if (!typed) continue;
            ran.set(op, (ran.get(op) ?? 0) + 1);
            checkInvariants(where);
            followed(where, before, typed.id, typed);
            continue;
          }
          const def = s.doc.definition!;
          const c = commandFor(def, op, picks);
          if (!c) continue;
          const command = getCommand(c.id);
          if (s.canRun(command, c.args) !== true) continue;
          const moved = op === 'rename' || op === 'move' ? (c.args as { id: string }).id : undefined;
          check(s.runCommand(command, c.args) === true, where);
          ran.set(op, (ran.get(op) ?? 0) + 1);
          checkInvariants(where);
          if (moved) followed(where, before, moved, c.args as { id: string; newName?: string; scope?: string });
          // Undo gives back exactly the data before the step; redo the data after it (a command that changed
          // nothing, such as a rename to the same name, is no undo step).
          if (store.getState().history.past.length === s.history.past.length) continue;
          const after = data();
          store.getState().undo();
          checkEqual(data(), before, `${where}: undo`);
          store.getState().redo();
          checkEqual(data(), after, `${where}: redo`);
        }
      }),
      { numRuns: 150 },
    );
    // The sequences really edit: every kind of command ran (not only refusals).
    expect([...ran.keys()].sort()).toEqual(['add', 'branch.remove', 'delete', 'duplicate', 'move', 'paste', 'rename', 'typedRename']);
  });
});

/** A renamed or moved state's data is under its new id (and its mock under its new name). */
function followed(where: string, before: Data, id: string, args: { newName?: string; scope?: string }): void {
  const { scope, name } = splitStateId(id);
  const newId = args.newName !== undefined ? stateId(scope, args.newName) : stateId(args.scope!, name);
  const d = data();
  checkEqual(d.mocks[args.newName ?? name], before.mocks[name], `${where}: the mock of ${id}`);
  checkEqual(d.retryCounts[newId], before.retryCounts[id], `${where}: the run data of ${id}`);
  checkEqual(d.breakpoints.includes(newId), before.breakpoints.includes(id), `${where}: the breakpoint of ${id}`);
  if (args.newName !== undefined) checkEqual(d.positions[newId], before.positions[id], `${where}: the position of ${id}`);
}

/** After an undo, redo and undo again land on the same data. */
function redoUndoRoundTrip(where: string, beforeUndo: Data): void {
  const undone = data();
  store.getState().redo();
  checkEqual(data(), beforeUndo, `${where}: redo after undo`);
  store.getState().undo();
  checkEqual(data(), undone, `${where}: undo again`);
}

function undoRedoRoundTrip(where: string, beforeRedo: Data): void {
  const redone = data();
  store.getState().undo();
  checkEqual(data(), beforeRedo, `${where}: undo after redo`);
  store.getState().redo();
  checkEqual(data(), redone, `${where}: redo again`);
}
