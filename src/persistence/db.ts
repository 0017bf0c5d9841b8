/**
 * What the library stores per workflow: the definition text as typed, its format, the layout sidecar, a name and
 * an open "extras" record other features fill (simulation input presets, mocks), plus a revision counter that
 * detects two tabs writing the same workflow. The storage interface, and its in-memory implementation (unit
 * tests, and the fallback when IndexedDB is unavailable); IndexedDB is in indexedDb.ts.
 */
import type { DocumentFormat } from '../asl/parse.ts';
import type { LayoutSidecar } from '../layout/sidecar.ts';

export interface WorkflowRecord {
  id: string;
  name: string;
  text: string;
  format: DocumentFormat;
  sidecar: LayoutSidecar;
  /** Per-feature data keyed by feature (e.g. `simulation`); stored and shared as it is. */
  extras: Record<string, unknown>;
  /** Bumped by every write; a write based on an older revision than the stored one is a conflict. */
  revision: number;
  createdAt: number;
  updatedAt: number;
}

export type WorkflowMeta = Pick<WorkflowRecord, 'id' | 'name' | 'updatedAt' | 'createdAt'>;

export type PutResult = { ok: true; revision: number } | { ok: false; conflict: WorkflowRecord };

/** The storage behind the library: IndexedDB in the browser, memory in unit tests. */
export interface WorkflowDb {
  list(): Promise<WorkflowMeta[]>;
  get(id: string): Promise<WorkflowRecord | undefined>;
  /**
   * Write a record whose content is based on `baseRevision` (0 for a new record). When the stored revision is
   * newer, nothing is written and the stored record is returned as the conflict. The written revision is
   * `stored + 1`.
   */
  put(record: WorkflowRecord, baseRevision: number): Promise<PutResult>;
  delete(id: string): Promise<void>;
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}

export function toMeta(r: WorkflowRecord): WorkflowMeta {
  return { id: r.id, name: r.name, updatedAt: r.updatedAt, createdAt: r.createdAt };
}

/** Most recently changed first. */
export function sortMetas(list: WorkflowMeta[]): WorkflowMeta[] {
  return [...list].sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
}


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
