/**
 * TagResource, UntagResource and ListTagsForResource on state machines (tags `{key, value}`, at most 50 per
 * resource: TooManyTags; an unknown resource: ResourceNotFound).
 */
import { ApiError, validation } from './errors.ts';
import type { LocalService, Operation } from './service.ts';
import type { MachineRecord, Tag } from './store.ts';
import { str, type Json } from './wire.ts';

const MAX_TAGS = 50;

export function parseTags(v: unknown): Tag[] {
  if (!Array.isArray(v)) throw validation("1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must be a list");
  return v.map((t: unknown, i) => {
    const o = t as Json | null;
    if (!o || typeof o !== 'object' || typeof o.key !== 'string' || o.key.length < 1 || o.key.length > 128 || (o.value !== undefined && typeof o.value !== 'string')) {
      throw validation(`1 validation error detected: Value at 'tags.${i + 1}' failed to satisfy constraint: a tag has a key of 1 to 128 characters and a string value`);
    }
    return { key: o.key, value: typeof o.value === 'string' ? o.value : '' };
  });
}

function resource(svc: LocalService, q: Json): MachineRecord {
  const arn = str(q, 'resourceArn');
  const m = svc.machines.get(arn);
  if (!m) throw new ApiError('ResourceNotFound', `Resource not found: '${arn}'`);
  return m;
}

function save(svc: LocalService, m: MachineRecord, tags: Tag[]): void {
  if (tags.length > MAX_TAGS) throw new ApiError('TooManyTags', `Too many tags: a resource has at most ${MAX_TAGS}`);
  const next = { ...m, tags };
  svc.machines.set(m.arn, next);
  svc.store.putMachine(next);
}

export function tagOperations(svc: LocalService): Record<string, Operation> {
  return {
    TagResource(q) {
      const m = resource(svc, q);
      const added = parseTags(q.tags);
      const keys = new Set(added.map((t) => t.key));
      save(svc, m, [...m.tags.filter((t) => !keys.has(t.key)), ...added]);
      return {};
    },
    UntagResource(q) {
      const m = resource(svc, q);
      const keys = q.tagKeys;
      if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) throw validation("1 validation error detected: Value at 'tagKeys' failed to satisfy constraint: Member must be a list of strings");
      const drop = new Set(keys as string[]);
      save(svc, m, m.tags.filter((t) => !drop.has(t.key)));
      return {};
    },
    ListTagsForResource(q) {
      return { tags: resource(svc, q).tags };
    },
  };
}
