/**
 * Giving copied states fresh names: state names must be unique in the whole machine, so a duplicated Parallel or
 * Map (or pasted states) get new names for every state inside, with their transitions and `StartAt` rewritten.
 */
import type { State, SubMachine } from '../asl/types.ts';
import { uniqueName } from './names.ts';
import { isObj, put } from './immutable.ts';
import { retargetState } from './refs.ts';
import { processorField } from './stateScopes.ts';

/**
 * Rename the states of a set so no name is in `taken` (adding the new names to it); transitions to names in the
 * set are rewritten, transitions elsewhere are left to `outside` (default: kept). Nested scopes are freshened too.
 */
export function freshenStates(
  states: Record<string, State>,
  taken: Set<string>,
  outside: (target: string) => string | null | undefined = () => undefined,
): { states: Record<string, State>; mapping: Map<string, string> } {
  const mapping = new Map<string, string>();
  for (const name of Object.keys(states)) {
    const fresh = uniqueName(name, taken);
    taken.add(fresh);
    mapping.set(name, fresh);
  }
  const out: Record<string, State> = {};
  for (const [name, state] of Object.entries(states)) {
    if (!isObj(state)) {
      put(out, mapping.get(name)!, state);
      continue;
    }
    const rewired = retargetState(state, (t) => (mapping.has(t) ? mapping.get(t) : outside(t)));
    put(out, mapping.get(name)!, freshenChildren(rewired, taken));
  }
  return { states: out, mapping };
}

function freshenScope(sub: SubMachine, taken: Set<string>): SubMachine {
  if (!isObj(sub) || !isObj(sub.States)) return sub;
  const { states, mapping } = freshenStates(sub.States, taken);
  return { ...sub, StartAt: mapping.get(sub.StartAt) ?? sub.StartAt, States: states };
}

/** The state with every state inside its branches or item processor renamed to fresh names. */
export function freshenChildren(state: State, taken: Set<string>): State {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    return { ...state, Branches: state.Branches.map((b) => freshenScope(b, taken)) };
  }
  if (state.Type === 'Map') {
    const field = processorField(state);
    const proc = state[field];
    if (isObj(proc)) return { ...state, [field]: freshenScope(proc as SubMachine, taken) };
  }
  return state;
}
