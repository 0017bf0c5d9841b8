/** A WorkflowDb in memory (unit tests, and the fallback when IndexedDB is unavailable). */
import { sortMetas, toMeta, type PutResult, type WorkflowDb, type WorkflowRecord } from './types.ts';

const clone = <T>(v: T): T => structuredClone(v);

export function createMemoryDb(): WorkflowDb {
  const records = new Map<string, WorkflowRecord>();
  const settings = new Map<string, unknown>();
  return {
    list: async () => sortMetas([...records.values()].map(toMeta)),
    get: async (id) => {
      const r = records.get(id);
      return r ? clone(r) : undefined;
    },
    put: async (record, baseRevision): Promise<PutResult> => {
      const stored = records.get(record.id);
      if (stored && stored.revision > baseRevision) return { ok: false, conflict: clone(stored) };
      const revision = (stored?.revision ?? 0) + 1;
      records.set(record.id, clone({ ...record, revision }));
      return { ok: true, revision };
    },
    delete: async (id) => {
      records.delete(id);
    },
    getSetting: async (key) => clone(settings.get(key)),
    setSetting: async (key, value) => {
      settings.set(key, clone(value));
    },
  };
}
