/**
 * Compiles a definition once (cached per definition object): resolves each state's query language, its Next/End,
 * Retry/Catch lists and nested sub-machines, and precomputes cheap flags (does the state read `$$`/`$states`?).
 */
import type {
  Catcher,
  JsonValue,
  MapState,
  ParallelState,
  QueryLanguage,
  Retrier,
  State,
  StateMachineDefinition,
  SubMachine,
} from '../asl/types.ts';
import { StatesError, ERRORS } from './errors.ts';
import { isRecord as isObj } from '../asl/values.ts';
import { hasNoNext } from '../asl/stateTypes.ts';
import { IOPlan } from './ioPlan.ts';

export interface CompiledState {
  readonly name: string;
  readonly def: State;
  readonly type: State['Type'];
  readonly lang: QueryLanguage;
  /** Next state, or null when the state ends its (sub)machine. */
  readonly next: string | null;
  readonly retriers: readonly Retrier[];
  readonly catchers: readonly Catcher[];
  /** Parallel branches, or the Map item processor as a one-element list. */
  readonly subs: readonly CompiledSub[];
  /** Whether any field mentions the context object (`$$` or `$states.context`). */
  readonly needsContext: boolean;
  /** Task resource ARN, '' for other states. */
  readonly resource: string;
  /** History event types: `PassStateEntered`, `PassStateExited`. */
  readonly enteredEvent: string;
  readonly exitedEvent: string;
  /** `/` and the name: a path inside a thread is the thread's path and this (thread.ts statePath). */
  readonly pathSuffix: string;
  /** The input/output stages the pipeline runs for this state (ioPlan.ts). */
  readonly io: IOPlan;
}

export interface CompiledSub {
  readonly startAt: string;
  readonly states: ReadonlyMap<string, CompiledState>;
  readonly lang: QueryLanguage;
}

export interface CompiledMachine extends CompiledSub {
  readonly def: StateMachineDefinition;
  readonly timeoutSeconds: number | null;
}

const cache = new WeakMap<object, CompiledMachine>();

export function compileMachine(def: StateMachineDefinition): CompiledMachine {
  const hit = cache.get(def);
  if (hit) return hit;
  if (!isObj(def) || typeof def.StartAt !== 'string' || !isObj(def.States)) {
    throw new StatesError(ERRORS.Runtime, 'The definition needs StartAt and States');
  }
  const lang: QueryLanguage = def.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  const sub = compileSub(def, lang);
  const machine: CompiledMachine = {
    ...sub,
    def,
    timeoutSeconds: typeof def.TimeoutSeconds === 'number' ? def.TimeoutSeconds : null,
  };
  cache.set(def, machine);
  return machine;
}

/** A plain object (not null, not an array): what the compiler requires of a (sub)machine, a state, a branch. */
function compileSub(sub: SubMachine | StateMachineDefinition, inherited: QueryLanguage): CompiledSub {
  if (!isObj(sub) || !isObj(sub.States)) throw new StatesError(ERRORS.Runtime, 'A branch or item processor needs StartAt and States');
  const lang: QueryLanguage = sub.QueryLanguage === 'JSONata' ? 'JSONata' : sub.QueryLanguage === 'JSONPath' ? 'JSONPath' : inherited;
  const states = new Map<string, CompiledState>();
  for (const [name, def] of Object.entries(sub.States ?? {})) states.set(name, compileState(name, def, lang));
  if (!states.has(sub.StartAt)) throw new StatesError(ERRORS.Runtime, `StartAt '${sub.StartAt}' names no state`);
  return { startAt: sub.StartAt, states, lang };
}

function compileState(name: string, def: State, inherited: QueryLanguage): CompiledState {
  if (!isObj(def)) throw new StatesError(ERRORS.Runtime, `State '${name}' is not an object`);
  const lang: QueryLanguage = def.QueryLanguage === 'JSONata' ? 'JSONata' : def.QueryLanguage === 'JSONPath' ? 'JSONPath' : inherited;
  let subs: CompiledSub[] = [];
  if (def.Type === 'Parallel') {
    const branches = (def as ParallelState).Branches ?? [];
    if (!Array.isArray(branches)) throw new StatesError(ERRORS.Runtime, `Parallel state '${name}' needs a list of Branches`);
    subs = branches.map((b) => compileSub(b, lang));
  }
  if (def.Type === 'Map') {
    const m = def as MapState;
    const proc = m.ItemProcessor ?? m.Iterator;
    if (!proc) throw new StatesError(ERRORS.Runtime, `Map state '${name}' has no ItemProcessor`);
    subs = [compileSub(proc, lang)];
  }
  const own = { ...def } as Record<string, unknown>;
  delete own.Branches;
  delete own.ItemProcessor;
  delete own.Iterator;
  const text = JSON.stringify(own);
  // A Type that is not a string fails when the state runs (unknown state type), not here.
  const typeName = typeof def.Type === 'string' ? def.Type : 'Unknown';
  const terminal = hasNoNext(def.Type);
  const next = terminal || def.End === true ? null : typeof def.Next === 'string' ? def.Next : null;
  return {
    name,
    def,
    type: def.Type,
    lang,
    next,
    retriers: Array.isArray(def.Retry) ? (def.Retry as Retrier[]) : [],
    catchers: Array.isArray(def.Catch) ? (def.Catch as Catcher[]) : [],
    subs,
    needsContext: text.includes('$$') || text.includes('$states.context'),
    resource: def.Type === 'Task' ? String((def as { Resource?: JsonValue }).Resource ?? '') : '',
    enteredEvent: `${typeName}StateEntered`,
    exitedEvent: `${typeName}StateExited`,
    pathSuffix: `/${name}`,
    io: new IOPlan(def, lang),
  };
}
