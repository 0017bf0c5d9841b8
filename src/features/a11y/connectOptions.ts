/**
 * The transitions the "Connect to…" dialog offers for a state, and the states it may go to. Pure: the dialog runs
 * the pick through `transition.connect`, whose rule refuses with a reason.
 */
import type { StateMachineDefinition } from '../../asl/types.ts';
import { stateId } from '../../asl/ids.ts';
import { canConnect } from '../../commands/rules.ts';
import type { Refusal } from '../../commands/refusals.ts';
import { getState, splitStateId, statesOf } from '../../commands/stateScopes.ts';
import { rankByName } from './matchRank.ts';
import { canCatch, isTerminalType } from '../../asl/stateTypes.ts';

export interface ConnectOption {
  /** The handle id `connectAction` takes: `next`, `default`, `choice-<i>`, `choice-new`, `catch-<i>`, `catch-new`. */
  handle: string;
  label: string;
  /** Replacing an existing Next or Default. */
  replace: boolean;
}

const targetOf = (x: unknown) => (x && typeof x === 'object' && typeof (x as { Next?: unknown }).Next === 'string' ? (x as { Next: string }).Next : undefined);

export function connectOptions(def: StateMachineDefinition | undefined, sourceId: string): ConnectOption[] {
  const s = def ? getState(def, sourceId) : undefined;
  if (!s || isTerminalType(s.Type)) return [];
  const out: ConnectOption[] = [];
  const rec = s as unknown as Record<string, unknown>;
  if (s.Type === 'Choice') {
    const rules = Array.isArray(rec.Choices) ? rec.Choices : [];
    out.push({ handle: 'choice-new', label: 'New Choice rule', replace: false });
    rules.forEach((r, i) => out.push({ handle: `choice-${i}`, label: `Rule ${i + 1}${targetOf(r) ? ` (now ${targetOf(r)})` : ''}`, replace: false }));
    const d = typeof rec.Default === 'string' ? rec.Default : undefined;
    out.push({ handle: 'default', label: d ? `Default (now ${d})` : 'Default', replace: d !== undefined });
  } else {
    const n = typeof rec.Next === 'string' ? rec.Next : undefined;
    out.push({ handle: 'next', label: n ? `Next (now ${n})` : 'Next', replace: n !== undefined });
  }
  if (canCatch(s.Type)) {
    out.push({ handle: 'catch-new', label: 'New Catch (States.ALL)', replace: false });
    const catchers = Array.isArray(rec.Catch) ? rec.Catch : [];
    catchers.forEach((c, i) => out.push({ handle: `catch-${i}`, label: `Catch ${i + 1}${targetOf(c) ? ` (now ${targetOf(c)})` : ''}`, replace: false }));
  }
  return out;
}

export interface TargetOption {
  id: string;
  name: string;
  /** True, or the rule's typed refusal of this target. */
  verdict: true | Refusal;
}

/**
 * The states of the source's scope (a transition cannot leave it) that match a query, best match first (the name
 * itself, a prefix, a word start, anywhere: see matchRank.ts), each with the rule's verdict.
 */
export function connectTargets(def: StateMachineDefinition | undefined, sourceId: string, option: ConnectOption | undefined, query: string): TargetOption[] {
  if (!def || !option) return [];
  const { scope } = splitStateId(sourceId);
  const kind = option.handle === 'next' ? 'next' : option.handle === 'default' ? 'default' : option.handle.startsWith('choice') ? 'choice' : 'catch';
  const m = /-(\d+)$/.exec(option.handle);
  return rankByName(Object.keys(statesOf(def, scope)), (name) => name, query).map((name) => {
    const id = stateId(scope, name);
    const verdict = canConnect(def, sourceId, id, kind, { replace: option.replace, ...(m ? { index: Number(m[1]) } : {}) });
    return { id, name, verdict };
  });
}
