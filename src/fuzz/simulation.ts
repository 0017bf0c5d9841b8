/**
 * Simulation cases for the fuzz properties: a generated machine (valid, or mutated into nonsense), an input, and
 * a task invoker whose behaviour per call is drawn from a list of faults: a plain result, the mock's own error,
 * a thrown exception, a non-JSON result (undefined, a function, a BigInt, a cycle), a 1 MB result, a virtual
 * duration past any timeout, a rejected promise. `checkOutcome` states what must come out.
 */
import fc from 'fast-check';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { simulate, type ExecutionResult } from '../simulator/index.ts';
import type { TaskInvoker, TaskOutcome } from '../simulator/execution.ts';
import { jsonValue, mutatedDefinition, validDefinition } from './arbitraries.ts';


export const MOCK_ERRORS = ['Mock.Failure', 'Lambda.ServiceException', 'Error', 'TypeError', 'RangeError'];

export type Behaviour = 'ok' | 'error' | 'throw' | 'undefined' | 'function' | 'bigint' | 'cycle' | 'huge' | 'slow' | 'reject' | 'async';
const BEHAVIOURS: Behaviour[] = ['ok', 'ok', 'ok', 'error', 'throw', 'undefined', 'function', 'bigint', 'cycle', 'huge', 'slow', 'reject', 'async'];

const ONE_MB = 'x'.repeat(1024 * 1024);

function cycle(): JsonValue {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o as JsonValue;
}

/** An invoker that misbehaves as the list says, call after call (cycling through it). */
export function faultyInvoker(behaviours: readonly Behaviour[], result: JsonValue): TaskInvoker {
  let n = 0;
  return (): TaskOutcome | Promise<TaskOutcome> => {
    const b = behaviours[n++ % behaviours.length] ?? 'ok';
    switch (b) {
      case 'ok':
        return { output: result };
      case 'error':
        return { error: 'Mock.Failure', cause: '<img src=x onerror=alert(1)>' };
      case 'throw':
        throw new TypeError('mock blew up');
      case 'undefined':
        return { output: undefined as unknown as JsonValue };
      case 'function':
        return { output: (() => 1) as unknown as JsonValue };
      case 'bigint':
        return { output: { n: 10n } as unknown as JsonValue };
      case 'cycle':
        return { output: cycle() };
      case 'huge':
        return { output: { data: ONE_MB } };
      case 'slow':
        return { output: result, durationMs: 10 * 365 * 24 * 3600 * 1000 };
      case 'reject':
        return Promise.reject(new Error('network down'));
      case 'async':
        return Promise.resolve({ output: result });
    }
  };
}

export interface SimulationCase {
  definition: unknown;
  /** Whether the definition was mutated (then a Fail state's Error may be any string). */
  mutated: boolean;
  input: JsonValue;
  behaviours: Behaviour[];
  run(): Promise<ExecutionResult | { thrown: unknown }>;
}

export const simulationCase: fc.Arbitrary<SimulationCase> = fc
  .record({
    generated: fc.oneof(
      { weight: 3, arbitrary: validDefinition.map((d) => ({ d: d as unknown, mutated: false })) },
      // Mutated definitions, valid or not: the compiler refuses the broken ones with States.Runtime.
      { weight: 1, arbitrary: mutatedDefinition.map((d) => ({ d, mutated: true })) },
    ),
    input: fc.oneof(jsonValue, fc.record({ x: fc.integer({ min: -2, max: 12 }), items: fc.array(jsonValue, { maxLength: 3 }) })),
    behaviours: fc.array(fc.constantFrom(...BEHAVIOURS), { minLength: 1, maxLength: 4 }),
    result: jsonValue,
  })
  .map(({ generated: { d: definition, mutated }, input, behaviours, result }) => ({
    definition,
    mutated,
    input,
    behaviours,
    async run() {
      try {
        return await simulate(definition as StateMachineDefinition, {
          input,
          invoker: faultyInvoker(behaviours, result),
          limits: { maxTransitions: 300 },
          inspect: false,
          random: () => 0.5,
        });
      } catch (thrown) {
        return { thrown };
      }
    },
  }));

const ASL_ERROR = /^States\.[A-Za-z]+$/;

/**
 * An execution ends (never RUNNING); a failure carries an ASL error name (`States.*`) or a mock's own; a thrown
 * exception is only allowed as `States.Runtime` for a definition the simulator cannot compile.
 */
export function checkOutcome(c: SimulationCase, r: ExecutionResult | { thrown: unknown }): void {
  if ('thrown' in r) {
    const name = (r.thrown as { name?: unknown } | null)?.name;
    if (name !== 'States.Runtime') throw new Error(`simulate threw ${String(name)}: ${String((r.thrown as Error)?.message ?? r.thrown)}`);
    return;
  }
  if (r.status === 'RUNNING') throw new Error('the execution did not end');
  if (r.status === 'SUCCEEDED') {
    if (r.output === undefined) throw new Error('succeeded without output');
    return;
  }
  const error = r.error ?? '';
  if (c.mutated && typeof r.error === 'string') return;
  if (!ASL_ERROR.test(error) && !MOCK_ERRORS.includes(error) && !/^(Custom\.Error|__proto__)$/.test(error)) {
    throw new Error(`failed with a non-ASL error name ${JSON.stringify(error)} (${r.cause ?? ''})`);
  }
}
