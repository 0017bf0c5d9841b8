/**
 * The fake's TestState: the one state runs in the project's simulator inside a machine of its own, with every
 * state it may go to stubbed as a Succeed state, so the second state entered is the `nextState`. DEBUG returns the
 * simulator's inspection record as AWS's `inspectionData` (each stage as JSON text).
 */
import type { StateMachineDefinition } from '../../src/asl/types.ts';
import { simulate } from '../../src/simulator/run.ts';
import { isRecord as isObject } from '../../src/asl/values.ts';

type Json = Record<string, unknown>;


/** Every state name the state may transition to: Next, Default, each Choice rule's Next, each Catch's Next. */
function targets(state: Json): string[] {
  const out = new Set<string>();
  const add = (v: unknown) => typeof v === 'string' && out.add(v);
  add(state.Next);
  add(state.Default);
  for (const list of [state.Choices, state.Catch]) if (Array.isArray(list)) for (const r of list) if (isObject(r)) add(r.Next);
  return [...out];
}

const TESTED = '__tested__';
const text = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));

/** TestState's answer for a state definition (JSON text) and input. Throws on a definition that is not a state. */
export async function fakeTestState(definition: string, input: string | undefined, level: string): Promise<Json> {
  const state = JSON.parse(definition) as unknown;
  if (!isObject(state) || typeof state.Type !== 'string') throw new Error('The definition must be one state: an object with a Type');
  const states: Json = { [TESTED]: state };
  for (const t of targets(state)) states[t] = { Type: 'Succeed' };
  const machine = { StartAt: TESTED, States: states } as unknown as StateMachineDefinition;
  const r = await simulate(machine, { input: JSON.parse(input ?? '{}'), yieldEvery: Infinity });
  const runs = r.snapshot.inspections.view(r.snapshot.inspectionCount);
  const own = runs.filter((x) => x.stateName === TESTED);
  const last = own[own.length - 1];
  const next = runs.find((x) => x.stateName !== TESTED)?.stateName;
  const caught = last?.error !== undefined && last.output !== undefined;
  const out: Json = { status: r.status === 'SUCCEEDED' ? (caught ? 'CAUGHT_ERROR' : 'SUCCEEDED') : 'FAILED' };
  if (out.status !== 'FAILED') out.output = text(last?.output ?? r.output);
  if (next) out.nextState = next;
  const error = last?.error ?? r.error;
  if (error !== undefined) Object.assign(out, { error, cause: last?.cause ?? r.cause });
  if (level === 'DEBUG' && last) {
    out.inspectionData = {
      input: text(last.input),
      afterInputPath: text(last.afterInputPath),
      afterParameters: text(last.afterParameters),
      afterArguments: text(last.afterArguments),
      result: text(last.result),
      afterResultSelector: text(last.afterResultSelector),
      afterResultPath: text(last.afterResultPath),
      variables: text(last.variables),
    };
  }
  return out;
}
