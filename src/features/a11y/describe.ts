/**
 * What a screen reader says for a state on the canvas: its name, type, run status and outgoing transitions, e.g.
 * "PlaceOrder, Task state, succeeded, next: SendNotification". Pure: no React, no store.
 */
import type { GraphEdge, StateGraph } from '../../asl/graph.ts';
import type { History } from '../../store/history.ts';

export interface StateDescription {
  name: string;
  /** The type's label ("Task"). */
  typeLabel: string;
  /** The simulation status (`in-progress`, `succeeded`…); `not-run` or undefined says nothing. */
  status?: string;
  isStart?: boolean;
  isTerminal?: boolean;
  errors?: number;
  warnings?: number;
  breakpoint?: boolean;
  /** Outgoing transitions, already phrased (see `transitionText`). */
  transitions?: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeState(d: StateDescription): string {
  const parts = [d.name, `${d.typeLabel} state`];
  if (d.isStart) parts.push('start');
  if (d.status && d.status !== 'not-run') parts.push(d.status.replace('-', ' '));
  if (d.breakpoint) parts.push('breakpoint');
  if (d.errors) parts.push(plural(d.errors, 'error'));
  if (d.warnings) parts.push(plural(d.warnings, 'warning'));
  parts.push(...(d.transitions ?? []));
  if (d.isTerminal && !(d.transitions ?? []).some((t) => t.startsWith('end'))) parts.push('end');
  return parts.join(', ');
}

/** One outgoing transition in words: "next: B", "rule 1: B", "default: C", "catch States.ALL: D", "end". */
export function transitionText(edge: GraphEdge, targetName: string | undefined): string {
  switch (edge.kind) {
    case 'end':
      return 'end';
    case 'next':
      return `next: ${targetName ?? edge.target}`;
    case 'default':
      return `default: ${targetName ?? edge.target}`;
    case 'choice':
      return `rule ${(edge.index ?? 0) + 1}: ${targetName ?? edge.target}`;
    case 'catch':
      return `catch${edge.label ? ` ${edge.label}` : ''}: ${targetName ?? edge.target}`;
    case 'start':
      return `start: ${targetName ?? edge.target}`;
  }
}

const cache = new WeakMap<StateGraph, Map<string, string[]>>();

/** The outgoing transitions of every state, phrased, indexed once per graph (nodes look theirs up in O(1)). */
export function outgoingTransitions(graph: StateGraph, id: string): readonly string[] {
  let index = cache.get(graph);
  if (!index) {
    index = new Map();
    for (const e of graph.edges) {
      if (e.kind === 'start') continue;
      const list = index.get(e.source) ?? [];
      list.push(transitionText(e, e.kind === 'end' ? undefined : graph.byId.get(e.target)?.name));
      index.set(e.source, list);
    }
    cache.set(graph, index);
  }
  return index.get(id) ?? NONE;
}
const NONE: readonly string[] = [];

/**
 * What the polite live region says after an edit, an undo or a redo (compares two history states). Typing in the
 * code editor is not announced (the editor speaks for itself).
 */
export function historyAnnouncement(prev: History, next: History, selectedName: string | undefined): string | undefined {
  if (prev === next) return undefined;
  const top = next.past.at(-1);
  if (next.future.length > prev.future.length) return `Undone: ${next.future.at(-1)?.label ?? 'edit'}`;
  const redo = next.future.length === prev.future.length - 1 && next.future.every((e, i) => e === prev.future[i]) && top?.label === prev.future.at(-1)?.label;
  if (redo) return `Redone: ${top?.label ?? 'edit'}`;
  if (top && top !== prev.past.at(-1)) return selectedName ? `${top.label}: ${selectedName}` : top.label;
  return undefined;
}
