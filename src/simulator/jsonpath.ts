/**
 * JSONPath for the Amazon States Language: Reference Paths (`$.a.b[0]`, `$['x']`), the context object (`$$.…`),
 * workflow variables (`$name.…`) and, through jsonpath-plus, the indefinite forms (wildcards, slices, unions,
 * filters `[?(@.x > 0)]`, recursive descent `..`).
 *
 * Paths are compiled once and cached. Definite paths walk the data by hand (own properties only) and fail when
 * nothing is there; indefinite paths always give an array, `[]` when nothing matches (as AWS does).
 * Failure causes follow AWS (Jayway JsonPath) wording:
 *   Invalid path '$.a' : No results for path: $['a']
 *   Invalid path '$.no.such' : Missing property in path $['no']
 */
import { JSONPath } from 'jsonpath-plus';
import type { JsonValue } from '../asl/types.ts';
import { ERRORS, StatesError } from './errors.ts';
import { copyObject, getOwn, isJsonObject, jsonText, setOwn, type EvalScope } from './scope.ts';
import { memoize } from '../asl/memo.ts';

export type { EvalScope } from './scope.ts';

export type PathRoot = { kind: 'input' } | { kind: 'context' } | { kind: 'variable'; name: string };
export type PathSegment = string | number;

export interface CompiledPath {
  source: string;
  root: PathRoot;
  /** Segments of a definite path (property names and array indexes); empty for the root itself. */
  segments: PathSegment[];
  /** For indefinite paths: the path rewritten to start at `$`, evaluated by jsonpath-plus against the root value. */
  indefinite?: string;
}

const compiled = memoize((path: string) => parsePath(path));
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Compile (and cache) a path. Throws States.Runtime for text that is not a path. */
export function compilePath(path: string): CompiledPath {
  return compiled(path);
}

function parsePath(raw: string): CompiledPath {
  // AWS's path parser trims surrounding whitespace: " $.a " reads $.a.
  const path = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof path !== 'string' || path[0] !== '$') {
    throw new StatesError(ERRORS.Runtime, `Invalid path '${String(path)}' : a path must start with '$'`);
  }
  let root: PathRoot;
  let i: number;
  if (path[1] === '$') {
    root = { kind: 'context' };
    i = 2;
  } else {
    const m = IDENT.exec(path.slice(1));
    if (m) {
      root = { kind: 'variable', name: m[0] };
      i = 1 + m[0].length;
    } else {
      root = { kind: 'input' };
      i = 1;
    }
  }
  const rest = path.slice(i);
  const segments = parseSegments(rest);
  if (segments === null) return { source: path, root, segments: [], indefinite: '$' + rest };
  return { source: path, root, segments };
}

/** Parse `.a['b'][0]` into segments, or null when the path needs the general engine (indefinite/complex). */
function parseSegments(s: string): PathSegment[] | null {
  const out: PathSegment[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '.') {
      i++;
      let j = i;
      while (j < s.length && s[j] !== '.' && s[j] !== '[') j++;
      const name = s.slice(i, j);
      if (name === '' || name === '*' || name.includes('(') || name.includes(')')) return null;
      out.push(name);
      i = j;
    } else if (ch === '[') {
      const q = s[i + 1];
      if (q === "'" || q === '"') {
        let j = i + 2;
        let name = '';
        while (j < s.length && s[j] !== q) {
          if (s[j] === '\\' && s[j + 1] === q) {
            name += q;
            j += 2;
          } else {
            name += s[j];
            j++;
          }
        }
        if (s[j] !== q || s[j + 1] !== ']') return null;
        out.push(name);
        i = j + 2;
      } else {
        const close = s.indexOf(']', i);
        if (close < 0) return null;
        const body = s.slice(i + 1, close).trim();
        if (!/^-?\d+$/.test(body)) return null;
        out.push(Number(body));
        i = close + 1;
      }
    } else {
      throw new StatesError(ERRORS.Runtime, `Invalid path '$${s}' : unexpected character '${ch}'`);
    }
  }
  return out;
}

/** Jayway-style rendering of a definite path prefix: `$['a'][0]`. */
export function renderSegments(segments: readonly PathSegment[], upTo = segments.length): string {
  let s = '$';
  for (let k = 0; k < upTo; k++) {
    const seg = segments[k];
    s += typeof seg === 'number' ? `[${seg}]` : `['${seg}']`;
  }
  return s;
}

function rootValue(c: CompiledPath, scope: EvalScope): JsonValue | undefined {
  switch (c.root.kind) {
    case 'input':
      return scope.input;
    case 'context':
      return scope.context;
    case 'variable':
      return getOwn(scope.variables, c.root.name);
  }
}

