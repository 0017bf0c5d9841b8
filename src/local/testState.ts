/**
 * TestState on the local endpoint (https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html):
 * one state, given alone or as `stateName` of a whole machine, runs on the simulator with `input`, `variables`
 * and an optional `mock` ({result} or {errorOutput: {error, cause}}) standing in for its Task call. The state is
 * run inside a small machine: a Pass that assigns the variables, the state, and a Pass stub for every state it
 * can go to, so the stub reached names `nextState` and receives the state's output.
 * Answers as AWS does: status SUCCEEDED (output, nextState unless End), FAILED (error, cause), CAUGHT_ERROR
 * (a Catch took it: error, cause, output, nextState) or RETRIABLE (a Retrier matched: error, cause); with
 * inspectionLevel DEBUG or TRACE, `inspectionData` holds each data-flow stage as JSON text (input,
 * afterInputPath, afterParameters, afterArguments, result, afterResultSelector, afterResultPath, variables,
 * errorDetails {catchIndex, retryIndex, retryBackoffIntervalSeconds}). INFO (the default) leaves it out.
 * A Map or Parallel with a mock runs none of its iterations or branches: the mock is the state's whole result (the
 * array they would give), which its ResultSelector, ResultPath and OutputPath (or Output and Assign), Retry and
 * Catch then take as a Task's (see mockedComposite).
 * Not modelled: `context`, TRACE's HTTP request/response, `stateConfiguration` other than `retrierRetryCount`
 * (`errorCausedByState` and `mapIterationFailureCount` are accepted and ignored).
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { startExecution, step } from '../simulator/engine.ts';
import type { ExecutionSnapshot, StateInspection, TaskInvoker, TaskOutcome } from '../simulator/execution.ts';
import { ApiError, validation } from './errors.ts';
import { diagnose } from './machines.ts';
import type { LocalService, Operation } from './service.ts';
import { taskInvoker } from './tasks.ts';
import { optStr, str, type Json } from './wire.ts';

const SETUP = 'asl-studio:TestStateSetup';
const LEVELS = ['INFO', 'DEBUG', 'TRACE'];
type StateDef = Json & { Type?: unknown; Next?: unknown; Default?: unknown; Choices?: unknown; Catch?: unknown; Retry?: unknown; Resource?: unknown };

function parseJson(text: string | undefined, what: string, error = 'InvalidExecutionInput'): JsonValue | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    throw new ApiError(error, `Invalid ${what}: '${(e as Error).message}'`);
  }
}

/** The names a state can go to: Next, Choice rules and Default, Catch targets. */
function targets(st: StateDef): string[] {
  const out: unknown[] = [st.Next, st.Default];
  for (const list of [st.Choices, st.Catch]) if (Array.isArray(list)) for (const r of list) out.push((r as Json).Next);
  return [...new Set(out.filter((x): x is string => typeof x === 'string'))];
}

/** The state under test, its name, and the query language it inherits from a whole machine. */
function stateOf(definition: Json, stateName: string | undefined): { name: string; state: StateDef; language: unknown } {
  if (definition.States !== undefined) {
    const states = definition.States as Record<string, StateDef>;
    const name = stateName ?? (definition.StartAt as string);
    const state = typeof name === 'string' && Object.hasOwn(states, name) ? states[name] : undefined;
    if (!state) throw validation(`The state machine has no state '${String(name)}' to test`);
    return { name, state, language: definition.QueryLanguage };
  }
  if (stateName !== undefined) throw validation('stateName is only allowed with a whole state machine definition');
  return { name: 'TestState', state: definition as StateDef, language: undefined };
}

