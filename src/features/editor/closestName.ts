/**
 * The closest existing name to a dangling reference, by edit distance (Levenshtein; a difference only in letter
 * case costs half, so `checkOrder` is closer to `CheckOrder` than to `CheckOrders`). Pure, for quick fixes.
 */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = Array.from({ length: b.length + 1 }, () => 0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1]!;
      const cost = ca === cb ? 0 : ca.toLowerCase() === cb.toLowerCase() ? 0.5 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Candidates ordered by closeness to `name` (ties keep their order), without `name` itself and without `exclude`.
 * The first is the fix a user most likely meant.
 */
export function rankByCloseness(name: string, candidates: readonly string[], exclude: readonly string[] = []): string[] {
  return candidates
    .filter((c) => c !== name && !exclude.includes(c))
    .map((c, i) => ({ c, i, d: editDistance(name, c) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.c);
}

/** The closest candidate, or undefined when there is none. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  return rankByCloseness(name, candidates)[0];
}
