/**
 * The fake Step Functions service: state machines and executions in memory, executions run by the project's own
 * simulator (so histories have AWS's shape), validation by the project's validator. Each operation takes the
 * JSON request and returns the JSON response, or throws a FakeError that the server sends as an AWS JSON error.
 */
import type { StateMachineDefinition } from '../../src/asl/types.ts';
import { validateDefinition } from '../../src/asl/validate.ts';
import type { HistoryEvent } from '../../src/simulator/events.ts';
import { simulate } from '../../src/simulator/run.ts';
import { fakeTestState } from './testState.ts';

type Json = Record<string, unknown>;

export class FakeError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

interface Machine {
  arn: string;
  name: string;
  type: 'STANDARD' | 'EXPRESS';
  definition: string;
  roleArn: string;
  revisionId: string;
  creationDate: number;
  logging: Logging;
}

/** As CreateStateMachine's `loggingConfiguration`. */
interface Logging {
  level: string;
  includeExecutionData: boolean;
  destinations: { cloudWatchLogsLogGroup: { logGroupArn: string } }[];
}

const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_./#-]+:\*$/;

/** The logging configuration of a request, checked as AWS checks it (a level other than OFF needs a log group). */
function logging(q: Json, previous?: Logging): Logging {
  const c = q.loggingConfiguration as Partial<Logging> | undefined;
  if (!c) return previous ?? { level: 'OFF', includeExecutionData: false, destinations: [] };
  const out: Logging = { level: String(c.level ?? 'OFF'), includeExecutionData: c.includeExecutionData === true, destinations: c.destinations ?? [] };
  const arn = out.destinations[0]?.cloudWatchLogsLogGroup?.logGroupArn;
  if (out.level !== 'OFF' && arn === undefined) throw new FakeError('InvalidLoggingConfiguration', 'Invalid Logging Configuration: Must specify exactly one Log Destination.');
  if (arn !== undefined && !LOG_GROUP_ARN.test(arn)) throw new FakeError('InvalidLoggingConfiguration', `Invalid Logging Configuration: the log group ARN '${arn}' is not valid`);
  return out;
}

interface Execution {
  arn: string;
  name: string;
  machineArn: string;
  input: string;
  startDate: number;
  stopDate?: number;
  status: string;
  output?: string;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
  /** Until then, DescribeExecution says RUNNING and the history shows only its first events. */
  revealAt: number;
}

export interface FakeOptions {
  region: string;
  account: string;
  /** How long an execution shows as RUNNING (ms); executions of machines named `Slow…` run for a minute. */
  runningMs: number;
}

const now = () => Date.now() / 1000;
const SEED = { StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: { hello: 'world' }, Next: 'Done' }, Done: { Type: 'Succeed' } } };

export class FakeStepFunctions {
  readonly machines = new Map<string, Machine>();
  readonly executions = new Map<string, Execution>();
  readonly calls: string[] = [];
  private counter = 0;

  get account(): string {
    return this.o.account;
  }

  constructor(private readonly o: FakeOptions) {
    this.reset();
  }

  /** Back to the seeded machines, with no executions (each e2e test starts from here). */
  reset(): void {
    this.machines.clear();
    this.executions.clear();
    this.calls.length = 0;
    for (const name of ['HelloWorld', 'OrderPipeline', 'NightlyReport', 'SlowJob']) {
      this.put({ name, definition: JSON.stringify(SEED, null, 2), roleArn: this.role(), type: name === 'NightlyReport' ? 'EXPRESS' : 'STANDARD', logging: logging({}) });
    }
  }

  private role(): string {
    return `arn:aws:iam::${this.o.account}:role/StepFunctionsRole`;
  }

  private put(m: Omit<Machine, 'arn' | 'revisionId' | 'creationDate'>): Machine {
    const machine = { ...m, arn: `arn:aws:states:${this.o.region}:${this.o.account}:stateMachine:${m.name}`, revisionId: `rev-${++this.counter}`, creationDate: now() };
    this.machines.set(machine.arn, machine);
    return machine;
  }

