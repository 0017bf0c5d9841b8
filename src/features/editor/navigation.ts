/**
 * Hover documentation and go to definition, from the store's parsed document (its source tree has every key's
 * and value's offsets): no parsing here. Both only answer while the editor text is the parsed text.
 */
import { choiceOperator } from '../../asl/fields.ts';
import type { ParsedDocument } from '../../asl/parse.ts';
import { findSource, sourceAtOffset } from '../../asl/source.ts';
import type { TextRange } from '../../asl/types.ts';
import { resolveOwner, specOf, valueAt } from './owners.ts';

export interface HoverInfo {
  /** Markdown paragraphs. */
  contents: string[];
  range: TextRange;
}

const REFERENCES = new Set(['Next', 'Default', 'StartAt']);

/** Documentation for the field (or Choice operator, or state) whose key is under the offset. */
export function hoverAt(parsed: ParsedDocument, offset: number): HoverInfo | undefined {
  const hit = sourceAtOffset(parsed.root, offset);
  if (!hit || hit.path.length === 0) return undefined;
  const { node, path } = hit;
  if (node.keyOffset === undefined || node.keyLength === undefined) return undefined;
  if (offset < node.keyOffset || offset > node.keyOffset + node.keyLength) return undefined;
  const range = parsed.lines.range(node.keyOffset, node.keyLength);
  const name = path[path.length - 1];
  if (typeof name !== 'string') return undefined;
  const parentPath = path.slice(0, -1);
  const definition = parsed.value;
  if (parentPath[parentPath.length - 1] === 'States') {
    const scope = resolveOwner(definition, parentPath.slice(0, -1));
    if (scope && (scope.owner === 'Machine' || scope.owner === 'Branch' || scope.owner === 'ItemProcessor')) {
      const state = valueAt(definition, path) as { Type?: unknown; Comment?: unknown } | undefined;
      const type = typeof state?.Type === 'string' ? state.Type : 'unknown type';
      const comment = typeof state?.Comment === 'string' ? [state.Comment] : [];
      return { contents: [`**${name}** — ${type} state`, ...comment], range };
    }
  }
  const info = resolveOwner(definition, parentPath);
  if (!info) return undefined;
  const spec = specOf(info.owner, name);
  if (spec) {
    const where = info.owner === 'AnyState' ? 'state' : info.owner;
    const notes = [spec.required ? 'required' : 'optional', spec.languages.join(' and ')];
    if (info.language && !spec.languages.includes(info.language)) notes.push(`not allowed in ${info.language}`);
    return { contents: [`**${name}** — ${where} field (${notes.join(', ')})`, spec.doc], range };
  }
  const op = info.owner === 'ChoiceRule' ? choiceOperator(name) : undefined;
  if (op) return { contents: [`**${name}** — Choice rule operator (${op.operand})`, op.doc], range };
  return undefined;
}

/** For a `Next`, `Default` or `StartAt` value under the offset: the key of the state it names. */
export function definitionAt(parsed: ParsedDocument, offset: number): TextRange | undefined {
  const hit = sourceAtOffset(parsed.root, offset);
  if (!hit) return undefined;
  const { node, path } = hit;
  const field = path[path.length - 1];
  if (typeof field !== 'string' || !REFERENCES.has(field) || node.kind !== 'string') return undefined;
  if (offset < node.offset || offset > node.offset + node.length) return undefined;
  const info = resolveOwner(parsed.value, path.slice(0, -1));
  const target = valueAt(parsed.value, path);
  if (!info || typeof target !== 'string') return undefined;
  const state = findSource(parsed.root, [...info.statesPath, target]);
  if (!state || state.keyOffset === undefined || state.keyLength === undefined) return undefined;
  return parsed.lines.range(state.keyOffset, state.keyLength);
}
