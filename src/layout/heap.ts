/** A minimal binary min-heap of numeric keys with numeric priorities (for the router's search). */
export class MinHeap {
  private keys: number[] = [];
  private prios: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, prio: number): void {
    const k = this.keys;
    const p = this.prios;
    let i = k.length;
    k.push(key);
    p.push(prio);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((p[parent] as number) <= prio) break;
      k[i] = k[parent] as number;
      p[i] = p[parent] as number;
      i = parent;
    }
    k[i] = key;
    p[i] = prio;
  }

  /** Removes the key with the smallest priority; undefined when empty. */
  pop(): { key: number; prio: number } | undefined {
    const k = this.keys;
    const p = this.prios;
    if (k.length === 0) return undefined;
    const top = { key: k[0] as number, prio: p[0] as number };
    const lastK = k.pop() as number;
    const lastP = p.pop() as number;
    const n = k.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      let mp = lastP;
      if (l < n && (p[l] as number) < mp) {
        m = l;
        mp = p[l] as number;
      }
      if (r < n && (p[r] as number) < mp) m = r;
      if (m === i) break;
      k[i] = k[m] as number;
      p[i] = p[m] as number;
      i = m;
    }
    k[i] = lastK;
    p[i] = lastP;
    return top;
  }
}
