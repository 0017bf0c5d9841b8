/**
 * Keeping a jsonc-parser tree in step with the text edits `computeTextEdits` makes, one structural op at a time,
 * instead of parsing the whole text again after each op (a 1,000-state machine is ~300 KB: a parse per op made a
 * rename with a few references cost a dozen full parses). Only the changed value is parsed; nodes after the edit
 * move, the containers around it grow or shrink. Returns false when it cannot tell (the caller parses instead).
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { ancestry, moveTree, reflowTree, type JsonNode } from '../asl/jsonTree.ts';
import type { TextEdit } from './editCompose.ts';
import type { DiffOp } from './structuralDiff.ts';

export type { JsonNode };

/** The value starting at `start` in `text` (up to `limit`), as a tree with offsets in `text`. */
function parseValueAt(text: string, start: number, limit: number, parent: JsonNode): JsonNode | undefined {
  const node = parseTree(text.slice(start, limit)) as JsonNode | undefined;
  if (!node) return undefined;
  moveTree(node, start);
  node.parent = parent;
  return node;
}

const reflow = (root: JsonNode, edit: TextEdit, ancestors: Set<JsonNode>, skip: JsonNode | undefined) =>
  reflowTree(root, edit.offset, edit.length, edit.content.length, ancestors, skip);
const chain = ancestry;

const SEPARATOR = /[\s,]/;

/**
 * Updates `root` (the tree of the text before `edit`) so it is the tree of the text after it. `edit` is the one
 * `jsonEditFor` made for `op` (untrimmed), `target` the node it found for the op, `next` the edited text.
 */
export function patchTree(root: JsonNode, op: DiffOp, edit: TextEdit, target: JsonNode, next: string): boolean {
  switch (op.op) {
    case 'rename': {
      // target: the key node.
      reflow(root, edit, chain(target.parent), target);
      target.value = op.to;
      target.length = edit.content.length;
      return true;
    }
    case 'set': {
      // target: the value node, replaced by the parsed new value.
      const parent = target.parent;
      if (!parent) return false;
      const index = parent.children?.indexOf(target) ?? -1;
      if (index < 0) return false;
      reflow(root, edit, chain(parent), target);
      const value = parseValueAt(next, edit.offset, edit.offset + edit.content.length, parent);
      if (!value || value.length !== edit.content.length) return false;
      parent.children![index] = value;
      return true;
    }
    case 'remove': {
      // target: the member (property or item) that goes away, with its separator.
      const parent = target.parent;
      const index = parent?.children?.indexOf(target) ?? -1;
      if (!parent || index < 0) return false;
      reflow(root, edit, chain(parent), target);
      parent.children!.splice(index, 1);
      return true;
    }
    case 'insert': {
      // target: the container that gets the new member.
      reflow(root, edit, chain(target), undefined);
      const editEnd = edit.offset + edit.content.length;
      let start = edit.offset;
      while (start < editEnd && SEPARATOR.test(next[start]!)) start++;
      const kids = (target.children ??= []);
      const index = kids.filter((k) => k.offset < start).length;
      if (target.type === 'array') {
        const item = parseValueAt(next, start, editEnd, target);
        if (!item) return false;
        kids.splice(index, 0, item);
        return true;
      }
      const key = String(op.path[op.path.length - 1]);
      const keyText = JSON.stringify(key);
      if (!next.startsWith(keyText, start)) return false;
      const colon = next.indexOf(':', start + keyText.length);
      let valueStart = colon + 1;
      while (valueStart < editEnd && /\s/.test(next[valueStart]!)) valueStart++;
      const prop: JsonNode = { type: 'property', offset: start, length: 0, colonOffset: colon, parent: target, children: [] };
      const value = parseValueAt(next, valueStart, editEnd, prop);
      if (colon < 0 || !value) return false;
      prop.length = value.offset + value.length - start;
      prop.children = [{ type: 'string', value: key, offset: start, length: keyText.length, parent: prop }, value];
      kids.splice(index, 0, prop);
      return true;
    }
  }
}

/** The node `patchTree` needs for `op`: the renamed key, the replaced value, the removed member, the container. */
export function patchTarget(root: JsonNode, op: DiffOp): JsonNode | undefined {
  const at = (path: readonly (string | number)[]) =>
    path.length === 0 ? root : (findNodeAtLocation(root as Node, [...path]) as JsonNode | undefined);
  switch (op.op) {
    case 'rename':
      return [...(at(op.path)?.children ?? [])].reverse().find((p) => p.children?.[0]?.value === op.from)?.children?.[0];
    case 'set':
      return at(op.path);
    case 'remove': {
      const value = at(op.path);
      return value?.parent?.type === 'property' ? value.parent : value;
    }
    case 'insert':
      return at(op.path.slice(0, -1));
  }
}

const OPENER_CODES: Record<string, readonly [number, number]> = { object: [0x7b, 0x7d], array: [0x5b, 0x5d], string: [0x22, 0x22] };
const COLON = 0x3a;

/** A cheap consistency check of a tree against its text: every node's first and last characters fit its type. */
export function treeFits(text: string, root: JsonNode): boolean {
  // Iterative (a 1,000-state machine has ~100,000 nodes): a character code per bracket, no closures per node.
  const stack: JsonNode[] = [root];
  const size = text.length;
  for (let n = stack.pop(); n; n = stack.pop()) {
    const { offset, length } = n;
    if (offset < 0 || length <= 0 || offset + length > size) return false;
    const pair = OPENER_CODES[n.type];
    if (pair && (text.charCodeAt(offset) !== pair[0] || text.charCodeAt(offset + length - 1) !== pair[1])) return false;
    const kids = n.children;
    if (n.type === 'property') {
      const key = kids?.[0];
      const value = kids?.[1];
      if (!key || !value || key.offset !== offset || text.charCodeAt(n.colonOffset ?? -1) !== COLON) return false;
      if (value.offset + value.length !== offset + length) return false;
    }
    if (kids) {
      for (const c of kids) {
        if (c.parent !== n) return false;
        stack.push(c);
      }
    }
  }
  return true;
}
