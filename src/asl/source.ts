/**
 * A format-neutral tree of source positions: JSON (via jsonc-parser) and YAML (via yaml) documents are both turned
 * into `SourceNode`s, so that every state and field of a definition can be located in the text it came from.
 */
import type { JsonPathSegments } from './types.ts';

export type SourceKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface SourceNode {
  kind: SourceKind;
  /** 0-based offset and length of the value in the text. */
  offset: number;
  length: number;
  /** For a property value: where its key stands. */
  keyOffset?: number;
  keyLength?: number;
  /** Object members in source order (a duplicated key appears twice; the last one is the value). */
  members?: { key: string; node: SourceNode }[];
  items?: SourceNode[];
}

/** The node for a path, or undefined when the path does not exist in the source. */
export function findSource(root: SourceNode | undefined, path: JsonPathSegments): SourceNode | undefined {
  let node = root;
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'number') {
      node = node.items?.[seg];
    } else {
      const members = node.members;
      if (!members) return undefined;
      let found: SourceNode | undefined;
      for (let i = members.length - 1; i >= 0; i--) {
        if (members[i]!.key === seg) {
          found = members[i]!.node;
          break;
        }
      }
      node = found;
    }
  }
  return node;
}

/** The deepest node that exists along a path (the path itself when it exists). */
export function findNearestSource(
  root: SourceNode | undefined,
  path: JsonPathSegments,
): { node: SourceNode; depth: number } | undefined {
  if (!root) return undefined;
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    const next = findSource(node, [path[depth]!]);
    if (!next) return { node, depth };
    node = next;
  }
  return { node, depth: path.length };
}

/** The innermost node whose range contains an offset, with its path. */
export function sourceAtOffset(
  root: SourceNode | undefined,
  offset: number,
): { node: SourceNode; path: JsonPathSegments } | undefined {
  if (!root || offset < root.offset || offset > root.offset + root.length) return undefined;
  const path: JsonPathSegments = [];
  let node = root;
  for (;;) {
    let next: { seg: string | number; node: SourceNode } | undefined;
    if (node.members) {
      for (const m of node.members) {
        const start = m.node.keyOffset ?? m.node.offset;
        if (offset >= start && offset <= m.node.offset + m.node.length) next = { seg: m.key, node: m.node };
      }
    } else if (node.items) {
      node.items.forEach((item, i) => {
        if (offset >= item.offset && offset <= item.offset + item.length) next = { seg: i, node: item };
      });
    }
    if (!next) return { node, path };
    path.push(next.seg);
    node = next.node;
  }
}
