/**
 * Graph projection: a node per state, Parallel branches and the Map item processor as nested groups, and an edge
 * per `Next`, `Default`, Choice rule and Catch. The canvas and the layout are computed from this, never stored.
 */
import { branchId, processorId, stateId } from './ids.ts';
import { describeChoiceRule } from './choiceSummary.ts';
import { isStateType, type ChoiceRule, type JsonPathSegments, type State, type StateType } from './types.ts';
import { isRecord as isObject } from './values.ts';
import { endsThread, isContainerType } from './stateTypes.ts';

export type GraphNodeKind = 'state' | 'branch' | 'processor' | 'start' | 'end';
export type GraphEdgeKind = 'start' | 'next' | 'default' | 'choice' | 'catch' | 'end';

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  /** State name, or a label for containers and markers. */
  name: string;
  stateType?: StateType;
  /** The enclosing state (for a branch/processor) or group (for a state inside one). */
  parentId?: string;
  /** Where the state (or the branch/processor object) stands in the definition. */
  jsonPath: JsonPathSegments;
  isStart?: boolean;
  /** `End: true`, Succeed or Fail. */
  isTerminal?: boolean;
  /** Whether it holds child groups/states (Parallel, Map, branch, processor). */
  isGroup?: boolean;
  comment?: string;
  /** A Choice's number of rules (its `Choices`, with or without a Next): where its out handles sit. */
  ruleCount?: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  label?: string;
  /** Index of the Choice rule or Catcher. */
  index?: number;
}

export interface StateGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Node id by state id, for quick lookup. */
  byId: Map<string, GraphNode>;
}

interface Scope {
  id: string;
  statesPath: JsonPathSegments;
  startAt: unknown;
  states: unknown;
}

export const START_ID = '~start';
export const END_ID = '~end';

