/**
 * Structural diff operations applied to a YAML text through the yaml package's Document API (so comments and the
 * styles of untouched nodes survive). The yaml printer normalises formatting, so each operation's edit is cut out
 * of the reprinted text at the innermost enclosing node whose reprint equals its original text; only when no such
 * node exists is a wider span (at worst the whole document) replaced.
 */
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { yaml } from '../asl/yamlLib.ts';
import type { JsonPathSegments } from '../asl/types.ts';
import { diffText, type TextEdit } from './editCompose.ts';
import type { DiffOp } from './structuralDiff.ts';
import { directYamlEdit } from './yamlDirect.ts';

export interface YamlStyle {
  indent: number;
  eol: string;
}

export function inferYamlStyle(text: string): YamlStyle {
  const m = /^(?:[^\S\r\n]*\S.*\r?\n)+?( +)\S/m.exec(text);
  const n = m?.[1]?.length ?? 2;
  return { indent: n >= 1 && n <= 8 ? n : 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function print(doc: Document, style: YamlStyle): string {
  const out = doc.toString({ indent: style.indent, lineWidth: 0, minContentWidth: 0 });
  return style.eol === '\n' ? out : out.replace(/\r?\n/g, style.eol);
}

/** A node's text range, without the trailing whitespace that block collections' ranges run on into. */
function nodeRange(doc: Document, text: string, path: JsonPathSegments): [number, number] | undefined {
  const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as YamlNode | null | undefined;
  const r = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
  if (!r) return undefined;
  let end = r[1];
  while (end > r[0] && /\s/.test(text[end - 1]!)) end--;
  return [r[0], end];
}

/** The whole text reprinted after applying every op through the Document API (comments kept, layout normalised). */
export function reprintYaml(text: string, ops: readonly DiffOp[], style: YamlStyle): string {
  const doc = yaml().parseDocument(text);
  for (const op of ops) applyOp(doc, op);
  return print(doc, style);
}

function pairOf(doc: Document, path: JsonPathSegments, key: string): Pair | undefined {
  const map = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as unknown;
  if (!yaml().isMap(map)) return undefined;
  return [...map.items].reverse().find((p) => (yaml().isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
}

function applyOp(doc: Document, op: DiffOp): void {
  switch (op.op) {
    case 'set': {
      const node = (op.path.length === 0 ? doc.contents : doc.getIn(op.path, true)) as unknown;
      const v = op.value;
      if (yaml().isScalar(node) && (v === null || typeof v !== 'object') && typeof node.value === typeof v) {
        node.value = v;
      } else if (op.path.length === 0) {
        doc.contents = doc.createNode(v) as typeof doc.contents;
      } else {
        doc.setIn(op.path, doc.createNode(v));
      }
      return;
    }
    case 'remove':
      doc.deleteIn(op.path);
      return;
    case 'rename': {
      const pair = pairOf(doc, op.path, op.from);
      if (!pair) throw new Error(`No key ${op.from} at ${JSON.stringify(op.path)}`);
      if (yaml().isScalar(pair.key)) pair.key.value = op.to;
      else pair.key = doc.createNode(op.to);
      return;
    }
    case 'insert': {
      const parentPath = op.path.slice(0, -1);
      const parent = (parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true)) as unknown;
      const key = op.path[op.path.length - 1]!;
      // An empty `{}` or `[]` that gets content turns into a block collection, like the rest of the document.
      if ((yaml().isSeq(parent) || yaml().isMap(parent)) && parent.items.length === 0 && parent.flow) parent.flow = false;
      if (yaml().isSeq(parent)) {
        parent.items.splice(Number(key), 0, doc.createNode(op.value));
      } else if (yaml().isMap(parent)) {
        const keys = parent.items.map((p) => (yaml().isScalar(p.key) ? String(p.key.value) : String(p.key)));
        const at = op.after === undefined ? 0 : keys.lastIndexOf(op.after) + 1 || keys.length;
        parent.items.splice(at, 0, doc.createPair(key, op.value) as Pair);
      } else {
        doc.setIn(op.path, doc.createNode(op.value));
      }
      return;
    }
  }
}

/** The path of the node whose text an op changes: the value for `set`, the enclosing collection otherwise. */
function anchorOf(op: DiffOp): JsonPathSegments {
  return op.op === 'set' ? op.path : op.op === 'rename' ? op.path : op.path.slice(0, -1);
}

/** The edit performing `op` on the YAML `text`. */
export function yamlEditFor(text: string, op: DiffOp, style: YamlStyle): TextEdit | undefined {
  const original = yaml().parseDocument(text);
  const direct = directYamlEdit(text, original, op, style);
  if (direct) return direct;
  const doc = yaml().parseDocument(text);
  const beforeText = print(doc, style);
  const before = yaml().parseDocument(beforeText);
  applyOp(doc, op);
  const afterText = print(doc, style);
  const after = yaml().parseDocument(afterText);
  const anchor = anchorOf(op);
  for (let depth = anchor.length; depth >= 0; depth--) {
    const path = anchor.slice(0, depth);
    const orig = nodeRange(original, text, path);
    const canon = nodeRange(before, beforeText, path);
    const next = nodeRange(after, afterText, path);
    if (!orig || !canon || !next) continue;
    if (text.slice(orig[0], orig[1]) !== beforeText.slice(canon[0], canon[1])) continue;
    // The node printed exactly as written: splice in its reprint after the change.
    return { offset: orig[0], length: orig[1] - orig[0], content: afterText.slice(next[0], next[1]) };
  }
  return diffText(text, afterText);
}
