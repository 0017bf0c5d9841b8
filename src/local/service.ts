/**
 * The local Step Functions service: state machines and executions in memory, written through an
 * `ExecutionStore`, executions run by `LiveExecution` (runner.ts). Operations live in one file per group
 * (machines.ts, executions.ts, callbacksApi.ts, tags.ts); `call` dispatches an AWS JSON 1.0 operation name to
 * them. Region and account are the simulator's (us-east-1, 123456789012), as in Step Functions Local.
 */
import type { StateMachineDefinition } from '../asl/types.ts';
import type { MockConfigFile } from '../simulator/mocks.ts';
import { Callbacks } from './callbacks.ts';
import type { LambdaCall } from './lambda.ts';
import { ApiError, executionMissing, machineMissing } from './errors.ts';
import { executionOperations } from './executions.ts';
import { machineOperations } from './machines.ts';
import { callbackOperations } from './callbacksApi.ts';
import type { LiveExecution } from './runner.ts';
import { memoryStore, type ExecutionRecord, type ExecutionStore, type MachineRecord } from './store.ts';
import { tagOperations } from './tags.ts';
import { versionOperations } from './versions.ts';
import { testStateOperations } from './testState.ts';
import type { Json } from './wire.ts';

export { ACCOUNT, ARN_PREFIX, REGION } from './arn.ts';

export interface ServiceOptions {
  store?: ExecutionStore;
  mockConfig?: MockConfigFile;
  /** Wall-clock time per virtual second of a Wait: 1 real time (default), 0 no waiting. */
  waitScale?: number;
  /** Calls unmocked Lambda tasks (`--lambda-endpoint`, lambda.ts). */
  lambda?: LambdaCall;
}

export type Operation = (q: Json) => Json | Promise<Json>;

export class LocalService {
  readonly machines = new Map<string, MachineRecord>();
  readonly executions = new Map<string, ExecutionRecord>();
  /** Executions of each machine ARN, oldest first. */
  readonly byMachine = new Map<string, string[]>();
  readonly live = new Map<string, LiveExecution>();
  readonly callbacks = new Callbacks();
  readonly store: ExecutionStore;
  readonly mockConfig: MockConfigFile | undefined;
  readonly waitScale: number;
  readonly lambda: LambdaCall | undefined;
  private readonly operations: Record<string, Operation>;
  private counter = 0;
  private readonly parsed = new WeakMap<MachineRecord, StateMachineDefinition>();

  constructor(o: ServiceOptions = {}) {
    this.store = o.store ?? memoryStore();
    this.mockConfig = o.mockConfig;
    this.waitScale = o.waitScale ?? 1;
    this.lambda = o.lambda;
    const loaded = this.store.load();
    for (const m of loaded.machines) this.machines.set(m.arn, m);
    for (const e of loaded.executions.sort((a, b) => a.startDate - b.startDate)) this.remember(e);
    this.operations = { ...machineOperations(this), ...executionOperations(this), ...callbackOperations(this), ...tagOperations(this), ...versionOperations(this), ...testStateOperations(this) };
  }

  /** The names of the operations served (AWS spelling). */
  get operationNames(): string[] {
    return Object.keys(this.operations).sort();
  }

  call(operation: string, q: Json): Promise<Json> {
    const op = Object.hasOwn(this.operations, operation) ? this.operations[operation] : undefined;
    if (!op) return Promise.reject(new ApiError('UnknownOperationException', `asl-studio local does not serve ${operation}`));
    try {
      return Promise.resolve(op(q));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * A machine's definition, parsed once per revision: the simulator caches its compiled form by object identity,
   * so executions of one revision share it.
   */
  definitionOf(m: MachineRecord): StateMachineDefinition {
    let def = this.parsed.get(m);
    if (!def) {
      def = JSON.parse(m.definition) as StateMachineDefinition;
      this.parsed.set(m, def);
    }
    return def;
  }

  /** A fresh revision id (machines) or execution name. */
  nextId(): string {
    return `${Date.now().toString(36)}-${(++this.counter).toString(36)}-${globalThis.crypto.randomUUID()}`;
  }

  machine(arn: unknown): MachineRecord {
    if (typeof arn !== 'string' || !arn.startsWith('arn:')) throw new ApiError('InvalidArn', `Invalid Arn: '${String(arn)}'`);
    const m = this.machines.get(arn);
    if (!m) throw machineMissing(arn);
    return m;
  }

  execution(arn: unknown): ExecutionRecord {
    if (typeof arn !== 'string' || !arn.startsWith('arn:')) throw new ApiError('InvalidArn', `Invalid Arn: '${String(arn)}'`);
    const e = this.executions.get(arn);
    if (!e) throw executionMissing(arn);
    return e;
  }

  /** Adds an execution to the indexes (not to the store). */
  remember(e: ExecutionRecord): void {
    this.executions.set(e.arn, e);
    let list = this.byMachine.get(e.machineArn);
    if (!list) this.byMachine.set(e.machineArn, (list = []));
    list.push(e.arn);
  }

  /** Stops every running execution (server shutdown); they are stored as aborted. */
  async shutdown(): Promise<void> {
    const running = [...this.live.values()];
    for (const l of running) l.stop('States.Aborted', 'The asl-studio local server stopped');
    await Promise.all(running.map((l) => l.done));
  }
}
