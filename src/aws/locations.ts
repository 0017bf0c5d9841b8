/**
 * ValidateStateMachineDefinition's `location` (`/States/Choose/Choices/0/Next`, a JSON pointer) → a path into the
 * definition, so the diagnostic can get a text range (src/asl/parse.ts rangeOf). Segments index arrays only where
 * the definition has an array. Pure.
 */
import type { JsonPathSegments } from '../asl/types.ts';

export function locationToPath(definition: unknown, location: string | undefined): JsonPathSegments | undefined {
  if (location === undefined || !location.startsWith('/')) return undefined;
  const path: JsonPathSegments = [];
  let value: unknown = definition;
  for (const raw of location.slice(1).split('/')) {
    if (raw === '') continue;
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value) && /^\d+$/.test(seg)) {
      path.push(Number(seg));
      value = value[Number(seg)];
    } else {
      path.push(seg);
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[seg] : undefined;
    }
  }
  return path;
}
