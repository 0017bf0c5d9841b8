/**
 * Where a JSON path stands in a definition, in terms of the field table: which object (machine, state type,
 * Retrier, Catcher, Choice rule, …) holds the fields there, the query language in effect, and which States object
 * the state names of that place come from. Pure (no Monaco): completion, hover, go to definition and quick fixes
 * all ask this, on the store's last parsed definition.
 */
import { fieldSpec, fieldsOf, type FieldOwner, type FieldSpec } from '../../asl/fields.ts';
import { STATE_TYPES, isStateType, type JsonPathSegments, type QueryLanguage, type StateType } from '../../asl/types.ts';
import { isRecord as isObject } from '../../asl/values.ts';

export { isObject };
/** `AnyState`: a state whose Type is not known (yet): the fields of every state type. */
export type Owner = FieldOwner | 'AnyState';

export interface OwnerInfo {
  owner: Owner;
  /** The query language of the enclosing state (undefined at machine, branch and processor level). */
  language: QueryLanguage | undefined;
  /** The States object whose names `Next`, `Default` and `StartAt` here refer to. */
  statesPath: JsonPathSegments;
  /** The object at the path in the definition, when it exists. */
  value: Record<string, unknown> | undefined;
}

const MACHINES: readonly Owner[] = ['Machine', 'Branch', 'ItemProcessor'];


function child(v: unknown, seg: string | number): unknown {
  if (Array.isArray(v) && typeof seg === 'number') return v[seg];
  return isObject(v) && typeof seg === 'string' && Object.prototype.hasOwnProperty.call(v, seg) ? v[seg] : undefined;
}

/** The value at a path in a definition (undefined when missing). */
export function valueAt(root: unknown, path: JsonPathSegments): unknown {
  let v = root;
  for (const seg of path) v = child(v, seg);
  return v;
}

function language(v: unknown): QueryLanguage | undefined {
  return v === 'JSONPath' || v === 'JSONata' ? v : undefined;
}

let anyStateFields: Record<string, FieldSpec> | undefined;
/** Every field of every state type (for a state whose Type is unknown). */
export function anyStateFieldTable(): Record<string, FieldSpec> {
  if (!anyStateFields) {
    anyStateFields = {};
    for (const t of STATE_TYPES) for (const f of fieldsOf(t)) anyStateFields[f.name] ??= f;
  }
  return anyStateFields;
}

export function specOf(owner: Owner, name: string): FieldSpec | undefined {
  if (owner !== 'AnyState') return fieldSpec(owner, name);
  const t = anyStateFieldTable();
  return Object.prototype.hasOwnProperty.call(t, name) ? t[name] : undefined;
}

/** How many path segments a field of this kind spans before the nested owner starts (0: it has no owner). */
function descend(spec: FieldSpec): [Owner, number] | undefined {
  switch (spec.kind) {
    case 'sub':
      return spec.sub ? [spec.sub, 1] : undefined;
    case 'subMachine':
      return ['ItemProcessor', 1];
    case 'retriers':
      return ['Retrier', 2];
    case 'catchers':
      return ['Catcher', 2];
    case 'choiceRules':
      return ['ChoiceRule', 2];
    case 'choiceRule':
      return ['ChoiceRule', 1];
    case 'branches':
      return ['Branch', 2];
    default:
      return undefined;
  }
}

/**
 * The owner of the object at `path` (a path to an object, not to a field), or undefined when the path leads into
 * free-form data (Parameters, Arguments, Result, …) or to the States object itself.
 */
export function resolveOwner(definition: unknown, path: JsonPathSegments): OwnerInfo | undefined {
  let owner: Owner = 'Machine';
  let lang: QueryLanguage | undefined;
  let inherited: QueryLanguage = language(child(definition, 'QueryLanguage')) ?? 'JSONPath';
  let statesPath: JsonPathSegments = ['States'];
  let i = 0;
  while (i < path.length) {
    const seg = path[i]!;
    if (MACHINES.includes(owner) && seg === 'States') {
      if (i + 1 >= path.length) return undefined;
      statesPath = path.slice(0, i + 1);
      const state = valueAt(definition, path.slice(0, i + 2));
      const type = isObject(state) && isStateType(state.Type) ? (state.Type as StateType) : undefined;
      lang = (isObject(state) ? language(state.QueryLanguage) : undefined) ?? inherited;
      inherited = lang;
      owner = type ?? 'AnyState';
      i += 2;
      continue;
    }
    const spec: FieldSpec | undefined = typeof seg === 'string' ? specOf(owner, seg) : undefined;
    const next: [Owner, number] | undefined = spec ? descend(spec) : undefined;
    if (!next || i + next[1] > path.length) return undefined;
    if (next[1] === 2 && typeof path[i + 1] !== 'number') return undefined;
    owner = next[0];
    i += next[1];
    if (MACHINES.includes(owner)) {
      statesPath = [...path.slice(0, i), 'States'];
      lang = undefined;
    }
  }
  if (MACHINES.includes(owner)) statesPath = [...path, 'States'];
  const value = valueAt(definition, path);
  return { owner, language: lang, statesPath, value: isObject(value) ? value : undefined };
}

/** The state names a `Next`/`Default`/`StartAt` at this owner may name. */
export function stateNamesFor(definition: unknown, info: OwnerInfo): string[] {
  const states = valueAt(definition, info.statesPath);
  return isObject(states) ? Object.keys(states) : [];
}

/** The state a path is inside of (its path), if any: the innermost `…States.<name>` prefix. */
export function enclosingStatePath(info: OwnerInfo, path: JsonPathSegments): JsonPathSegments | undefined {
  const n = info.statesPath.length;
  return path.length > n ? path.slice(0, n + 1) : undefined;
}
