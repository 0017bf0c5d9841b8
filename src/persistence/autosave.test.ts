import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptySidecar } from '../layout/sidecar.ts';
import { Autosaver, type ChannelLike, type SaveStatus, type SyncMessage, type WorkflowContent } from './autosave.ts';
import { makeRecord } from './library.ts';
import { createMemoryDb, type WorkflowDb } from './db.ts';

const content = (text: string): WorkflowContent => ({ name: 'W', text, format: 'json', sidecar: emptySidecar(), extras: {} });

/** Two channels that deliver to each other, like two tabs on one BroadcastChannel name. */
function channelPair(): [ChannelLike, ChannelLike] {
  const a: ChannelLike = { onmessage: null, postMessage: (m: SyncMessage) => b.onmessage?.({ data: m }) };
  const b: ChannelLike = { onmessage: null, postMessage: (m: SyncMessage) => a.onmessage?.({ data: m }) };
  return [a, b];
}

async function stored(db: WorkflowDb, text: string) {
  const r = makeRecord({ name: 'W', text }, 1, 'w1');
  const res = await db.put(r, 0);
  return { ...r, revision: res.ok ? res.revision : 0 };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces changes into one write with the last content', async () => {
    const db = createMemoryDb();
    const put = vi.spyOn(db, 'put');
    const saver = new Autosaver(db, { delayMs: 300 });
    saver.open(await stored(db, '{}'));
    put.mockClear();
    saver.change(content('{"a":1}'));
    saver.change(content('{"a":2}'));
    await vi.advanceTimersByTimeAsync(299);
    expect(put).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await saver.flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect((await db.get('w1'))?.text).toBe('{"a":2}');
    expect(saver.revision).toBe(2);
  });

  it('flush writes at once', async () => {
    const db = createMemoryDb();
    const saver = new Autosaver(db);
    saver.open(await stored(db, '{}'));
    saver.change(content('{"b":1}'));
    await saver.flush();
    expect((await db.get('w1'))?.text).toBe('{"b":1}');
  });

  it('a write based on an older revision is a conflict and keeps the unsaved content', async () => {
    const db = createMemoryDb();
    const statuses: SaveStatus[] = [];
    const record = await stored(db, '{}');
    const mine = new Autosaver(db, { onStatus: (s) => statuses.push(s) });
    const theirs = new Autosaver(db);
    mine.open(record);
    theirs.open(record);
    theirs.change(content('{"theirs":1}'));
    await theirs.flush();
    mine.change(content('{"mine":1}'));
    await mine.flush();
    expect(statuses.at(-1)?.kind).toBe('conflict');
    expect(mine.conflicted).toBe(true);
    expect(mine.unsaved?.text).toBe('{"mine":1}');
    expect((await db.get('w1'))?.text).toBe('{"theirs":1}');
  });

  it('a saved message from another tab about the open workflow is a conflict', async () => {
    const db = createMemoryDb();
    const [ca, cb] = channelPair();
    const record = await stored(db, '{}');
    const statuses: SaveStatus[] = [];
    const a = new Autosaver(db, { channel: ca, tabId: 'a' });
    const b = new Autosaver(db, { channel: cb, tabId: 'b', onStatus: (s) => statuses.push(s) });
    a.open(record);
    b.open(record);
    a.change(content('{"a":1}'));
    await a.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'conflict', message: 'This workflow was changed in another tab.' });
    b.change(content('{"b":1}'));
    await b.flush();
    expect((await db.get('w1'))?.text).toBe('{"a":1}');
  });

  it('messages about other workflows are passed on and cause no conflict', async () => {
    const db = createMemoryDb();
    const [ca, cb] = channelPair();
    const seen: SyncMessage[] = [];
    const a = new Autosaver(db, { channel: ca, tabId: 'a' });
    const b = new Autosaver(db, { channel: cb, tabId: 'b', onRemoteChange: (m) => seen.push(m) });
    b.open(await stored(db, '{}'));
    a.announce('saved', 'another', 3);
    expect(seen).toEqual([{ type: 'saved', id: 'another', revision: 3, from: 'a' }]);
    expect(b.conflicted).toBe(false);
    a.announce('deleted', 'w1');
    expect(b.conflicted).toBe(true);
  });

  it('reports storage failures with a message and keeps the content pending', async () => {
    const db = createMemoryDb();
    const statuses: SaveStatus[] = [];
    const saver = new Autosaver(db, { onStatus: (s) => statuses.push(s) });
    saver.open(await stored(db, '{}'));
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(db, 'put').mockRejectedValueOnce(quota);
    saver.change(content('{"c":1}'));
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'error', message: expect.stringContaining('storage is full') });
    expect(saver.unsaved?.text).toBe('{"c":1}');
    await saver.flush();
    expect((await db.get('w1'))?.text).toBe('{"c":1}');
  });
});
