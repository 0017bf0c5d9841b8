/**
 * How well a state name matches a typed query, for the state pickers ("Go to state", "Connect to…"): 0 the name
 * itself, 1 a prefix, 2 the start of a word (after a space, `_`, `-`, `.`, `/`, `:` or a camelCase hump, as
 * "Order" in "PlaceOrder"), 3 anywhere else, -1 no match. Case-insensitive; an empty query matches everything at 3.
 * Pure.
 */
export function matchRank(name: string, query: string): number {
  const q = query.trim().toLowerCase();
  if (q === '') return 3;
  const n = name.toLowerCase();
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  let best = -1;
  for (let at = n.indexOf(q); at >= 0; at = n.indexOf(q, at + 1)) {
    if (isWordStart(name, at)) return 2;
    best = 3;
  }
  return best;
}

function isWordStart(name: string, at: number): boolean {
  const before = name[at - 1] ?? '';
  if (/[\s_\-./:]/.test(before)) return true;
  const here = name[at] ?? '';
  // A camelCase hump: an upper-case letter after a lower-case one or a digit ("placeOrder", "v2Order").
  return here !== here.toLowerCase() && /[\p{Ll}\d]/u.test(before);
}

/** Items sorted by how well their name matches (best first; ties keep their order), non-matches left out. */
export function rankByName<T>(items: readonly T[], nameOf: (item: T) => string, query: string): T[] {
  return items
    .map((item, order) => ({ item, order, rank: matchRank(nameOf(item), query) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.item);
}
