/**
 * Versions and aliases of state machines (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html):
 * PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion, and
 * Create/Describe/Update/Delete/ListStateMachineAliases. A version `<machine ARN>:<n>` is an immutable snapshot of
 * a revision; publishing the current revision again answers the same version. An alias `<machine ARN>:<name>`
 * routes to one version, or to two by weight (summing to 100). `resolveTarget` turns any of the three ARNs
 * into what StartExecution runs. Errors as AWS names them: ResourceNotFound, ConflictException (a revision id
 * that is not the latest, a version an alias routes to), ValidationException, InvalidArn.
 */
import { ApiError, invalidArn, validation } from './errors.ts';
import type { LocalService, Operation } from './service.ts';
import type { AliasRecord, MachineRecord, VersionRecord } from './store.ts';
import { maxResults, optStr, page, seconds, str, validName, type Json } from './wire.ts';

const notFound = (arn: string) => new ApiError('ResourceNotFound', `Resource not found: '${arn}'`);
/** The machine ARN and the qualifier (`:1`, `:PROD`) of a version or alias ARN, or null for a plain machine ARN. */
function split(arn: string): { machineArn: string; qualifier: string | null } {
  const parts = arn.split(':');
  // arn:aws:states:region:account:stateMachine:name[:qualifier]
  if (parts.length < 7 || parts[5] !== 'stateMachine') throw invalidArn(arn);
  return { machineArn: parts.slice(0, 7).join(':'), qualifier: parts.length > 7 ? parts.slice(7).join(':') : null };
}

export interface Target {
  /** The machine as the execution runs it (a version's definition, role and revision). */
  run: MachineRecord;
  /** The state machine itself. */
  machine: MachineRecord;
  versionArn?: string;
  aliasArn?: string;
}

const views = new WeakMap<VersionRecord, MachineRecord>();
/** A version as a machine record (one object per version, so parsed definitions are cached per version). */
function asMachine(m: MachineRecord, v: VersionRecord): MachineRecord {
  let view = views.get(v);
  if (!view) {
    view = { ...m, arn: `${m.arn}:${v.number}`, definition: v.definition, roleArn: v.roleArn, revisionId: v.revisionId, creationDate: v.creationDate, updateDate: undefined, description: v.description };
    views.set(v, view);
  }
  return view;
}

function version(svc: LocalService, arn: string): { m: MachineRecord; v: VersionRecord } {
  const { machineArn, qualifier } = split(arn);
  const m = svc.machines.get(machineArn);
  const v = qualifier !== null && /^\d+$/.test(qualifier) ? m?.versions?.find((x) => x.number === Number(qualifier)) : undefined;
  if (!m || !v) throw notFound(arn);
  return { m, v };
}

function alias(svc: LocalService, arn: string): { m: MachineRecord; a: AliasRecord } {
  const { machineArn, qualifier } = split(arn);
  const m = svc.machines.get(machineArn);
  const a = qualifier === null ? undefined : m?.aliases?.find((x) => x.name === qualifier);
  if (!m || !a) throw notFound(arn);
  return { m, a };
}

/** What a machine, version or alias ARN runs; an alias picks one of its versions by weight. */
export function resolveTarget(svc: LocalService, arn: string, random: () => number = Math.random): Target {
  const { qualifier } = split(arn);
  if (qualifier === null) {
    const m = svc.machine(arn);
    return { run: m, machine: m };
  }
  if (/^\d+$/.test(qualifier)) {
    const { m, v } = version(svc, arn);
    return { run: asMachine(m, v), machine: m, versionArn: arn };
  }
  const { a } = alias(svc, arn);
  let roll = random() * 100;
  const route = a.routing.find((r) => (roll -= r.weight) < 0) ?? (a.routing.at(-1) as AliasRecord['routing'][number]);
  return { ...resolveTarget(svc, route.stateMachineVersionArn), aliasArn: arn };
}

function save(svc: LocalService, m: MachineRecord): void {
  svc.machines.set(m.arn, m);
  svc.store.putMachine(m);
}

/** Publishes the machine's current revision (or answers the version that already holds it). */
export function publish(svc: LocalService, m: MachineRecord, description: string | undefined): { arn: string; creationDate: number } {
  const existing = m.versions?.find((v) => v.revisionId === m.revisionId);
  if (existing) return { arn: `${m.arn}:${existing.number}`, creationDate: existing.creationDate };
  const number = m.nextVersion ?? 1;
  const v: VersionRecord = { number, definition: m.definition, roleArn: m.roleArn, revisionId: m.revisionId, creationDate: Date.now() };
  if (description !== undefined) v.description = description;
  save(svc, { ...m, versions: [...(m.versions ?? []), v], nextVersion: number + 1 });
  return { arn: `${m.arn}:${number}`, creationDate: v.creationDate };
}

function routing(svc: LocalService, q: Json, machineArn: string | null): AliasRecord['routing'] {
  const r = q.routingConfiguration;
  if (!Array.isArray(r) || r.length < 1 || r.length > 2) throw validation('routingConfiguration must list 1 or 2 versions');
  const out = r.map((x: unknown) => {
    const o = (x ?? {}) as Json;
    const arn = str(o, 'stateMachineVersionArn');
    const weight = o.weight;
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) throw validation(`weight must be an integer from 0 to 100 (got ${String(weight)})`);
    const { m } = version(svc, arn);
    if (machineArn !== null && m.arn !== machineArn) throw validation(`${arn} is not a version of ${machineArn}`);
    return { stateMachineVersionArn: arn, weight };
  });
  if (new Set(out.map((x) => split(x.stateMachineVersionArn).machineArn)).size !== 1) throw validation('Both versions of an alias must belong to the same state machine');
  if (out.length === 2 && out[0]?.stateMachineVersionArn === out[1]?.stateMachineVersionArn) throw validation('The routing configuration names the same version twice');
  if (out.reduce((n, x) => n + x.weight, 0) !== 100) throw validation('The weights of the routing configuration must add up to 100');
  return out;
}