function testMachine(name: string, state: StateDef, language: unknown, variables: Json | undefined): StateMachineDefinition {
  const States: Record<string, unknown> = {};
  const start = variables && Object.keys(variables).length > 0 ? SETUP : name;
  if (start === SETUP) States[SETUP] = { Type: 'Pass', QueryLanguage: 'JSONPath', Assign: variables, Next: name };
  States[name] = state;
  for (const t of targets(state)) if (!Object.hasOwn(States, t)) States[t] = { Type: 'Pass', QueryLanguage: 'JSONPath', End: true };
  return { ...(language !== undefined ? { QueryLanguage: language } : {}), StartAt: start, States } as StateMachineDefinition;
}

/** What a Map or Parallel keeps when a mock stands in for its iterations or branches. */
const COMPOSITE_KEEPS = ['Comment', 'QueryLanguage', 'InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign', 'Retry', 'Catch', 'Next', 'End'];

/**
 * A mocked Map or Parallel as the Task the simulator runs in its place: its I/O fields, Retry, Catch and transition
 * with the mock as the Task's result. A Parallel's Parameters (or Arguments) shape its input before the branches,
 * so they stay; a Map's item fields (ItemsPath, ItemSelector, the processor…) concern the iterations, which the
 * mock replaces. The Resource is an activity: a Task that takes any input and needs no other field.
 */
