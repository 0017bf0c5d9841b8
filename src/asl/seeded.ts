/**
 * Seeded sources for reproducible runs and generated machines: the same seed gives the same sequence on every
 * platform. Not for anything secret.
 */

/** A small LCG giving numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Version-4-shaped UUIDs (RFC 9562 layout: version nibble 4, variant bits 10) drawn from `random`. */
export function seededUuid(random: () => number): () => string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return () => {
    const variant = (8 + Math.floor(random() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
}
