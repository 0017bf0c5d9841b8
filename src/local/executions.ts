/**
 * Execution operations: StartExecution, StartSyncExecution (Express), DescribeExecution, ListExecutions,
 * StopExecution and GetExecutionHistory, with AWS's shapes and errors (ExecutionAlreadyExists,
 * ExecutionDoesNotExist, InvalidExecutionInput, InvalidName, StateMachineTypeNotSupported, InvalidToken).
 * StartExecution is idempotent as on AWS: the same name and input as a running execution answers that execution;
 * the same name otherwise is ExecutionAlreadyExists. `stateMachineArn#TestCase` picks a MockConfigFile test case.
 */
import type { JsonValue } from '../asl/types.ts';
import type { HistoryEvent } from '../simulator/events.ts';
import { ApiError, validation } from './errors.ts';
import { LiveExecution, type Ending } from './runner.ts';
import type { LocalService, Operation } from './service.ts';
import { ARN_PREFIX } from './arn.ts';
import type { ExecutionRecord, MachineRecord } from './store.ts';
import { taskInvoker, testCaseProblem } from './tasks.ts';
import { resolveTarget } from './versions.ts';
import { maxResults, optBool, optStr, page, seconds, str, validName, type Json } from './wire.ts';

const MAX_INPUT_BYTES = 256 * 1024;
const STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];

function finish(svc: LocalService, e: ExecutionRecord, end: Ending): void {
  e.status = end.status;
  e.stopDate = end.stopDate;
  e.events = end.events;
  if (end.output !== undefined) e.output = JSON.stringify(end.output);
  if (end.error !== undefined) e.error = end.error;
  if (end.cause !== undefined) e.cause = end.cause;
  svc.live.delete(e.arn);
  svc.store.putExecution(e);
}

function start(svc: LocalService, q: Json): { record: ExecutionRecord; live: LiveExecution | undefined; machine: MachineRecord } {
  const asked = str(q, 'stateMachineArn');
  const hash = asked.indexOf('#');
  const machineArn = hash < 0 ? asked : asked.slice(0, hash);
  const testCase = hash < 0 ? undefined : asked.slice(hash + 1);
  const target = resolveTarget(svc, machineArn);
  const m = target.run;
  const name = optStr(q, 'name') ?? globalThis.crypto.randomUUID();
  if (!validName(name)) throw new ApiError('InvalidName', `Invalid Name: '${name}'`);
  const inputText = optStr(q, 'input') ?? '{}';
  if (Buffer.byteLength(inputText) > MAX_INPUT_BYTES) throw validation(`1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to ${MAX_INPUT_BYTES}`);
  let input: JsonValue;
  try {
    input = JSON.parse(inputText) as JsonValue;
  } catch (err) {
    throw new ApiError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${(err as Error).message}'`);
  }
  if (testCase !== undefined) {
    const problem = testCaseProblem(svc.mockConfig, m.name, testCase);
    if (problem) throw validation(problem);
  }
  const arn = m.type === 'EXPRESS' ? `${ARN_PREFIX}express:${m.name}:${name}:${globalThis.crypto.randomUUID()}` : `${ARN_PREFIX}execution:${m.name}:${name}`;
  const existing = svc.executions.get(arn);
  if (existing) {
    if (existing.status === 'RUNNING' && existing.input === inputText) return { record: existing, live: svc.live.get(arn), machine: m };
    throw new ApiError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
  }
  const definition = svc.definitionOf(m);
  const live = new LiveExecution({
    definition,
    input,
    name,
    stateMachineName: m.name,
    roleArn: m.roleArn,
    waitScale: svc.waitScale,
    invoker: (signal) => taskInvoker({ definition, stateMachineName: m.name, testCase, mockConfig: svc.mockConfig, callbacks: svc.callbacks, lambda: svc.lambda, timerScale: svc.waitScale }, signal),
  });
  const record: ExecutionRecord = {
    arn,
    name,
    machineArn: target.machine.arn,
    definition: m.definition,
    roleArn: m.roleArn,
    machineRevisionId: m.revisionId,
    machineUpdateDate: m.updateDate ?? m.creationDate,
    status: 'RUNNING',
    startDate: live.startDate,
    input: inputText,
  };
  if (testCase !== undefined) record.testCase = testCase;
  if (target.versionArn !== undefined) record.versionArn = target.versionArn;
  if (target.aliasArn !== undefined) record.aliasArn = target.aliasArn;
  svc.remember(record);
  svc.live.set(arn, live);
  svc.store.putExecution(record);
  void live.done.then((end) => finish(svc, record, end));
  return { record, live, machine: m };
}

