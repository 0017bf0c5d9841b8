/** Test helper: a JSON syntax tree as plain data (no parent links), for deep-equality checks between parses. */
export interface PlainTree {
  type: string;
  offset: number;
  length: number;
  colonOffset?: number;
  value?: unknown;
  children?: PlainTree[];
}

interface TreeNode {
  type: string;
  offset: number;
  length: number;
  colonOffset?: number;
  value?: unknown;
  children?: TreeNode[];
}

export function plainTree(n: TreeNode): PlainTree {
  const out: PlainTree = { type: n.type, offset: n.offset, length: n.length };
  if (n.colonOffset !== undefined) out.colonOffset = n.colonOffset;
  if (!n.children) out.value = n.value;
  else out.children = n.children.map(plainTree);
  return out;
}
