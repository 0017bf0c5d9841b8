/**
 * State machine operations: Create/Describe/List/Update/DeleteStateMachine, ValidateStateMachineDefinition and
 * DescribeStateMachineForExecution, with AWS's request and response shapes
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_Operations.html) and error names
 * (InvalidName, InvalidArn, InvalidDefinition, StateMachineAlreadyExists, StateMachineDoesNotExist,
 * MissingRequiredParameter, ValidationException). Definitions are checked by this project's validator; its
 * diagnostics are reported in ValidateStateMachineDefinition's shape.
 */
import type { StateMachineDefinition } from '../asl/types.ts';
import { validateDefinition } from '../asl/validate.ts';
import { ApiError, validation } from './errors.ts';
import type { LocalService, Operation } from './service.ts';
import { ARN_PREFIX } from './arn.ts';
import type { MachineRecord, MachineType } from './store.ts';
import { parseTags } from './tags.ts';
import { publish, resolveTarget } from './versions.ts';
import { maxResults, optBool, optStr, page, seconds, str, validName, type Json } from './wire.ts';

/** AWS's quota for a definition: 1 MB. */
const MAX_DEFINITION_BYTES = 1024 * 1024;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/;

export interface Diagnostic {
  severity: 'ERROR' | 'WARNING';
  code: string;
  message: string;
  location?: string;
}

/** The project's diagnostics in ValidateStateMachineDefinition's shape (errors first). */
export function diagnose(definition: string): Diagnostic[] {
  if (Buffer.byteLength(definition) > MAX_DEFINITION_BYTES) {
    return [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: `The definition is over ${MAX_DEFINITION_BYTES} bytes` }];
  }
  let value: unknown;
  try {
    value = JSON.parse(definition);
  } catch (e) {
    return [{ severity: 'ERROR', code: 'INVALID_JSON_DESCRIPTION', message: (e as Error).message }];
  }
  const out: Diagnostic[] = validateDefinition(value)
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => ({
      severity: d.severity === 'error' ? 'ERROR' : 'WARNING',
      code: d.severity === 'error' ? 'SCHEMA_VALIDATION_FAILED' : 'WARNING',
      message: `${d.message} (${d.code})`,
      location: `/${d.path.join('/')}`,
    }));
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1));
}

/** The definition, parsed, or InvalidDefinition naming its first error. */
function checkedDefinition(text: string): StateMachineDefinition {
  const error = diagnose(text).find((d) => d.severity === 'ERROR');
  if (error) throw new ApiError('InvalidDefinition', `Invalid State Machine Definition: '${error.code}: ${error.message}${error.location ? ` at ${error.location}` : ''}'`);
  return JSON.parse(text) as StateMachineDefinition;
}

function roleArn(q: Json): string {
  const role = str(q, 'roleArn');
  if (!ROLE_ARN.test(role)) throw new ApiError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${role}'`);
  return role;
}

function machineType(q: Json): MachineType {
  const t = q.type ?? 'STANDARD';
  if (t !== 'STANDARD' && t !== 'EXPRESS') throw validation(`1 validation error detected: Value '${String(t)}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [EXPRESS, STANDARD]`);
  return t;
}

function logging(q: Json, previous?: Record<string, unknown>): Record<string, unknown> {
  const c = q.loggingConfiguration;
  if (c === undefined || c === null) return previous ?? { level: 'OFF', includeExecutionData: false };
  if (typeof c !== 'object' || Array.isArray(c)) throw validation('loggingConfiguration must be an object');
  const level = (c as Json).level ?? 'OFF';
  if (!['ALL', 'ERROR', 'FATAL', 'OFF'].includes(String(level))) throw validation(`Value '${String(level)}' at 'loggingConfiguration.level' failed to satisfy constraint`);
  return { includeExecutionData: false, ...(c as Json), level };
}

function tracing(q: Json, previous?: { enabled: boolean }): { enabled: boolean } {
  const c = q.tracingConfiguration as Json | undefined;
  if (c === undefined || c === null) return previous ?? { enabled: false };
  return { enabled: c.enabled === true };
}

export function describeMachine(m: MachineRecord): Json {
  const out: Json = {
    stateMachineArn: m.arn,
    name: m.name,
    status: 'ACTIVE',
    definition: m.definition,
    roleArn: m.roleArn,
    type: m.type,
    creationDate: seconds(m.creationDate),
    loggingConfiguration: m.loggingConfiguration,
    tracingConfiguration: m.tracingConfiguration,
    revisionId: m.revisionId,
  };
  if (m.description !== undefined) out.description = m.description;
  return out;
}

