/**
 * A uniform-grid spatial index of boxes, for overlap queries on thousands of nodes (stability.ts, reroute.ts):
 * each box is listed in every cell it touches; a query looks at the cells its (grown) box touches only.
 */
import { boxesOverlap } from './geometry.ts';
import type { Box } from './types.ts';

const CELL = 256;
/** Cell coordinates stay small integers (exact keys, `cx++` always advances): ±2^24 cells = ±4.3e9 px. */
const MAX_CELL = 2 ** 24;
/** A box over more cells than this is kept in the `wide` list instead (a 1e9-px wide box would fill memory). */
const MAX_SPAN = 4096;

export class BoxGrid<K> {
  private readonly cells = new Map<number, Map<K, Box>>();
  private readonly boxes = new Map<K, Box>();
  /** Boxes that are not listed in cells (see range): every query looks at them. */
  private readonly wide = new Map<K, Box>();

  private static key(cx: number, cy: number): number {
    return cx * 1_000_003 + cy;
  }

  /**
   * The cell range a box (grown by `margin`) touches, or undefined when it cannot be listed cell by cell: a
   * coordinate that is not finite or so large that `cx++` no longer changes the number (x = 1e19 looped forever),
   * or a box spanning more than MAX_SPAN cells. Such boxes are kept apart and checked on every query.
   */
  private static range(b: Box, margin: number): { x0: number; x1: number; y0: number; y1: number } | undefined {
    const x0 = Math.floor((b.x - margin) / CELL);
    const x1 = Math.floor((b.x + b.width + margin) / CELL);
    const y0 = Math.floor((b.y - margin) / CELL);
    const y1 = Math.floor((b.y + b.height + margin) / CELL);
    for (const c of [x0, x1, y0, y1]) if (!(Math.abs(c) <= MAX_CELL)) return undefined;
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_SPAN) return undefined;
    return { x0, x1, y0, y1 };
  }

  private static each(r: { x0: number; x1: number; y0: number; y1: number }, fn: (key: number) => void): void {
    for (let cx = r.x0; cx <= r.x1; cx++) for (let cy = r.y0; cy <= r.y1; cy++) fn(BoxGrid.key(cx, cy));
  }

  set(id: K, b: Box): void {
    this.delete(id);
    this.boxes.set(id, b);
    const r = BoxGrid.range(b, 0);
    if (!r) {
      this.wide.set(id, b);
      return;
    }
    BoxGrid.each(r, (k) => {
      let cell = this.cells.get(k);
      if (!cell) this.cells.set(k, (cell = new Map()));
      cell.set(id, b);
    });
  }

  delete(id: K): void {
    const old = this.boxes.get(id);
    if (!old) return;
    this.boxes.delete(id);
    if (this.wide.delete(id)) return;
    const r = BoxGrid.range(old, 0);
    if (r) BoxGrid.each(r, (k) => this.cells.get(k)?.delete(id));
  }

  entries(): IterableIterator<[K, Box]> {
    return this.boxes.entries();
  }

  all(): IterableIterator<Box> {
    return this.boxes.values();
  }

  get(id: K): Box | undefined {
    return this.boxes.get(id);
  }

  /** The candidates near `b`: from its cells and the wide boxes, or every box when it touches more cells than there are boxes. */
  private near(b: Box, margin: number, fn: (id: K, o: Box) => boolean | void): void {
    const r = BoxGrid.range(b, margin);
    if (!r || (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > this.boxes.size) {
      for (const [id, o] of this.boxes) if (fn(id, o) === true) return;
      return;
    }
    for (const [id, o] of this.wide) if (fn(id, o) === true) return;
    let stop = false;
    BoxGrid.each(r, (k) => {
      if (stop) return;
      for (const [id, o] of this.cells.get(k) ?? []) {
        if (fn(id, o) === true) {
          stop = true;
          return;
        }
      }
    });
  }

  /** Whether `b` overlaps any listed box (closer than `gap`), other than those `skip` accepts. */
  overlaps(b: Box, gap = 0, skip?: (id: K) => boolean): boolean {
    let hit = false;
    this.near(b, gap, (id, o) => {
      if (!skip?.(id) && boxesOverlap(b, o, gap)) hit = true;
      return hit;
    });
    return hit;
  }

  /** The listed boxes that overlap `b` (each once). */
  query(b: Box, margin = 0): Map<K, Box> {
    const out = new Map<K, Box>();
    this.near(b, margin, (id, o) => {
      if (!out.has(id) && boxesOverlap(b, o, margin, -1)) out.set(id, o);
    });
    return out;
  }
}
