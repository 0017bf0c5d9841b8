/**
 * Autosave of the open workflow: changes are debounced into one write (flushed at once on demand, e.g. on
 * `pagehide`), writes never overlap, and every write carries the revision it is based on. A write refused because
 * another tab wrote a newer revision, or a "saved" message from another tab about this workflow, puts the saver in
 * conflict: nothing more is written until the app resolves it (load theirs, or keep mine as a copy).
 */
import type { WorkflowDb, WorkflowRecord } from './db.ts';

export type WorkflowContent = Pick<WorkflowRecord, 'name' | 'text' | 'format' | 'sidecar' | 'extras'>;

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

/** What tabs tell each other (over a BroadcastChannel). */
export type SyncMessage = { type: 'saved' | 'deleted'; id: string; revision: number; from: string };

export interface ChannelLike {
  postMessage(m: SyncMessage): void;
  onmessage: ((e: { data: SyncMessage }) => void) | null;
}

export interface AutosaverOptions {
  delayMs?: number;
  now?: () => number;
  channel?: ChannelLike;
  tabId?: string;
  onStatus?: (s: SaveStatus) => void;
  /** Any message from another tab (e.g. to refresh a list of workflows). */
  onRemoteChange?: (m: SyncMessage) => void;
}

export function storageErrorMessage(e: unknown): string {
  const name = (e as { name?: string } | undefined)?.name;
  if (name === 'QuotaExceededError') return 'Browser storage is full: changes are not saved. Export the workflow to keep it.';
  const msg = e instanceof Error ? e.message : String(e);
  return `Changes are not saved (${msg}). Export the workflow to keep it.`;
}

export class Autosaver {
  private id: string | undefined;
  private base = 0;
  private createdAt = 0;
  private pending: WorkflowContent | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private inConflict = false;
  private readonly delayMs: number;
  private readonly now: () => number;
  private readonly tabId: string;

  constructor(
    private readonly db: WorkflowDb,
    private readonly options: AutosaverOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 300;
    this.now = options.now ?? Date.now;
    this.tabId = options.tabId ?? Math.random().toString(36).slice(2);
    if (options.channel) options.channel.onmessage = (e) => this.receive(e.data);
  }

  get workflowId(): string | undefined {
    return this.id;
  }

  get revision(): number {
    return this.base;
  }

  get conflicted(): boolean {
    return this.inConflict;
  }

  /** Start saving into a stored record (its content is what the app now shows). */
  open(record: WorkflowRecord): void {
    this.cancel();
    this.pending = undefined;
    this.id = record.id;
    this.base = record.revision;
    this.createdAt = record.createdAt;
    this.inConflict = false;
    this.status({ kind: 'saved' });
  }

  /** The content changed: write it after the debounce. */
  change(content: WorkflowContent): void {
    if (!this.id) return;
    this.pending = content;
    if (this.inConflict) return;
    this.status({ kind: 'pending' });
    this.cancel();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Write what is pending now (waits for a write in progress first). */
  async flush(): Promise<void> {
    this.cancel();
    while (this.writing) await this.writing;
    if (!this.pending || !this.id || this.inConflict) return;
    const content = this.pending;
    this.pending = undefined;
    this.writing = this.write(this.id, content).finally(() => {
      this.writing = undefined;
    });
    await this.writing;
  }

  /** Changes not yet written (kept through a conflict: "keep mine" saves them as a copy). */
  get unsaved(): WorkflowContent | undefined {
    return this.pending;
  }

  private async write(id: string, content: WorkflowContent): Promise<void> {
    const record: WorkflowRecord = { ...content, id, revision: this.base, createdAt: this.createdAt, updatedAt: this.now() };
    try {
      const res = await this.db.put(record, this.base);
      if (id !== this.id) return;
      if (res.ok) {
        this.base = res.revision;
        this.options.channel?.postMessage({ type: 'saved', id, revision: res.revision, from: this.tabId });
        if (!this.pending) this.status({ kind: 'saved' });
      } else {
        this.pending ??= content;
        this.enterConflict('This workflow was changed in another tab: your last changes are not saved.');
      }
    } catch (e) {
      if (id !== this.id) return;
      this.pending ??= content;
      this.status({ kind: 'error', message: storageErrorMessage(e) });
    }
  }

  /** Tell the other tabs a workflow was written (with its new revision) or deleted. */
  announce(type: SyncMessage['type'], id: string, revision = 0): void {
    this.options.channel?.postMessage({ type, id, revision, from: this.tabId });
  }

  private receive(m: SyncMessage): void {
    if (m.from === this.tabId) return;
    this.options.onRemoteChange?.(m);
    if (m.id !== this.id) return;
    if (m.type === 'deleted') this.enterConflict('This workflow was deleted in another tab.');
    else if (m.revision > this.base) this.enterConflict('This workflow was changed in another tab.');
  }

  private enterConflict(message: string): void {
    this.cancel();
    this.inConflict = true;
    this.status({ kind: 'conflict', message });
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private status(s: SaveStatus): void {
    this.options.onStatus?.(s);
  }
}