function mockedComposite(state: StateDef): StateDef {
  const out: Json = { Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:TestStateMock' };
  const keeps = state.Type === 'Parallel' ? [...COMPOSITE_KEEPS, 'Parameters', 'Arguments'] : COMPOSITE_KEEPS;
  for (const k of keeps) if (Object.hasOwn(state, k)) out[k] = state[k] as JsonValue;
  return out as StateDef;
}

function mockOutcome(mock: Json): TaskOutcome {
  if (mock.errorOutput !== undefined) {
    const e = (mock.errorOutput ?? {}) as Json;
    return { error: typeof e.error === 'string' ? e.error : '', cause: typeof e.cause === 'string' ? e.cause : '' };
  }
  return { output: parseJson(str(mock, 'result'), 'mock result', 'ValidationException') as JsonValue };
}

async function run(def: StateMachineDefinition, input: JsonValue, invoker: TaskInvoker, name: string): Promise<{ tested: StateInspection | undefined; next: StateInspection | undefined; snap: ExecutionSnapshot }> {
  let s = startExecution(def, { input, invoker, inspect: true, name: 'TestState', stateMachineName: 'TestState' });
  let tested: StateInspection | undefined;
  for (let i = 0; i < 20 && s.status === 'RUNNING'; i++) {
    const r = step(s);
    s = r instanceof Promise ? await r : r;
    const records = s.inspections.view(s.inspectionCount).filter((x) => !x.path.includes('/'));
    const at = records.findIndex((x) => x.stateName === name && x.path === name);
    tested = at < 0 ? undefined : records[at];
    if (tested && (tested.retrier !== undefined || (tested.error !== undefined && tested.catcher === undefined))) return { tested, next: undefined, snap: s };
    if (tested && records[at + 1]) return { tested, next: records[at + 1], snap: s };
  }
  return { tested, next: undefined, snap: s };
}

const text = (v: JsonValue | undefined) => (v === undefined ? undefined : JSON.stringify(v));

function inspectionData(t: StateInspection, st: StateDef, retryCount: number): Json {
  const out: Json = {};
  for (const k of ['input', 'afterInputPath', 'afterParameters', 'afterArguments', 'result', 'afterResultSelector', 'afterResultPath'] as const) {
    const v = text(t[k]);
    if (v !== undefined) out[k] = v;
  }
  if (t.variables !== undefined && Object.keys(t.variables).length > 0) out.variables = JSON.stringify(t.variables);
  if (t.catcher !== undefined) out.errorDetails = { catchIndex: t.catcher };
  if (t.retrier !== undefined) {
    const r = (Array.isArray(st.Retry) ? st.Retry[t.retrier] : {}) as Json;
    const interval = typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1;
    const rate = typeof r.BackoffRate === 'number' ? r.BackoffRate : 2;
    const max = typeof r.MaxDelaySeconds === 'number' ? r.MaxDelaySeconds : Infinity;
    out.errorDetails = { retryIndex: t.retrier, retryBackoffIntervalSeconds: Math.min(max, Math.round(interval * rate ** retryCount)) };
  }
  return out;
}

export function testStateOperations(svc: LocalService): Record<string, Operation> {
  return {
    async TestState(q) {
      const definition = parseJson(str(q, 'definition'), 'definition', 'InvalidDefinition');
      if (!definition || typeof definition !== 'object' || Array.isArray(definition)) throw new ApiError('InvalidDefinition', 'Invalid State Machine Definition: the definition must be a JSON object');
      const level = optStr(q, 'inspectionLevel') ?? 'INFO';
      if (!LEVELS.includes(level)) throw validation(`1 validation error detected: Value '${level}' at 'inspectionLevel' failed to satisfy constraint: Member must satisfy enum value set: [${LEVELS.join(', ')}]`);
      const input = parseJson(optStr(q, 'input'), 'input') ?? {};
      const variables = parseJson(optStr(q, 'variables'), 'variables', 'ValidationException');
      if (variables !== undefined && (variables === null || typeof variables !== 'object' || Array.isArray(variables))) throw validation('variables must be a JSON object');
      const mock = q.mock === undefined || q.mock === null ? undefined : (q.mock as Json);
      const { name, state, language } = stateOf(definition as Json, optStr(q, 'stateName'));
      const resource = typeof state.Resource === 'string' ? state.Resource : '';
      if (!mock && /\.(waitForTaskToken|sync(:2)?)$/.test(resource)) throw validation(`TestState runs ${resource} only with a mock`);
      const given = testMachine(name, state, language, variables as Json | undefined);
      const problem = diagnose(JSON.stringify(given)).find((d) => d.severity === 'ERROR');
      if (problem) throw new ApiError('InvalidDefinition', `Invalid State Machine Definition: '${problem.code}: ${problem.message}${problem.location ? ` at ${problem.location}` : ''}'`);
      // The whole state is checked above, its branches or processor included, even when a mock stands in for them.
      const composite = state.Type === 'Map' || state.Type === 'Parallel';
      const def = mock && composite ? testMachine(name, mockedComposite(state), language, variables as Json | undefined) : given;
      const real = taskInvoker({ definition: def, stateMachineName: 'TestState', testCase: undefined, mockConfig: undefined, callbacks: svc.callbacks, lambda: svc.lambda }, new AbortController().signal);
      const invoker = mock ? () => mockOutcome(mock) : real;
      const { tested, next, snap } = await run(def, input, invoker, name);
      if (!tested) return { status: 'FAILED', error: snap.error ?? 'States.Runtime', cause: snap.cause ?? 'The state did not run' };
      const retryCount = (q.stateConfiguration as Json | undefined)?.retrierRetryCount;
      const out: Json = {};
      if (tested.retrier !== undefined) Object.assign(out, { status: 'RETRIABLE', error: tested.error, cause: tested.cause ?? '' });
      else if (tested.catcher !== undefined) Object.assign(out, { status: 'CAUGHT_ERROR', error: tested.error, cause: tested.cause ?? '', output: text(next?.input), nextState: next?.stateName });
      else if (tested.error !== undefined) Object.assign(out, { status: 'FAILED', error: tested.error, cause: tested.cause ?? '' });
      else if (!next && snap.status === 'FAILED') Object.assign(out, { status: 'FAILED', error: snap.error ?? '', cause: snap.cause ?? '' });
      else {
        out.status = 'SUCCEEDED';
        out.output = text(tested.output ?? next?.input ?? (snap.status === 'SUCCEEDED' ? snap.output : undefined));
        if (next) out.nextState = next.stateName;
      }
      if (level !== 'INFO') out.inspectionData = inspectionData(tested, state, typeof retryCount === 'number' ? retryCount : 0);
      return out;
    },
  };
}