/** Walk definite segments; returns the value or the index of the first segment that found nothing. */
function walk(value: JsonValue, segments: readonly PathSegment[]): { value: JsonValue } | { missingAt: number } {
  let cur: JsonValue = value;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k] as PathSegment;
    let next: JsonValue | undefined;
    if (typeof seg === 'number') {
      if (Array.isArray(cur)) next = cur[seg < 0 ? cur.length + seg : seg];
    } else if (isJsonObject(cur)) {
      next = getOwn(cur, seg);
    }
    if (next === undefined) return { missingAt: k };
    cur = next;
  }
  return { value: cur };
}

function evaluateIndefinite(expr: string, root: JsonValue | undefined): JsonValue[] {
  if (root === undefined) return [];
  const found = JSONPath({ path: expr, json: root as object, wrap: true, resultType: 'value' }) as
    | JsonValue[]
    | undefined;
  return Array.isArray(found) ? found.filter((v) => v !== undefined) : [];
}

/**
 * Evaluate a path against the scope. A definite path that finds nothing throws `errorName` (default
 * States.Runtime) with AWS's cause; an indefinite path gives an array ([] when nothing matches).
 */
export function evaluatePath(path: string, scope: EvalScope, errorName: string = ERRORS.Runtime): JsonValue {
  return evaluateCompiledPath(compilePath(path), scope, errorName);
}

/** Like evaluatePath, but a definite path that finds nothing gives undefined (IsPresent and friends). */
export function tryEvaluatePath(path: string, scope: EvalScope): JsonValue | undefined {
  return tryEvaluateCompiledPath(compilePath(path), scope);
}

/** evaluatePath for a path compiled ahead of time with compilePath (skips the cache lookup). */
export function evaluateCompiledPath(c: CompiledPath, scope: EvalScope, errorName: string = ERRORS.Runtime): JsonValue {
  const root = rootValue(c, scope);
  if (c.indefinite !== undefined) return evaluateIndefinite(c.indefinite, root);
  if (root === undefined) {
    throw new StatesError(errorName, `Invalid path '${c.source}' : The variable '$${variableName(c)}' is not defined`);
  }
  const r = walk(root, c.segments);
  if ('value' in r) return r.value;
  throw new StatesError(errorName, missingCause(c.source, c.segments, r.missingAt));
}

/** tryEvaluatePath for a path compiled ahead of time. */
export function tryEvaluateCompiledPath(c: CompiledPath, scope: EvalScope): JsonValue | undefined {
  const root = rootValue(c, scope);
  if (c.indefinite !== undefined) return evaluateIndefinite(c.indefinite, root);
  if (root === undefined) return undefined;
  const r = walk(root, c.segments);
  return 'value' in r ? r.value : undefined;
}

/** True for a path that always yields an array (wildcard, slice, filter, union, recursive descent). */
export function isIndefinitePath(path: string): boolean {
  return compilePath(path).indefinite !== undefined;
}

function variableName(c: CompiledPath): string {
  return c.root.kind === 'variable' ? c.root.name : '';
}

function missingCause(path: string, segments: readonly PathSegment[], at: number): string {
  if (at === segments.length - 1) return `Invalid path '${path}' : No results for path: ${renderSegments(segments)}`;
  return `Invalid path '${path}' : Missing property in path ${renderSegments(segments, at + 1)}`;
}

/**
 * Apply ResultPath: null keeps the input, undefined or "$" gives the result, "$.a.b" gives a copy of the input with
 * a.b set (missing objects are created). The arguments are never mutated (only the objects on the path are copied).
 * A step into something that is not an object (or an array index out of range) fails with
 * States.ResultPathMatchFailure.
 */
export function applyResultPath(input: JsonValue, result: JsonValue, resultPath: string | null | undefined): JsonValue {
  if (resultPath === null) return input;
  if (resultPath === undefined || resultPath === '$') return result;
  const c = compilePath(resultPath);
  if (c.root.kind !== 'input' || c.indefinite !== undefined) {
    throw new StatesError(ERRORS.ResultPathMatchFailure, `ResultPath '${resultPath}' is not a Reference Path`);
  }
  return setAt(input, c.segments, 0, result);
}

function setAt(target: JsonValue | undefined, segments: readonly PathSegment[], k: number, value: JsonValue): JsonValue {
  if (k === segments.length) return value;
  const seg = segments[k] as PathSegment;
  if (typeof seg === 'number') {
    if (Array.isArray(target)) {
      const idx = seg < 0 ? target.length + seg : seg;
      if (idx >= 0 && idx < target.length) {
        const copy = target.slice();
        copy[idx] = setAt(target[idx], segments, k + 1, value);
        return copy;
      }
    }
    throw new StatesError(ERRORS.ResultPathMatchFailure, `Unable to apply step "${seg}" to input ${jsonText(target)}`);
  }
  if (target === undefined) target = {};
  if (!isJsonObject(target)) {
    throw new StatesError(ERRORS.ResultPathMatchFailure, `Unable to apply step "${seg}" to input ${jsonText(target)}`);
  }
  const copy = copyObject(target);
  setOwn(copy, seg, setAt(getOwn(target, seg), segments, k + 1, value));
  return copy;
}
