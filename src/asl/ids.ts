/**
 * Stable ids for states and containers, built from the state path: `Outer/~b0/Inner` is state `Inner` in branch 0
 * of Parallel `Outer`; `M/~p/Item` is state `Item` in the item processor of Map `M`. State names are escaped
 * (`~` → `~0`, `/` → `~1`), so a bare `~` always marks a container segment. The layout sidecar uses these ids.
 */
import type { JsonPathSegments } from './types.ts';

export function escapeName(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeName(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function stateId(scopeId: string, name: string): string {
  return scopeId ? `${scopeId}/${escapeName(name)}` : escapeName(name);
}

export function branchId(parallelId: string, index: number): string {
  return `${parallelId}/~b${index}`;
}

export function processorId(mapId: string): string {
  return `${mapId}/~p`;
}

/** The JSON path of the `States` object that holds the states of a scope (top level, a branch or a processor). */
export type ScopePath = JsonPathSegments;

/** The JSON path of a state from its id, given the processor field name used by each Map (ItemProcessor/Iterator). */
export function jsonPathOfId(id: string, processorField: (mapPath: JsonPathSegments) => string = () => 'ItemProcessor'): JsonPathSegments {
  const path: JsonPathSegments = [];
  for (const seg of id.split('/')) {
    if (seg.startsWith('~b')) path.push('Branches', Number(seg.slice(2)));
    else if (seg === '~p') path.push(processorField(path.slice()));
    else path.push('States', unescapeName(seg));
  }
  return path;
}