const describeAlias = (m: MachineRecord, a: AliasRecord): Json => ({
  stateMachineAliasArn: `${m.arn}:${a.name}`,
  name: a.name,
  ...(a.description !== undefined ? { description: a.description } : {}),
  routingConfiguration: a.routing,
  creationDate: seconds(a.creationDate),
  ...(a.updateDate !== undefined ? { updateDate: seconds(a.updateDate) } : {}),
});

export function versionOperations(svc: LocalService): Record<string, Operation> {
  return {
    PublishStateMachineVersion(q) {
      const m = svc.machine(str(q, 'stateMachineArn'));
      const revisionId = optStr(q, 'revisionId');
      if (revisionId !== undefined && revisionId !== m.revisionId) throw new ApiError('ConflictException', `Failed to publish the State Machine version for revision ${revisionId}. The current State Machine revision is ${m.revisionId}.`);
      const p = publish(svc, m, optStr(q, 'description'));
      return { stateMachineVersionArn: p.arn, creationDate: seconds(p.creationDate) };
    },
    ListStateMachineVersions(q) {
      const m = svc.machine(str(q, 'stateMachineArn'));
      const all = [...(m.versions ?? [])].reverse().map((v) => ({ stateMachineVersionArn: `${m.arn}:${v.number}`, creationDate: seconds(v.creationDate) }));
      const p = page(all, q, maxResults(q, 100));
      return p.nextToken ? { stateMachineVersions: p.items, nextToken: p.nextToken } : { stateMachineVersions: p.items };
    },
    DeleteStateMachineVersion(q) {
      const arn = str(q, 'stateMachineVersionArn');
      let found: { m: MachineRecord; v: VersionRecord };
      try {
        found = version(svc, arn);
      } catch (e) {
        if (e instanceof ApiError && e.type === 'ResourceNotFound') return {}; // deleting what is gone succeeds
        throw e;
      }
      const { m, v } = found;
      const user = m.aliases?.find((a) => a.routing.some((r) => r.stateMachineVersionArn === arn));
      if (user) throw new ApiError('ConflictException', `Version ${arn} is referenced by alias ${m.arn}:${user.name}; update or delete the alias first.`);
      save(svc, { ...m, versions: (m.versions ?? []).filter((x) => x !== v) });
      return {};
    },
    CreateStateMachineAlias(q) {
      const name = str(q, 'name');
      if (!validName(name) || /^\d+$/.test(name)) throw validation(`Invalid alias name: '${name}'`);
      const route = routing(svc, q, null);
      const m = svc.machine(split(route[0]?.stateMachineVersionArn ?? '').machineArn);
      const description = optStr(q, 'description');
      const existing = m.aliases?.find((a) => a.name === name);
      if (existing) {
        if (JSON.stringify(existing.routing) === JSON.stringify(route) && existing.description === description) return { stateMachineAliasArn: `${m.arn}:${name}`, creationDate: seconds(existing.creationDate) };
        throw new ApiError('ConflictException', `Alias ${m.arn}:${name} already exists with another configuration`);
      }
      const a: AliasRecord = { name, routing: route, creationDate: Date.now() };
      if (description !== undefined) a.description = description;
      save(svc, { ...m, aliases: [...(m.aliases ?? []), a] });
      return { stateMachineAliasArn: `${m.arn}:${name}`, creationDate: seconds(a.creationDate) };
    },
    DescribeStateMachineAlias(q) {
      const { m, a } = alias(svc, str(q, 'stateMachineAliasArn'));
      return describeAlias(m, a);
    },
    UpdateStateMachineAlias(q) {
      const { m, a } = alias(svc, str(q, 'stateMachineAliasArn'));
      if (q.routingConfiguration === undefined && q.description === undefined) throw validation('Either the description or the routingConfiguration must be specified');
      const next: AliasRecord = { ...a, updateDate: Date.now() };
      if (q.routingConfiguration !== undefined) next.routing = routing(svc, q, m.arn);
      const description = optStr(q, 'description');
      if (description !== undefined) next.description = description;
      save(svc, { ...m, aliases: (m.aliases ?? []).map((x) => (x === a ? next : x)) });
      return { updateDate: seconds(next.updateDate as number) };
    },
    DeleteStateMachineAlias(q) {
      const arn = str(q, 'stateMachineAliasArn');
      const m = svc.machines.get(split(arn).machineArn);
      const name = split(arn).qualifier;
      if (m?.aliases?.some((a) => a.name === name)) save(svc, { ...m, aliases: m.aliases.filter((a) => a.name !== name) });
      return {};
    },
    ListStateMachineAliases(q) {
      const m = svc.machine(str(q, 'stateMachineArn'));
      const all = (m.aliases ?? []).map((a) => ({ stateMachineAliasArn: `${m.arn}:${a.name}`, creationDate: seconds(a.creationDate) }));
      const p = page(all, q, maxResults(q, 100));
      return p.nextToken ? { stateMachineAliases: p.items, nextToken: p.nextToken } : { stateMachineAliases: p.items };
    },
  };
}
