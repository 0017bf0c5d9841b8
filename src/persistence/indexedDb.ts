/**
 * The WorkflowDb on IndexedDB: a small hand-written wrapper (two object stores: `workflows` keyed by id and
 * `settings` keyed by name). The revision check and the write happen in one readwrite transaction, so two tabs
 * cannot both win.
 */
import { sortMetas, toMeta, type PutResult, type WorkflowDb, type WorkflowRecord } from './db.ts';

const DB_NAME = 'asl-studio';
const DB_VERSION = 1;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function openIndexedDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<WorkflowDb> {
  if (!factory) return Promise.reject(new Error('IndexedDB is not available in this browser'));
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('workflows')) db.createObjectStore('workflows', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  }).then(wrap);
}

function wrap(db: IDBDatabase): WorkflowDb {
  const store = (name: string, mode: IDBTransactionMode) => {
    const tx = db.transaction(name, mode);
    return { tx, os: tx.objectStore(name) };
  };
  return {
    list: async () => {
      const { os } = store('workflows', 'readonly');
      const all = (await request(os.getAll())) as WorkflowRecord[];
      return sortMetas(all.map(toMeta));
    },
    get: async (id) => {
      const { os } = store('workflows', 'readonly');
      return (await request(os.get(id))) as WorkflowRecord | undefined;
    },
    put: (record, baseRevision) =>
      new Promise<PutResult>((resolve, reject) => {
        const { tx, os } = store('workflows', 'readwrite');
        let result: PutResult | undefined;
        const get = os.get(record.id);
        get.onsuccess = () => {
          const stored = get.result as WorkflowRecord | undefined;
          if (stored && stored.revision > baseRevision) {
            result = { ok: false, conflict: stored };
            return;
          }
          const revision = (stored?.revision ?? 0) + 1;
          os.put({ ...record, revision });
          result = { ok: true, revision };
        };
        done(tx).then(() => resolve(result!), reject);
      }),
    delete: async (id) => {
      const { tx, os } = store('workflows', 'readwrite');
      os.delete(id);
      await done(tx);
    },
    getSetting: async (key) => {
      const { os } = store('settings', 'readonly');
      return request(os.get(key));
    },
    setSetting: async (key, value) => {
      const { tx, os } = store('settings', 'readwrite');
      os.put(value, key);
      await done(tx);
    },
  };
}
