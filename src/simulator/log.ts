/**
 * An append-only log shared by successive snapshots. A snapshot sees the first `count` entries; appending from
 * the newest snapshot pushes in place (O(1)); appending from an older snapshot (after a step back) forks a copy
 * of the visible prefix, so older snapshots never see entries that are not theirs.
 */
import { keepShape } from './shapes.ts';

export class AppendLog<T> {
  declare readonly items: T[];

  constructor(items: T[] = new Array<T>()) {
    this.items = items;
  }

  /** A log that `count` entries of which are visible and that may be appended to. */
  writable(count: number): AppendLog<T> {
    return count === this.items.length ? this : new AppendLog(this.items.slice(0, count));
  }

  push(item: T): number {
    this.items.push(item);
    return this.items.length;
  }

  get length(): number {
    return this.items.length;
  }

  /** A copy of the first `count` entries. */
  view(count: number): T[] {
    return this.items.slice(0, count);
  }
}

keepShape(new AppendLog<never>());
