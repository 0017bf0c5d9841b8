/**
 * Direct YAML text edits that need no reprint: a scalar value or key replaced in place (keeping its quoting
 * style), and a property or item added to or removed from a block collection as whole lines indented like its
 * siblings. They return undefined when the shape is not one they handle (flow collections, the only entry of a
 * collection, an entry that shares its line with a parent), and the caller reprints instead.
 */
import type { Document, Node as YamlNode, Pair, Scalar } from 'yaml';
import { yaml } from '../asl/yamlLib.ts';
import type { JsonPathSegments } from '../asl/types.ts';
import type { TextEdit } from './editCompose.ts';
import { lineStart, startsLine } from './jsonStyle.ts';
import type { DiffOp } from './structuralDiff.ts';
import type { YamlStyle } from './yamlEdits.ts';

function nodeAt(doc: Document, path: JsonPathSegments): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

function keyOf(p: Pair): string {
  return yaml().isScalar(p.key) ? String(p.key.value) : String(p.key);
}

function plain(v: unknown): string {
  return yaml().stringify(v, { lineWidth: 0 }).replace(/\r?\n$/, '');
}

/**
 * A scalar in the quoting style of the one it replaces; when that one was quoted only because it had to be (an
 * empty string, `"true"`, `"5"`), the default style is used instead.
 */
export function renderScalar(v: unknown, type: Scalar['type'], old?: unknown): string {
  const forced = typeof old === 'string' && /^["']/.test(plain(old));
  if (typeof v === 'string' && !forced) {
    if (type === 'QUOTE_DOUBLE') return JSON.stringify(v);
    if (type === 'QUOTE_SINGLE') return `'${v.replace(/'/g, "''")}'`;
  }
  const s = plain(v);
  return s.includes('\n') ? JSON.stringify(v) : s;
}

/** The offset just past the line break that ends the line holding `offset` (the text length when none). */
function nextLineStart(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** Where an entry (map pair or sequence item) starts: its key, or the `-` of an item. */
function entryStart(text: string, entry: Pair | YamlNode, inSeq: boolean): number | undefined {
  const node = (inSeq ? entry : (entry as Pair).key) as YamlNode | null;
  const start = node?.range?.[0];
  if (start === undefined) return undefined;
  if (!inSeq) return start;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '-' ? i : undefined;
}

/** Where an entry's content ends (block collections' ranges run on to the next entry: back off whitespace). */
function entryEnd(text: string, entry: Pair | YamlNode, inSeq: boolean): number | undefined {
  const node = (inSeq ? entry : ((entry as Pair).value ?? (entry as Pair).key)) as YamlNode | null;
  let end = node?.range?.[1];
  if (end === undefined) return undefined;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** `value` printed as a block entry (`key: value` or `- value`), each line indented by `indent`. */
function renderEntry(key: string | undefined, value: unknown, indent: string, style: YamlStyle, eol: string): string {
  const body = yaml().stringify(key === undefined ? [value] : { [key]: value }, { indent: style.indent, lineWidth: 0 });
  return body
    .replace(/\r?\n$/, '')
    .split('\n')
    .map((l) => indent + l)
    .join(eol) + eol;
}

export function directYamlEdit(text: string, doc: Document, op: DiffOp, style: YamlStyle): TextEdit | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (op.op === 'set') {
    const node = nodeAt(doc, op.path);
    if (!yaml().isScalar(node) || !node.range || (op.value !== null && typeof op.value === 'object')) return undefined;
    return { offset: node.range[0], length: node.range[1] - node.range[0], content: renderScalar(op.value, node.type, node.value) };
  }
  if (op.op === 'rename') {
    const map = nodeAt(doc, op.path);
    const pair = yaml().isMap(map) ? [...map.items].reverse().find((p) => keyOf(p) === op.from) : undefined;
    const key = pair?.key;
    if (!yaml().isScalar(key) || !key.range) return undefined;
    return { offset: key.range[0], length: key.range[1] - key.range[0], content: renderScalar(op.to, key.type, key.value) };
  }
  const parentPath = op.path.slice(0, -1);
  const parent = nodeAt(doc, parentPath);
  if (!(yaml().isMap(parent) || yaml().isSeq(parent)) || parent.flow) return undefined;
  const inSeq = yaml().isSeq(parent);
  const items = parent.items as (Pair | YamlNode)[];
  const last = op.path[op.path.length - 1]!;
  if (op.op === 'remove') {
    if (items.length < 2) return undefined;
    const index = inSeq ? Number(last) : items.map((p) => keyOf(p as Pair)).lastIndexOf(String(last));
    const entry = items[index];
    const start = entry && entryStart(text, entry, inSeq);
    const end = entry && entryEnd(text, entry, inSeq);
    if (start === undefined || end === undefined || !startsLine(text, start)) return undefined;
    const from = lineStart(text, start);
    return { offset: from, length: nextLineStart(text, end) - from, content: '' };
  }
  if (op.op !== 'insert' || items.length === 0) return undefined;
  const keys = inSeq ? [] : items.map((p) => keyOf(p as Pair));
  const index = inSeq ? Number(last) : op.after === undefined ? 0 : keys.lastIndexOf(op.after) + 1 || keys.length;
  const sibling = items[Math.max(0, index - 1)]!;
  const sibStart = entryStart(text, sibling, inSeq);
  if (sibStart === undefined || !startsLine(text, sibStart)) return undefined;
  const indent = text.slice(lineStart(text, sibStart), sibStart);
  const content = renderEntry(inSeq ? undefined : String(last), op.value, indent, style, eol);
  if (index === 0) return { offset: lineStart(text, sibStart), length: 0, content };
  const end = entryEnd(text, sibling, inSeq);
  if (end === undefined) return undefined;
  const at = nextLineStart(text, end);
  if (at === text.length && !text.endsWith('\n')) return { offset: at, length: 0, content: eol + content.slice(0, -eol.length) };
  return { offset: at, length: 0, content };
}
