/**
 * jsonc-parser trees kept up to date through text edits instead of parsing a large text again: a tree can move
 * (`moveTree`), make room for an edit (`reflowTree`), and take an edit inside one of its objects or arrays by parsing
 * only that container's new text (`reparseEdited`). Used by the document parse (typing in the editor) and by canvas
 * edits (src/textedit/jsonTreePatch.ts).
 */
import { parseTree, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';

/** jsonc-parser's node, writable (its type is read-only; the trees it returns are plain objects we own). */
export interface JsonNode {
  type: Node['type'];
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: JsonNode;
  children?: JsonNode[];
}

/** Moves a whole subtree by `delta` characters. */
export function moveTree(node: JsonNode, delta: number): void {
  node.offset += delta;
  if (node.colonOffset !== undefined) node.colonOffset += delta;
  for (const c of node.children ?? []) moveTree(c, delta);
}

/**
 * Makes room in a tree for an edit of [offset, offset + length) to `newLength` characters: `ancestors` contain it
 * (they grow by the difference), `skip` is the subtree being replaced or removed, everything else is either
 * before the edit (unchanged) or after it (moved).
 */
export function reflowTree(root: JsonNode, offset: number, length: number, newLength: number, ancestors: Set<JsonNode>, skip: JsonNode | undefined): void {
  const delta = newLength - length;
  const end = offset + length;
  const visit = (node: JsonNode) => {
    if (node === skip) return;
    if (ancestors.has(node)) {
      node.length += delta;
      if (node.colonOffset !== undefined && node.colonOffset >= end) node.colonOffset += delta;
      for (const c of node.children ?? []) visit(c);
    } else if (node.offset >= end) {
      moveTree(node, delta);
    }
  };
  if (delta !== 0) visit(root);
}

/** A node and everything above it. */
export function ancestry(node: JsonNode | undefined): Set<JsonNode> {
  const out = new Set<JsonNode>();
  for (let n = node; n; n = n.parent) out.add(n);
  return out;
}

const isContainer = (n: JsonNode | undefined): n is JsonNode => n !== undefined && (n.type === 'object' || n.type === 'array');

/**
 * The tree of `text`, from `tree` (the tree of `oldText`) where the two texts differ inside one object or array
 * (its brackets untouched) that is not the whole document: only that container's new text is parsed, and it must
 * parse cleanly (with `options`) into a container of the same kind filling exactly its place. Otherwise undefined
 * (parse it all). Changes `tree` in place.
 */
export function reparseEdited(oldText: string, tree: JsonNode, text: string, options: ParseOptions): JsonNode | undefined {
  const max = Math.min(oldText.length, text.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === text.charCodeAt(start)) start++;
  let endOld = oldText.length;
  let endNew = text.length;
  while (endOld > start && endNew > start && oldText.charCodeAt(endOld - 1) === text.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  const inside = (n: JsonNode) => n.offset < start && endOld < n.offset + n.length;
  let node: JsonNode = tree;
  for (;;) {
    const next = node.children?.map((c) => (c.type === 'property' ? c.children?.[1] : c)).find((c) => isContainer(c) && inside(c));
    if (!next) break;
    node = next;
  }
  const parent = node.parent;
  if (node === tree || !parent?.children) return undefined;
  const delta = endNew - endOld;
  const newLength = node.length + delta;
  const errors: ParseError[] = [];
  const fresh = parseTree(text.slice(node.offset, node.offset + newLength), errors, options) as JsonNode | undefined;
  if (errors.length > 0 || !fresh || fresh.type !== node.type || fresh.offset !== 0 || fresh.length !== newLength) return undefined;
  const index = parent.children.indexOf(node);
  if (index < 0) return undefined;
  reflowTree(tree, node.offset, node.length, newLength, ancestry(parent), node);
  moveTree(fresh, node.offset);
  fresh.parent = parent;
  parent.children[index] = fresh;
  return tree;
}