function describe(e: ExecutionRecord): Json {
  const out: Json = {
    executionArn: e.arn,
    stateMachineArn: e.machineArn,
    name: e.name,
    status: e.status,
    startDate: seconds(e.startDate),
    input: e.input,
    inputDetails: { included: true },
    redriveCount: 0,
  };
  if (e.stopDate !== undefined) out.stopDate = seconds(e.stopDate);
  if (e.versionArn !== undefined) out.stateMachineVersionArn = e.versionArn;
  if (e.aliasArn !== undefined) out.stateMachineAliasArn = e.aliasArn;
  if (e.output !== undefined) Object.assign(out, { output: e.output, outputDetails: { included: true } });
  if (e.error !== undefined) out.error = e.error;
  if (e.cause !== undefined) out.cause = e.cause;
  return out;
}

/** Drops the payloads (`input`, `output`) from an event's details (`includeExecutionData: false`). */
function withoutData(ev: HistoryEvent): HistoryEvent {
  const out: HistoryEvent = { ...ev };
  for (const [k, v] of Object.entries(ev)) {
    if (k.endsWith('EventDetails') && v && typeof v === 'object') {
      const d = { ...(v as Json) };
      delete d.input;
      delete d.output;
      out[k] = d;
    }
  }
  return out;
}

export function executionOperations(svc: LocalService): Record<string, Operation> {
  return {
    StartExecution(q) {
      const { record } = start(svc, q);
      return { executionArn: record.arn, startDate: seconds(record.startDate) };
    },

    async StartSyncExecution(q) {
      const m = resolveTarget(svc, str(q, 'stateMachineArn').split('#')[0] as string).run;
      if (m.type !== 'EXPRESS') throw new ApiError('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');
      const { record, live } = start(svc, q);
      if (live) await live.done;
      const out = describe(record);
      delete out.redriveCount;
      const billed = Math.max(100, Math.ceil(((record.stopDate ?? record.startDate) - record.startDate) / 100) * 100);
      return { ...out, billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: billed } };
    },

    DescribeExecution(q) {
      return describe(svc.execution(str(q, 'executionArn')));
    },

    ListExecutions(q) {
      // A version or alias ARN lists the executions it started.
      const asked = str(q, 'stateMachineArn');
      const target = resolveTarget(svc, asked, () => 0);
      const machineArn = target.machine.arn;
      const of = (e: ExecutionRecord) => asked === machineArn || e.versionArn === asked || e.aliasArn === asked;
      const filter = optStr(q, 'statusFilter');
      if (filter !== undefined && !STATUSES.includes(filter)) throw validation(`1 validation error detected: Value '${filter}' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [${STATUSES.join(', ')}]`);
      const all = (svc.byMachine.get(machineArn) ?? [])
        .map((arn) => svc.executions.get(arn) as ExecutionRecord)
        .filter((e) => of(e) && (filter === undefined || e.status === filter))
        .reverse();
      const p = page(all, q, maxResults(q, 100));
      const executions = p.items.map((e) => {
        const item: Json = { executionArn: e.arn, stateMachineArn: e.machineArn, name: e.name, status: e.status, startDate: seconds(e.startDate), redriveCount: 0 };
        if (e.stopDate !== undefined) item.stopDate = seconds(e.stopDate);
        return item;
      });
      return p.nextToken ? { executions, nextToken: p.nextToken } : { executions };
    },

    StopExecution(q) {
      const e = svc.execution(str(q, 'executionArn'));
      const live = svc.live.get(e.arn);
      // Stopping an execution that has already ended changes nothing (AWS answers its stop date).
      if (live) live.stop(optStr(q, 'error'), optStr(q, 'cause'));
      return { stopDate: seconds(e.stopDate ?? Date.now()) };
    },

    GetExecutionHistory(q) {
      const e = svc.execution(str(q, 'executionArn'));
      const live = svc.live.get(e.arn);
      let events = e.events ?? live?.history() ?? [];
      if (optBool(q, 'reverseOrder') === true) events = [...events].reverse();
      const p = page(events, q, maxResults(q, 100));
      const withData = optBool(q, 'includeExecutionData') !== false;
      const out = p.items.map((ev) => {
        const shown = withData ? ev : withoutData(ev);
        return { ...shown, timestamp: seconds(Date.parse(ev.timestamp)) };
      });
      return p.nextToken ? { events: out, nextToken: p.nextToken } : { events: out };
    },
  };
}
