/**
 * Stable ids for states and containers, built from the state path: `Outer/~b0/Inner` is state `Inner` in branch 0
 * of Parallel `Outer`; `M/~p/Item` is state `Item` in the item processor of Map `M`. State names are escaped
 * (`~` → `~0`, `/` → `~1`), so a bare `~` always marks a container segment. The layout sidecar uses these ids.
 */
import { memoize } from './memo.ts';
import { isRecord as isObj } from './values.ts';
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

/** How deep an id is nested: 1 at the top level, 3 in a branch or item processor, 5 one container further in. */
export function idDepth(id: string): number {
  return id.split('/').length;
}

export function branchId(parallelId: string, index: number): string {
  return `${parallelId}/~b${index}`;
}

export function processorId(mapId: string): string {
  return `${mapId}/~p`;
}


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

/**
 * The simulator's thread path of a state run without the state's own name (`Map/3` for `Map/3/Inner`, '' at the
 * top level). Thread paths name a state by its run: `Par/0/Inner` is `Inner` in branch 0 of Parallel `Par`,
 * `Map/12/Inner` is `Inner` in iteration 12 of Map `Map`; names are not escaped, so a path is resolved against the
 * definition (`StateIds.ofPath`), never split blindly.
 */
export function threadOf(path: string, stateName: string): string {
  return path.length > stateName.length ? path.slice(0, path.length - stateName.length - 1) : '';
}

/**
 * The one translation of the names the runtimes give a state into canvas ids, built once per definition:
 * - the simulator names it by thread path (`Par/0/Inner`, see `threadOf`): `ofPath`;
 * - AWS histories name it by its bare name, inside whatever Parallel/Map runs are open: `ofName`.
 */
export interface StateIds {
  /** Every id with this state name, in document order (a name may repeat across scopes). */
  idsOf(name: string): readonly string[];
  /**
   * The canvas id of a thread path: a state, or a branch/processor group when the path ends at an index (a state
   * wins when both read the same: a state named `0` in branch 0 of `A`, and Map `A/0`'s processor).
   */
  ofPath(path: string): string | undefined;
  /**
   * The canvas id of a state known by name, entered inside `containers` (ids of the Parallel/Map states still
   * open, innermost first): the state of that name directly inside the innermost one that has it, else the
   * top-level one, else the first of that name; undefined when no state has the name.
   */
  ofName(name: string, containers?: readonly string[]): string | undefined;
}

interface ScopeEntry {
  id: string;
  type: unknown;
  /** Branches (Parallel) or the one processor (Map) of a container, as name → entry maps. */
  scopes: Map<string, ScopeEntry>[];
}

export function stateIds(definition: unknown): StateIds {
  const byName = new Map<string, string[]>();
  const containerById = new Map<string, string>();
  const scope = (states: unknown, scopeId: string, container: string): Map<string, ScopeEntry> => {
    const out = new Map<string, ScopeEntry>();
    if (!isObj(states)) return out;
    for (const name of Object.keys(states)) {
      const state = states[name];
      const id = stateId(scopeId, name);
      const entry: ScopeEntry = { id, type: isObj(state) ? state.Type : undefined, scopes: [] };
      out.set(name, entry);
      const same = byName.get(name);
      if (same) same.push(id);
      else byName.set(name, [id]);
      containerById.set(id, container);
      if (!isObj(state)) continue;
      if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        state.Branches.forEach((b: unknown, i) => entry.scopes.push(scope(isObj(b) ? b.States : undefined, branchId(id, i), id)));
      } else if (state.Type === 'Map') {
        const proc = isObj(state.ItemProcessor) ? state.ItemProcessor : state.Iterator;
        entry.scopes.push(scope(isObj(proc) ? proc.States : undefined, processorId(id), id));
      }
    }
    return out;
  };
  const top = scope(isObj(definition) ? definition.States : undefined, '', '');

  /**
   * The id `rest` names inside `states`. Names may contain `/` (and look like indices), so every name `rest` starts
   * with is tried, longest first, backtracking when the rest of the path does not resolve under it. A path that
   * names a group (`Par/0`) only resolves to it when `groups` is set.
   */
  const resolveIn = (states: Map<string, ScopeEntry> | undefined, rest: string, groups: boolean): string | undefined => {
    if (!states) return undefined;
    const names: string[] = [];
    for (const name of states.keys()) if (rest === name || rest.startsWith(`${name}/`)) names.push(name);
    names.sort((x, y) => y.length - x.length);
    for (const name of names) {
      const entry = states.get(name) as ScopeEntry;
      if (rest === name) return entry.id;
      const m = /^(\d+)(\/|$)/.exec(rest.slice(name.length + 1));
      if (!m) continue;
      const index = Number(m[1]);
      const isMap = entry.type === 'Map';
      if (!isMap && (entry.type !== 'Parallel' || index >= entry.scopes.length)) continue;
      if (!m[2]) {
        if (groups) return isMap ? processorId(entry.id) : branchId(entry.id, index);
        continue;
      }
      const found = resolveIn(entry.scopes[isMap ? 0 : index], rest.slice(name.length + 1 + m[0].length), groups);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  // A 10,000-item Map repeats the same few shapes of path; bounded, since a run may produce millions.
  const ofPath = memoize((path) => resolveIn(top, path, false) ?? resolveIn(top, path, true));

  return {
    idsOf: (name) => byName.get(name) ?? [],
    ofPath,
    ofName(name, containers = []) {
      const ids = byName.get(name);
      if (!ids) return undefined;
      for (const c of containers) {
        const inside = ids.find((id) => containerById.get(id) === c);
        if (inside !== undefined) return inside;
      }
      return ids.find((id) => containerById.get(id) === '') ?? ids[0];
    },
  };
}
