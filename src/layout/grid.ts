/**
 * A uniform-grid spatial index of boxes, for overlap queries on thousands of nodes (stability.ts, reroute.ts):
 * each box is listed in every cell it touches; a query looks at the cells its (grown) box touches only.
 */
import { boxesOverlap } from './geometry.ts';
import type { Box } from './types.ts';

const CELL = 256;

export class BoxGrid<K> {
  private readonly cells = new Map<number, Map<K, Box>>();
  private readonly boxes = new Map<K, Box>();

  private static key(cx: number, cy: number): number {
    return cx * 1_000_003 + cy;
  }

  private each(b: Box, margin: number, fn: (key: number) => void): void {
    const x0 = Math.floor((b.x - margin) / CELL);
    const x1 = Math.floor((b.x + b.width + margin) / CELL);
    const y0 = Math.floor((b.y - margin) / CELL);
    const y1 = Math.floor((b.y + b.height + margin) / CELL);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) fn(BoxGrid.key(cx, cy));
  }

  set(id: K, b: Box): void {
    this.delete(id);
    this.boxes.set(id, b);
    this.each(b, 0, (k) => {
      let cell = this.cells.get(k);
      if (!cell) this.cells.set(k, (cell = new Map()));
      cell.set(id, b);
    });
  }

  delete(id: K): void {
    const old = this.boxes.get(id);
    if (!old) return;
    this.boxes.delete(id);
    this.each(old, 0, (k) => this.cells.get(k)?.delete(id));
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

  /** How many cells a box (grown by `margin`) touches. */
  private static span(b: Box, margin: number): number {
    const w = Math.floor((b.x + b.width + margin) / CELL) - Math.floor((b.x - margin) / CELL) + 1;
    const h = Math.floor((b.y + b.height + margin) / CELL) - Math.floor((b.y - margin) / CELL) + 1;
    return w * h;
  }

  /** The candidates near `b`: from its cells, or every box when it touches more cells than there are boxes. */
  private near(b: Box, margin: number, fn: (id: K, o: Box) => boolean | void): void {
    if (BoxGrid.span(b, margin) > this.boxes.size) {
      for (const [id, o] of this.boxes) if (fn(id, o) === true) return;
      return;
    }
    let stop = false;
    this.each(b, margin, (k) => {
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
