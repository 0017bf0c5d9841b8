/** Pure helpers of the workflow library: ids, new records, unique names, search. */
import { detectFormat } from '../asl/parse.ts';
import { emptySidecar, type LayoutSidecar } from '../layout/sidecar.ts';
import type { WorkflowMeta, WorkflowRecord } from './db.ts';

export function newWorkflowId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `wf-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface NewWorkflow {
  name: string;
  text: string;
  sidecar?: LayoutSidecar;
  extras?: Record<string, unknown>;
}

/** A record not yet stored (revision 0). */
export function makeRecord(w: NewWorkflow, now: number, id = newWorkflowId()): WorkflowRecord {
  return {
    id,
    name: w.name,
    text: w.text,
    format: detectFormat(w.text),
    sidecar: w.sidecar ?? emptySidecar(),
    extras: w.extras ?? {},
    revision: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** `name`, or `name (2)`, `name (3)`… whichever is not taken (case-insensitive). */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = name.trim() || 'Untitled workflow';
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The copy of a workflow's name: `X (copy)`, then `X (copy 2)`… */
export function copyName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const first = `${name} (copy)`;
  if (!used.has(first.toLowerCase())) return first;
  for (let i = 2; ; i++) {
    const candidate = `${name} (copy ${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Workflows whose name contains every word of the query (case-insensitive). */
export function searchWorkflows(list: WorkflowMeta[], query: string): WorkflowMeta[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return list;
  return list.filter((w) => words.every((word) => w.name.toLowerCase().includes(word)));
}

/** A workflow name from a file name: `orders.asl.yaml` → `orders`. */
export function nameFromFile(fileName: string): string {
  return fileName.replace(/\.(asl\.)?(json|ya?ml)$/i, '').trim() || 'Imported workflow';
}
