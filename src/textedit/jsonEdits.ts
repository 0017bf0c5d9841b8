/**
 * One structural diff operation turned into one text edit on a JSON text, touching nothing but the changed value,
 * key, or the property/item being inserted or removed (with its separator). Values are replaced where their tree
 * node stands (where jsonc-parser `modify` would put them); inserted values are laid out in the style of their siblings (see `jsonStyle.ts`).
 * Insertion and removal are exact inverses on consistently formatted text, so undo restores the original bytes.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { JsonPathSegments } from '../asl/types.ts';
import type { DiffOp } from './structuralDiff.ts';
import type { TextEdit } from './editCompose.ts';
import { lineIndent, renderJson, startsLine, unitAround, type JsonStyle } from './jsonStyle.ts';

const end = (n: JsonNode) => n.offset + n.length;

function nodeAt(root: JsonNode | undefined, path: JsonPathSegments): JsonNode {
  const node = root && (path.length === 0 ? root : findNodeAtLocation(root, path));
  if (!node) throw new Error(`No JSON value at ${JSON.stringify(path)}`);
  return node;
}

/** The property node (for objects) or item node (for arrays) of the value at `path`. */
function memberAt(root: JsonNode | undefined, path: JsonPathSegments): { parent: JsonNode; member: JsonNode; index: number } {
  const parent = nodeAt(root, path.slice(0, -1));
  const value = nodeAt(root, path);
  const member = parent.type === 'object' ? value.parent! : value;
  const index = parent.children!.indexOf(member);
  return { parent, member, index };
}

/** The text between two siblings (the comma and the whitespace), to reuse for a new sibling. */
function separator(text: string, parent: JsonNode, style: JsonStyle): string {
  const kids = parent.children ?? [];
  if (kids.length >= 2) {
    const between = text.slice(end(kids[0]!), kids[1]!.offset);
    if (/^\s*,\s*$/.test(between)) return between;
  }
  const first = kids[0];
  if (first && startsLine(text, first.offset)) return `,${style.eol}${lineIndent(text, first.offset)}`;
  return ', ';
}

function insertEdit(text: string, root: JsonNode | undefined, op: Extract<DiffOp, { op: 'insert' }>, style: JsonStyle): TextEdit {
  const parent = nodeAt(root, op.path.slice(0, -1));
  const kids = parent.children ?? [];
  const key = op.path[op.path.length - 1]!;
  let index: number;
  if (parent.type === 'object') {
    const keys = kids.map((p) => p.children?.[0]?.value as string);
    index = op.after === undefined ? 0 : keys.lastIndexOf(op.after) + 1;
    if (op.after !== undefined && index === 0) index = kids.length;
  } else {
    index = Math.min(Number(key), kids.length);
  }
  const unit = unitAround(text, parent, style);
  const prefix = parent.type === 'object' ? `${JSON.stringify(key)}${style.colon}` : '';
  if (kids.length === 0) {
    const outer = lineIndent(text, parent.offset);
    const inner = outer + unit;
    const compact = parent.type === 'array' && style.compactArrays && (op.value === null || typeof op.value !== 'object');
    const body = compact
      ? prefix + renderJson(op.value, outer, unit, style)
      : `${style.eol}${inner}${prefix}${renderJson(op.value, inner, unit, style)}${style.eol}${outer}`;
    return { offset: parent.offset + 1, length: parent.length - 2, content: body };
  }
  const sep = separator(text, parent, style);
  const newLine = sep.lastIndexOf('\n');
  if (index === 0) {
    const first = kids[0]!;
    const indent = lineIndent(text, first.offset);
    return { offset: first.offset, length: 0, content: prefix + renderJson(op.value, indent, unit, style) + sep };
  }
  const prev = kids[index - 1]!;
  const indent = newLine >= 0 ? sep.slice(newLine + 1) : lineIndent(text, prev.offset);
  return { offset: end(prev), length: 0, content: sep + prefix + renderJson(op.value, indent, unit, style) };
}

function removeEdit(text: string, root: JsonNode | undefined, path: JsonPathSegments): TextEdit {
  const { parent, member, index } = memberAt(root, path);
  const kids = parent.children!;
  if (kids.length === 1) return { offset: parent.offset + 1, length: parent.length - 2, content: '' };
  if (index < kids.length - 1) return { offset: member.offset, length: kids[index + 1]!.offset - member.offset, content: '' };
  const prev = kids[index - 1]!;
  return { offset: end(prev), length: end(member) - end(prev), content: '' };
}

/**
 * The edit that performs `op` on `text` (which must be valid JSON holding the paths the op names). `root` is the
 * tree of `text` when the caller has it (see jsonTreePatch.ts), else `text` is parsed here.
 */
export function jsonEditFor(text: string, op: DiffOp, style: JsonStyle, root: JsonNode | undefined = parseTree(text)): TextEdit {
  switch (op.op) {
    case 'set': {
      const node = nodeAt(root, op.path);
      // A scalar renders without indentation: the unit (a pass over the whole text when inferred) is not needed.
      const scalar = op.value === null || typeof op.value !== 'object';
      const content = renderJson(op.value, lineIndent(text, node.offset), scalar ? '' : unitAround(text, node.parent, style), style);
      return { offset: node.offset, length: node.length, content };
    }
    case 'rename': {
      const parent = nodeAt(root, op.path);
      const prop = [...(parent.children ?? [])].reverse().find((p) => p.children?.[0]?.value === op.from);
      const keyNode = prop?.children?.[0];
      if (!keyNode) throw new Error(`No key ${op.from} at ${JSON.stringify(op.path)}`);
      return { offset: keyNode.offset, length: keyNode.length, content: JSON.stringify(op.to) };
    }
    case 'remove':
      return removeEdit(text, root, op.path);
    case 'insert':
      return insertEdit(text, root, op, style);
  }
}
