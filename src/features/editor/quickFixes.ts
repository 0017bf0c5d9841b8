/**
 * Quick fixes for the common validator problems, as whole new texts made with the same minimal text edits as
 * canvas commands (the user's formatting, and YAML comments, survive): add `"End": true` to a state with neither
 * Next nor End, point a dangling `Next`/`Default`/`StartAt` to the closest existing name, give a Choice a Default,
 * connect or delete an unreachable state.
 * Pure (no Monaco), so the edits are unit-tested. The closest name is by edit distance (Levenshtein; a difference
 * only in letter case costs half, so `checkOrder` is closer to `CheckOrder` than to `CheckOrders`).
 */
import type { DocumentFormat } from '../../asl/parse.ts';
import type { Diagnostic } from '../../asl/types.ts';
import { setIn } from '../../commands/immutable.ts';
import { editText } from '../../textedit/textEdits.ts';
import { isObject, resolveOwner, stateNamesFor, valueAt } from './owners.ts';

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

export interface QuickFix {
  title: string;
  /** The whole text after the fix. */
  text: string;
  /** The fix to apply with one key press (the likeliest one). */
  preferred: boolean;
}

export interface FixableDocument {
  text: string;
  format: DocumentFormat;
  definition: unknown;
}

/** The diagnostic codes that have quick fixes. */
export const FIXABLE_CODES: ReadonlySet<string> = new Set([
  'state.next.missing',
  'state.next.unknown',
  'machine.startAt.unknown',
  'choice.default.none',
  'state.unreachable',
]);

const MAX_CHOICES = 3;

function fix(doc: FixableDocument, title: string, path: (string | number)[], value: unknown, preferred: boolean): QuickFix {
  return { title, text: editText(doc.text, doc.format, doc.definition, setIn(doc.definition, path, value)), preferred };
}

/** Fixes for one diagnostic of the document's definition (none when it has no fix or the path is stale). */
export function quickFixesFor(doc: FixableDocument, d: Diagnostic): QuickFix[] {
  const def = doc.definition;
  switch (d.code) {
    case 'state.next.missing': {
      if (!isObject(valueAt(def, d.path))) return [];
      return [fix(doc, 'Add "End": true', [...d.path, 'End'], true, true)];
    }
    case 'state.next.unknown':
    case 'machine.startAt.unknown': {
      const target = valueAt(def, d.path);
      const info = resolveOwner(def, d.path.slice(0, -1));
      if (typeof target !== 'string' || !info) return [];
      const field = String(d.path[d.path.length - 1]);
      return rankByCloseness(target, stateNamesFor(def, info))
        .slice(0, MAX_CHOICES)
        .map((name, i) => fix(doc, `Change ${field} to '${name}'`, d.path, name, i === 0));
    }
    case 'choice.default.none': {
      const state = valueAt(def, d.path);
      const info = resolveOwner(def, d.path);
      if (!isObject(state) || !info) return [];
      const self = d.path[d.path.length - 1];
      const ruleTargets = (Array.isArray(state.Choices) ? state.Choices : [])
        .map((r: unknown) => (isObject(r) && typeof r.Next === 'string' ? r.Next : undefined))
        .filter((n): n is string => n !== undefined);
      const names = stateNamesFor(def, info).filter((n) => n !== self);
      const others = names.filter((n) => !ruleTargets.includes(n));
      const ordered = [...new Set([...ruleTargets.filter((n) => names.includes(n)), ...others])];
      return ordered.slice(0, MAX_CHOICES).map((name, i) => fix(doc, `Add "Default": '${name}'`, [...d.path, 'Default'], name, i === 0));
    }
    case 'state.unreachable':
      return unreachableFixes(doc, d);
    default:
      return [];
  }
}

/**
 * An unreachable state: connect it from a state of its scope that ends there today (`"End": true` becomes
 * `"Next": <it>`), or delete it. Connecting comes first: a state the user drew is more likely missing an arrow
 * than unwanted.
 */
function unreachableFixes(doc: FixableDocument, d: Diagnostic): QuickFix[] {
  const name = d.path[d.path.length - 1];
  const statesPath = d.path.slice(0, -1);
  const states = valueAt(doc.definition, statesPath);
  if (typeof name !== 'string' || !isObject(states) || !isObject(states[name])) return [];
  const enders = Object.keys(states).filter((n) => n !== name && isObject(states[n]) && (states[n] as Record<string, unknown>).End === true);
  const connects = rankByCloseness(name, enders)
    .slice(0, MAX_CHOICES)
    .map((from, i) => {
      const state = { ...(states[from] as Record<string, unknown>) };
      delete state.End;
      state.Next = name;
      return fix(doc, `Connect '${from}' to '${name}'`, [...statesPath, from], state, i === 0);
    });
  const rest = Object.fromEntries(Object.entries(states).filter(([n]) => n !== name));
  return [...connects, fix(doc, `Delete state '${name}'`, statesPath, rest, connects.length === 0)];
}
