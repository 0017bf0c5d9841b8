/**
 * Simulator thread paths → state ids. The simulator names a state by its thread path (`Par/0/Inner` is `Inner`
 * in branch 0 of Parallel `Par`, `Map/12/Inner` is `Inner` in the 13th iteration of Map `Map`); the canvas names
 * it by its definition id (`Par/~b0/Inner`, `Map/~p/Inner`, see ids.ts). State names may contain `/`, so
 * the path is resolved against the definition rather than split blindly.
 */
import { branchId, processorId, stateId } from './ids.ts';
import { own } from './own.ts';
import { isRecord as isObject } from './values.ts';

type Obj = Record<string, unknown>;

/** The name in `states` that `rest` starts with (longest match: names may contain `/`). */
function matchName(states: Obj, rest: string): string | undefined {
  let best: string | undefined;
  for (const name of Object.keys(states)) {
    if ((rest === name || rest.startsWith(`${name}/`)) && (best === undefined || name.length > best.length)) best = name;
  }
  return best;
}

/** The canvas id of a thread path (a state, or a branch/processor group when the path ends at an index). */
export function canvasIdOfPath(definition: unknown, path: string): string | undefined {
  let states: unknown = isObject(definition) ? definition.States : undefined;
  let scopeId = '';
  let rest = path;
  for (;;) {
    if (!isObject(states)) return undefined;
    const name = matchName(states, rest);
    if (name === undefined) return undefined;
    const id = stateId(scopeId, name);
    if (rest === name) return id;
    rest = rest.slice(name.length + 1);
    const m = /^(\d+)(\/|$)/.exec(rest);
    if (!m) return undefined;
    const index = Number(m[1]);
    const state = own(states, name);
    if (!isObject(state)) return undefined;
    let scope: unknown;
    if (state.Type === 'Parallel') {
      scopeId = branchId(id, index);
      scope = Array.isArray(state.Branches) ? state.Branches[index] : undefined;
    } else if (state.Type === 'Map') {
      scopeId = processorId(id);
      scope = isObject(state.ItemProcessor) ? state.ItemProcessor : state.Iterator;
    } else return undefined;
    if (!m[2]) return scopeId;
    rest = rest.slice(m[0].length);
    states = isObject(scope) ? scope.States : undefined;
  }
}

/** A memoising resolver for one definition (a 10,000-item Map repeats the same few shapes of path). */
export function pathResolver(definition: unknown): (path: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    const id = canvasIdOfPath(definition, path);
    cache.set(path, id);
    return id;
  };
}

/** The thread path of a state run without its own name (`Map/3` for `Map/3/Inner`, '' at the top level). */
export function threadOf(path: string, stateName: string): string {
  return path.length > stateName.length ? path.slice(0, path.length - stateName.length - 1) : '';
}