export function machineOperations(svc: LocalService): Record<string, Operation> {
  return {
    CreateStateMachine(q) {
      const name = str(q, 'name');
      if (!validName(name)) throw new ApiError('InvalidName', `Invalid Name: '${name}'`);
      const definition = str(q, 'definition');
      checkedDefinition(definition);
      const role = roleArn(q);
      const type = machineType(q);
      const arn = `${ARN_PREFIX}stateMachine:${name}`;
      const existing = svc.machines.get(arn);
      if (existing) {
        // CreateStateMachine is idempotent: the same name with the same configuration answers the existing machine.
        if (existing.definition === definition && existing.roleArn === role && existing.type === type) {
          return { stateMachineArn: arn, creationDate: seconds(existing.creationDate) };
        }
        throw new ApiError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);
      }
      const m: MachineRecord = {
        arn,
        name,
        type,
        definition,
        roleArn: role,
        creationDate: Date.now(),
        revisionId: svc.nextId(),
        loggingConfiguration: logging(q),
        tracingConfiguration: tracing(q),
        tags: parseTags(q.tags ?? []),
      };
      svc.machines.set(arn, m);
      svc.store.putMachine(m);
      const out: Json = { stateMachineArn: arn, creationDate: seconds(m.creationDate) };
      if (optBool(q, 'publish') === true) out.stateMachineVersionArn = publish(svc, m, optStr(q, 'versionDescription')).arn;
      return out;
    },

    DescribeStateMachine(q) {
      // A version ARN describes that version (its definition, revision and description); an alias ARN is refused.
      const arn = str(q, 'stateMachineArn');
      if (arn.split(':').length > 7 && !/:\d+$/.test(arn)) throw new ApiError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${arn}'`);
      return describeMachine(resolveTarget(svc, arn).run);
    },

    ListStateMachines(q) {
      const all = [...svc.machines.values()].sort((a, b) => a.name.localeCompare(b.name));
      const p = page(all, q, maxResults(q, 100));
      const out: Json = { stateMachines: p.items.map((m) => ({ stateMachineArn: m.arn, name: m.name, type: m.type, creationDate: seconds(m.creationDate) })) };
      if (p.nextToken) out.nextToken = p.nextToken;
      return out;
    },

    UpdateStateMachine(q) {
      const m = svc.machine(str(q, 'stateMachineArn'));
      if (q.definition === undefined && q.roleArn === undefined && q.loggingConfiguration === undefined && q.tracingConfiguration === undefined) {
        throw new ApiError('MissingRequiredParameter', 'Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified');
      }
      const definition = q.definition === undefined ? m.definition : str(q, 'definition');
      checkedDefinition(definition);
      const role = q.roleArn === undefined ? m.roleArn : roleArn(q);
      const next: MachineRecord = {
        ...m,
        definition,
        roleArn: role,
        loggingConfiguration: logging(q, m.loggingConfiguration),
        tracingConfiguration: tracing(q, m.tracingConfiguration),
        updateDate: Date.now(),
        revisionId: svc.nextId(),
      };
      svc.machines.set(m.arn, next);
      svc.store.putMachine(next);
      const out: Json = { updateDate: seconds(next.updateDate as number), revisionId: next.revisionId };
      if (optBool(q, 'publish') === true) out.stateMachineVersionArn = publish(svc, next, optStr(q, 'versionDescription')).arn;
      return out;
    },

    DeleteStateMachine(q) {
      const arn = str(q, 'stateMachineArn');
      if (!arn.startsWith('arn:')) throw new ApiError('InvalidArn', `Invalid Arn: '${arn}'`);
      // Deleting a machine that does not exist succeeds, as AWS's does; its executions keep running and stay readable.
      if (svc.machines.delete(arn)) svc.store.deleteMachine(arn);
      return {};
    },

    ValidateStateMachineDefinition(q) {
      const definition = str(q, 'definition');
      machineType(q);
      const severity = q.severity ?? 'ERROR';
      if (severity !== 'ERROR' && severity !== 'WARNING') throw validation(`Value '${String(severity)}' at 'severity' failed to satisfy constraint: Member must satisfy enum value set: [ERROR, WARNING]`);
      const all = diagnose(definition).filter((d) => severity === 'WARNING' || d.severity === 'ERROR');
      const limit = maxResults(q, 100);
      return { result: all.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK', diagnostics: all.slice(0, limit), truncated: all.length > limit };
    },

    DescribeStateMachineForExecution(q) {
      const e = svc.execution(str(q, 'executionArn'));
      return {
        stateMachineArn: e.machineArn,
        name: e.machineArn.slice(e.machineArn.lastIndexOf(':') + 1),
        definition: e.definition,
        roleArn: e.roleArn,
        updateDate: seconds(e.machineUpdateDate),
        loggingConfiguration: { level: 'OFF', includeExecutionData: false },
        tracingConfiguration: { enabled: false },
        revisionId: e.machineRevisionId,
      };
    },
  };
}
