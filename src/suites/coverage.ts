/**
 * Test coverage of a definition: which states a suite entered and which transitions it took — each `Next`, each
 * Choice rule, `Default`, each Catch and each Retry path — counted from the inspection records the simulator keeps
 * per attempt (src/simulator/execution.ts: `choiceRule`, `retrier`, `catcher`). Inside a Parallel or Map, thread
 * paths (`Par/0/Inner`, `Map/12/Inner`) resolve to state ids (`Par/~b0/Inner`, `Map/~p/Inner`), so all iterations
 * of a Map count for the same states.
 *
 * Items are named like the canvas: a state by its id, a transition by its graph edge id (src/asl/graph.ts:
 * `A->next->B`, `C->choice0->D`, `C->default->E`, `T->catch1->F`), a retry path `T->retry0` (one per Retrier).
 * The edges to the end and from the start are not transitions of their own (a state entered covers them).
 */
import { toGraph, type GraphEdgeKind } from '../asl/graph.ts';
import { stateIds } from '../asl/ids.ts';
import { isRecord } from '../asl/values.ts';
import { jsonPathOfId } from '../asl/ids.ts';
import type { StateInspection } from '../simulator/execution.ts';

export type TransitionKind = 'next' | 'choice' | 'default' | 'catch' | 'retry';

export interface CoverageItem {
  id: string;
  /** The state the transition leaves (for a state item, the state itself). */
  stateId: string;
  kind: 'state' | TransitionKind;
  /** Choice rule, Catcher or Retrier index. */
  index?: number;
  /** Words for a list: "Check → Approve (rule 1)". */
  label: string;
}

export interface CoverageModel {
  states: CoverageItem[];
  transitions: CoverageItem[];
  /** `${stateId}|${kind}|${index}` → transition id, for counting. */
  routes: Map<string, string>;
}

/** Times each item (state id or transition id) was taken; absent = never. */
export type CoverageCounts = Record<string, number>;

const TRANSITION_KINDS = new Set<GraphEdgeKind>(['next', 'choice', 'default', 'catch']);

const routeKey = (stateId: string, kind: TransitionKind, index?: number) => `${stateId}|${kind}|${index ?? ''}`;

function stateAt(definition: unknown, id: string): Record<string, unknown> | undefined {
  let v: unknown = definition;
  for (const seg of jsonPathOfId(id, (p) => {
    let m: unknown = definition;
    for (const s of p) m = isRecord(m) ? m[s as string] : Array.isArray(m) ? m[s as number] : undefined;
    return isRecord(m) && isRecord(m.Iterator) && !isRecord(m.ItemProcessor) ? 'Iterator' : 'ItemProcessor';
  })) {
    v = isRecord(v) ? v[seg as string] : Array.isArray(v) ? v[seg as number] : undefined;
  }
  return isRecord(v) ? v : undefined;
}

/** Every state and transition of a definition that a suite can cover. */
export function coverageModel(definition: unknown): CoverageModel {
  const graph = toGraph(definition);
  const states: CoverageItem[] = [];
  const transitions: CoverageItem[] = [];
  const routes = new Map<string, string>();
  const names = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.kind !== 'state') continue;
    names.set(n.id, n.name);
    states.push({ id: n.id, stateId: n.id, kind: 'state', label: n.name });
  }
  for (const e of graph.edges) {
    if (!TRANSITION_KINDS.has(e.kind)) continue;
    const kind = e.kind as TransitionKind;
    const from = names.get(e.source) ?? e.source;
    const to = names.get(e.target) ?? e.target;
    const what = kind === 'choice' ? ` (rule ${(e.index ?? 0) + 1})` : kind === 'default' ? ' (Default)' : kind === 'catch' ? ` (Catch ${e.label ?? ''})` : '';
    transitions.push({ id: e.id, stateId: e.source, kind, index: e.index, label: `${from} → ${to}${what}` });
    routes.set(routeKey(e.source, kind, kind === 'next' || kind === 'default' ? undefined : e.index), e.id);
  }
  for (const s of states) {
    const def = stateAt(definition, s.id);
    const retry = def && Array.isArray(def.Retry) ? def.Retry : [];
    retry.forEach((r, i) => {
      const errs = isRecord(r) && Array.isArray(r.ErrorEquals) ? r.ErrorEquals.join(', ') : '';
      const id = `${s.id}->retry${i}`;
      transitions.push({ id, stateId: s.id, kind: 'retry', index: i, label: `${s.label} retried (${errs || `Retry ${i + 1}`})` });
      routes.set(routeKey(s.id, 'retry', i), id);
    });
  }
  return { states, transitions, routes };
}

type Record_ = Pick<StateInspection, 'path' | 'retryCount' | 'error' | 'output' | 'choiceRule' | 'retrier' | 'catcher'>;

function bump(counts: CoverageCounts, id: string | undefined): void {
  if (id !== undefined) counts[id] = (counts[id] ?? 0) + 1;
}

/**
 * Adds one run's inspection records to `counts` (mutated and returned): each first attempt enters its state; an
 * attempt that was retried takes its retry path, one that was caught its Catch, a Choice its rule or Default, and
 * any other attempt that ended with an output its Next.
 */
export function countRun(definition: unknown, model: CoverageModel, records: Iterable<Record_>, counts: CoverageCounts = {}): CoverageCounts {
  const resolve = stateIds(definition).ofPath;
  for (const rec of records) {
    const id = resolve(rec.path);
    if (id === undefined) continue;
    if (rec.retryCount === 0) bump(counts, id);
    if (rec.retrier !== undefined) bump(counts, model.routes.get(routeKey(id, 'retry', rec.retrier)));
    else if (rec.catcher !== undefined) bump(counts, model.routes.get(routeKey(id, 'catch', rec.catcher)));
    else if (rec.error !== undefined) continue;
    else if (rec.choiceRule !== undefined) {
      bump(counts, model.routes.get(rec.choiceRule < 0 ? routeKey(id, 'default') : routeKey(id, 'choice', rec.choiceRule)));
    } else if (rec.output !== undefined) bump(counts, model.routes.get(routeKey(id, 'next')));
  }
  return counts;
}

/** The state ids a run entered (any depth), for `visits` expectations. */
export function visitedStates(definition: unknown, records: Iterable<Pick<StateInspection, 'path'>>): string[] {
  const resolve = stateIds(definition).ofPath;
  const seen = new Set<string>();
  for (const rec of records) {
    const id = resolve(rec.path);
    if (id !== undefined) seen.add(id);
  }
  return [...seen];
}

export interface CoverageRatio {
  covered: number;
  total: number;
  /** 0–100, one decimal; 100 when there is nothing to cover. */
  percent: number;
}

export interface CoverageSummary {
  states: CoverageRatio;
  transitions: CoverageRatio;
  uncoveredStates: CoverageItem[];
  uncoveredTransitions: CoverageItem[];
}

function ratio(items: CoverageItem[], counts: CoverageCounts): CoverageRatio {
  const covered = items.filter((i) => (counts[i.id] ?? 0) > 0).length;
  const percent = items.length === 0 ? 100 : Math.floor((covered / items.length) * 1000) / 10;
  return { covered, total: items.length, percent };
}

export function summarizeCoverage(model: CoverageModel, counts: CoverageCounts): CoverageSummary {
  return {
    states: ratio(model.states, counts),
    transitions: ratio(model.transitions, counts),
    uncoveredStates: model.states.filter((i) => !counts[i.id]),
    uncoveredTransitions: model.transitions.filter((i) => !counts[i.id]),
  };
}
