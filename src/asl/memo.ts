/**
 * A bounded memo of a pure function of a string: paths, intrinsic calls, JSONata expressions and Choice patterns
 * are compiled once per distinct text. Bounded because the texts come from outside (a hostile definition or input
 * could hold millions of distinct ones): when the memo holds `limit` entries it starts again empty, which costs one
 * recompilation per text and never grows without end. A throw is not remembered.
 */
export const MEMO_LIMIT = 10_000;

export function memoize<V>(compute: (key: string) => V, limit = MEMO_LIMIT): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, v);
    }
    return v as V;
  };
}