  private machine(arn: unknown): Machine {
    const m = this.machines.get(String(arn));
    if (!m) throw new FakeError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(arn)}'`);
    return m;
  }

  private execution(arn: unknown): Execution {
    const e = this.executions.get(String(arn));
    if (!e) throw new FakeError('ExecutionDoesNotExist', `Execution Does Not Exist: '${String(arn)}'`);
    return e;
  }

  /** ValidateStateMachineDefinition's diagnostics: the project's validator, with AWS's location format. */
  validate(definition: string): Json[] {
    let value: unknown;
    try {
      value = JSON.parse(definition);
    } catch (e) {
      return [{ severity: 'ERROR', code: 'INVALID_JSON_DESCRIPTION', message: (e as Error).message }];
    }
    return validateDefinition(value)
      .filter((d) => d.severity === 'error')
      .map((d) => ({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: d.message, location: `/${d.path.join('/')}` }));
  }

  private page<T>(items: T[], q: Json, key: string): Json {
    const start = Number(q.nextToken ?? 0);
    const size = Number(q.maxResults ?? 100) || 100;
    const next = start + size < items.length ? String(start + size) : undefined;
    return { [key]: items.slice(start, start + size), ...(next ? { nextToken: next } : {}) };
  }

  private visible(e: Execution): Json {
    const running = e.status !== 'ABORTED' && Date.now() < e.revealAt;
    const out: Json = { executionArn: e.arn, stateMachineArn: e.machineArn, name: e.name, status: running ? 'RUNNING' : e.status, startDate: e.startDate, input: e.input };
    if (!running && e.stopDate) out.stopDate = e.stopDate;
    if (!running && e.output !== undefined) out.output = e.output;
    if (!running && e.error !== undefined) Object.assign(out, { error: e.error, cause: e.cause });
    return out;
  }

  private async runExecution(m: Machine, q: Json): Promise<Execution> {
    const name = String(q.name ?? `exec-${++this.counter}`);
    const input = String(q.input ?? '{}');
    const r = await simulate(JSON.parse(m.definition) as StateMachineDefinition, { input: JSON.parse(input), yieldEvery: Infinity });
    const events = r.events.map((ev) => ({ ...ev, timestamp: ev.timestamp }));
    const e: Execution = {
      arn: `arn:aws:states:${this.o.region}:${this.o.account}:execution:${m.name}:${name}`,
      name,
      machineArn: m.arn,
      input,
      startDate: now(),
      stopDate: now(),
      status: r.status,
      events,
      revealAt: Date.now() + (m.type === 'EXPRESS' ? 0 : m.name.startsWith('Slow') ? 60_000 : this.o.runningMs),
    };
    if (r.status === 'SUCCEEDED') e.output = JSON.stringify(r.output);
    else Object.assign(e, { error: r.error, cause: r.cause });
    this.executions.set(e.arn, e);
    return e;
  }

  async call(operation: string, q: Json): Promise<Json> {
    this.calls.push(operation);
    switch (operation) {
      case 'ListStateMachines':
        return this.page([...this.machines.values()].map((m) => ({ stateMachineArn: m.arn, name: m.name, type: m.type, creationDate: m.creationDate })), q, 'stateMachines');
      case 'DescribeStateMachine': {
        const m = this.machine(q.stateMachineArn);
        return { stateMachineArn: m.arn, name: m.name, status: 'ACTIVE', definition: m.definition, roleArn: m.roleArn, type: m.type, creationDate: m.creationDate, revisionId: m.revisionId, loggingConfiguration: m.logging };
      }
      case 'ValidateStateMachineDefinition': {
        const diagnostics = this.validate(String(q.definition ?? ''));
        return { result: diagnostics.length ? 'FAIL' : 'OK', diagnostics, truncated: false };
      }
      case 'CreateStateMachine': {
        const name = String(q.name ?? '');
        if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new FakeError('InvalidName', `Invalid Name: '${name}'`);
        if ([...this.machines.values()].some((m) => m.name === name)) throw new FakeError('StateMachineAlreadyExists', `State Machine Already Exists: '${name}'`);
        if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(String(q.roleArn ?? ''))) throw new FakeError('InvalidArn', `Invalid Arn: '${String(q.roleArn)}'`);
        const diagnostics = this.validate(String(q.definition ?? ''));
        if (diagnostics.length) throw new FakeError('InvalidDefinition', `Invalid State Machine Definition: '${String(diagnostics[0]?.message)}'`);
        const m = this.put({ name, definition: String(q.definition), roleArn: String(q.roleArn), type: q.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD', logging: logging(q) });
        return { stateMachineArn: m.arn, creationDate: m.creationDate };
      }
      case 'UpdateStateMachine': {
        const m = this.machine(q.stateMachineArn);
        const diagnostics = this.validate(String(q.definition ?? m.definition));
        if (diagnostics.length) throw new FakeError('InvalidDefinition', `Invalid State Machine Definition: '${String(diagnostics[0]?.message)}'`);
        Object.assign(m, { definition: String(q.definition ?? m.definition), roleArn: String(q.roleArn ?? m.roleArn), logging: logging(q, m.logging), revisionId: `rev-${++this.counter}` });
        return { updateDate: now(), revisionId: m.revisionId };
      }
      case 'StartExecution': {
        const m = this.machine(q.stateMachineArn);
        const e = await this.runExecution(m, q);
        return { executionArn: e.arn, startDate: e.startDate };
      }
      case 'StartSyncExecution': {
        const m = this.machine(q.stateMachineArn);
        if (m.type !== 'EXPRESS') throw new FakeError('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');
        return this.visible(await this.runExecution(m, q));
      }
      case 'DescribeExecution':
        return this.visible(this.execution(q.executionArn));
      case 'GetExecutionHistory': {
        const e = this.execution(q.executionArn);
        const shown = e.status === 'ABORTED' || Date.now() >= e.revealAt ? e.events : e.events.slice(0, 2);
        return this.page(shown.map((ev) => ({ ...ev, timestamp: Date.parse(ev.timestamp) / 1000 || now() })), q, 'events');
      }
      case 'StopExecution': {
        const e = this.execution(q.executionArn);
        if (Date.now() < e.revealAt) {
          const last = e.events[1] ?? e.events[0];
          const cut = e.events.slice(0, 2);
          cut.push({ id: cut.length + 1, previousEventId: last?.id ?? 0, timestamp: new Date().toISOString(), type: 'ExecutionAborted', executionAbortedEventDetails: { error: q.error, cause: q.cause } });
          Object.assign(e, { status: 'ABORTED', events: cut, output: undefined, error: q.error, cause: q.cause, stopDate: now() });
        }
        return { stopDate: now() };
      }
      case 'ListExecutions': {
        const list = [...this.executions.values()].filter((e) => e.machineArn === String(q.stateMachineArn)).reverse();
        return this.page(list.map((e) => this.visible(e)), q, 'executions');
      }
      case 'TestState': {
        if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(String(q.roleArn ?? ''))) throw new FakeError('InvalidArn', `Invalid Arn: '${String(q.roleArn)}'`);
        try {
          return await fakeTestState(String(q.definition ?? ''), q.input === undefined ? undefined : String(q.input), String(q.inspectionLevel ?? 'INFO'));
        } catch (e) {
          throw new FakeError('InvalidDefinition', `Invalid State Machine Definition: '${(e as Error).message}'`);
        }
      }
      default:
        throw new FakeError('UnknownOperationException', `Unknown operation ${operation}`);
    }
  }
}