function sameFields<T extends object>(a: T, b: T): boolean {
  const ka = Object.keys(a) as (keyof T)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

/**
 * The graph of a definition. With the `previous` graph, every node and edge equal to its predecessor (same id, same
 * fields) is that predecessor object, and an unchanged graph is `previous` itself: whatever is derived from the
 * graph (layout, canvas nodes) can tell what changed by identity.
 */
export function toGraph(definition: unknown, previous?: StateGraph): StateGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const byId = new Map<string, GraphNode>();
  const add = (fresh: GraphNode) => {
    const old = previous?.byId.get(fresh.id);
    const n = old && sameFields(old, fresh) ? old : fresh;
    nodes.push(n);
    byId.set(n.id, n);
  };
  if (!isObject(definition)) return { nodes, edges, byId };

  add({ id: START_ID, kind: 'start', name: 'Start', jsonPath: ['StartAt'] });
  add({ id: END_ID, kind: 'end', name: 'End', jsonPath: [] });

  const visitScope = (scope: Scope, parentId: string | undefined) => {
    if (!isObject(scope.states)) return;
    const names = Object.keys(scope.states);
    const idOf = (name: unknown) =>
      typeof name === 'string' && Object.prototype.hasOwnProperty.call(scope.states, name) ? stateId(scope.id, name) : undefined;
    for (const name of names) {
      const state = (scope.states as Record<string, unknown>)[name];
      const id = stateId(scope.id, name);
      const type = isObject(state) && isStateType(state.Type) ? state.Type : undefined;
      const s = (isObject(state) ? state : {}) as Partial<State>;
      const terminal = endsThread(s);
      add({
        id,
        kind: 'state',
        name,
        stateType: type,
        parentId,
        jsonPath: [...scope.statesPath, name],
        isStart: scope.startAt === name,
        isTerminal: terminal,
        isGroup: isContainerType(type),
        comment: typeof s.Comment === 'string' ? s.Comment : undefined,
        ...(type === 'Choice' ? { ruleCount: Array.isArray(s.Choices) ? s.Choices.length : 0 } : {}),
      });
      const edge = (kind: GraphEdgeKind, target: unknown, index?: number, label?: string) => {
        const t = idOf(target);
        if (!t) return;
        edges.push({ id: `${id}->${kind}${index ?? ''}->${t}`, source: id, target: t, kind, index, label });
      };
      if (type === 'Choice') {
        const choices = Array.isArray(s.Choices) ? s.Choices : [];
        choices.forEach((rule: ChoiceRule, i: number) => {
          if (isObject(rule)) edge('choice', rule.Next, i, describeChoiceRule(rule));
        });
        edge('default', (s as { Default?: unknown }).Default, undefined, 'Default');
      } else {
        edge('next', s.Next);
      }
      const catchers = Array.isArray(s.Catch) ? s.Catch : [];
      catchers.forEach((c, i) => {
        if (isObject(c)) {
          const errs = Array.isArray(c.ErrorEquals) ? c.ErrorEquals.join(', ') : '';
          edge('catch', c.Next, i, errs || 'Catch');
        }
      });
      if (!parentId && terminal) edges.push({ id: `${id}->end`, source: id, target: END_ID, kind: 'end' });
      if (type === 'Parallel' && Array.isArray(s.Branches)) {
        s.Branches.forEach((branch, i) => {
          const bid = branchId(id, i);
          const bpath = [...scope.statesPath, name, 'Branches', i];
          add({ id: bid, kind: 'branch', name: `Branch ${i + 1}`, parentId: id, jsonPath: bpath, isGroup: true });
          if (isObject(branch)) {
            visitScope({ id: bid, statesPath: [...bpath, 'States'], startAt: branch.StartAt, states: branch.States }, bid);
          }
        });
      }
      if (type === 'Map') {
        const field = isObject(s.ItemProcessor) ? 'ItemProcessor' : isObject(s.Iterator) ? 'Iterator' : undefined;
        if (field) {
          const proc = s[field] as Record<string, unknown>;
          const pid = processorId(id);
          const ppath = [...scope.statesPath, name, field];
          add({ id: pid, kind: 'processor', name: 'Item processor', parentId: id, jsonPath: ppath, isGroup: true });
          visitScope({ id: pid, statesPath: [...ppath, 'States'], startAt: proc.StartAt, states: proc.States }, pid);
        }
      }
    }
  };

  visitScope({ id: '', statesPath: ['States'], startAt: definition.StartAt, states: definition.States }, undefined);
  const startTarget =
    typeof definition.StartAt === 'string' && isObject(definition.States) && Object.prototype.hasOwnProperty.call(definition.States, definition.StartAt)
      ? stateId('', definition.StartAt)
      : undefined;
  if (startTarget) edges.push({ id: `start->${startTarget}`, source: START_ID, target: startTarget, kind: 'start' });
  return previous ? reuse(previous, { nodes, edges, byId }) : { nodes, edges, byId };
}

function reuse(previous: StateGraph, next: StateGraph): StateGraph {
  const oldEdges = new Map(previous.edges.map((e) => [e.id, e]));
  let same = next.nodes.length === previous.nodes.length && next.edges.length === previous.edges.length;
  next.nodes.forEach((n, i) => (same &&= n === previous.nodes[i]));
  const edges = next.edges.map((e, i) => {
    const old = oldEdges.get(e.id);
    const keep = old && sameFields(old, e) ? old : e;
    same &&= keep === previous.edges[i];
    return keep;
  });
  return same ? previous : { nodes: next.nodes, edges, byId: next.byId };
}

/** The id of the innermost state whose definition contains a JSON path (for cursor → node selection). */
export function stateIdAtJsonPath(graph: StateGraph, path: JsonPathSegments): string | undefined {
  let best: GraphNode | undefined;
  for (const n of graph.nodes) {
    if (n.kind !== 'state' || n.jsonPath.length > path.length) continue;
    if (best && n.jsonPath.length <= best.jsonPath.length) continue;
    if (n.jsonPath.every((seg, i) => seg === path[i])) best = n;
  }
  return best?.id;
}
