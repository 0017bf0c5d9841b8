/**
 * Minimal text edits for a command: `computeTextEdits(text, format, oldDef, newDef)` turns the user's text into a
 * document whose value deep-equals `newDef`, changing only the values that differ, so the user's formatting
 * (indentation, key order, line breaks, spacing, compact arrays, comments in YAML) survives everywhere else. The
 * editor applies them with `pushEditOperations`; undo is `computeTextEdits(newText, format, newDef, oldDef)`.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { yaml } from '../asl/yamlLib.ts';
import type { DocumentFormat, IncrementalParse } from '../asl/parse.ts';
import { serialize } from '../asl/serialize.ts';
import { applyTextEdits, composeEdit, diffText, invertTextEdits, trimEdits, type TextEdit } from './editCompose.ts';
import { lazyStyle } from './jsonStyle.ts';
import { jsonEditFor } from './jsonEdits.ts';
import { patchTarget, patchTree, treeFits, type JsonNode as Tree } from './jsonTreePatch.ts';
import { structuralDiff, type DiffOp } from './structuralDiff.ts';
import { deepEqual } from '../asl/values.ts';
import { inferYamlStyle, reprintYaml, yamlEditFor } from './yamlEdits.ts';

export type { TextEdit };
export { applyTextEdits, invertTextEdits };

/**
 * A JSON tree's value with every key an own property, as `JSON.parse` makes it (jsonc-parser's own `parse` assigns
 * keys, so a `"__proto__"` key would set the object's prototype and vanish from the value).
 */
function nodeValue(node: JsonNode): unknown {
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = {};
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key && value) Object.defineProperty(out, String(key.value), { value: nodeValue(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The value the text holds, or undefined when it does not parse; `strict` when it is plain JSON. */
function valueOf(text: string, format: DocumentFormat): { ok: boolean; value: unknown; strict?: boolean } {
  if (format === 'json') {
    // Fast path: strict JSON (the usual case) parses natively, an order of magnitude faster than the tree below,
    // to the same value (own keys, the last of duplicated keys). Comments, trailing commas or a BOM take the tree.
    try {
      return { ok: true, value: JSON.parse(text) as unknown, strict: true };
    } catch {
      // not strict JSON: the lenient parse below decides
    }
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true });
    return { ok: errors.length === 0 && tree !== undefined, value: tree ? nodeValue(tree) : undefined };
  }
  const doc = yaml().parseDocument(text);
  return doc.errors.length ? { ok: false, value: undefined } : { ok: true, value: doc.toJS() };
}

/**
 * What the caller already knows about `text`: the value it holds, when the caller parsed it (the store's document
 * keeps the parse of its text). Spares a parse of the whole text; must be what parsing `text` gives.
 */
export interface KnownValue {
  value: unknown;
}

/**
 * Edits (offsets on `text`, non-overlapping) that make `text` hold `newDef`. The structural diff is taken from the
 * value the text holds (`known`, or parsed here; `oldDef` only decides there is nothing to do); text that does not
 * parse is replaced as a whole by the serialized `newDef`. With `incremental` (the document's incremental parse),
 * the JSON tree of `text` is taken from it and the tree of the edited text handed back for the parse that follows.
 */
export function computeTextEdits(
  text: string,
  format: DocumentFormat,
  oldDef: unknown,
  newDef: unknown,
  known?: KnownValue,
  incremental?: IncrementalParse,
): TextEdit[] {
  if (oldDef === newDef) return [];
  const parsed = known ? { ok: true, value: known.value } : valueOf(text, format);
  if (!parsed.ok) {
    const whole = diffText(text, serialize(newDef, format));
    return whole ? [whole] : [];
  }
  const ops = structuralDiff(parsed.value, newDef);
  const jsonStyle = format === 'json' ? lazyStyle(text) : undefined;
  const yamlStyle = format === 'yaml' ? inferYamlStyle(text) : undefined;
  let edits: TextEdit[] = [];
  let current = text;
  // JSON: one tree, kept in step with the edits (jsonTreePatch.ts) rather than parsed again after each op.
  let tree = jsonStyle && ops.length > 0 ? ((incremental?.take(text) ?? parseTree(text)) as Tree | undefined) : undefined;
  try {
    for (const op of ops) {
      const target = tree && patchTarget(tree, op);
      const raw = jsonStyle ? jsonEditFor(current, op, jsonStyle, (tree as JsonNode | undefined) ?? parseTree(current)) : yamlEditFor(current, op, yamlStyle!);
      if (!raw) continue;
      const [edit] = trimEdits(current, [raw]);
      if (!edit) continue;
      edits = composeEdit(edits, current, edit);
      current = applyTextEdits(current, [edit]);
      if (tree && !(target && patchTree(tree, op, raw, target, current))) tree = parseTree(current) as Tree | undefined;
    }
    const result = valueOf(current, format);
    if (result.ok && deepEqual(result.value, newDef)) {
      // The edited text's tree, for the parse that follows (and the next edit): only when it is plain JSON.
      if (incremental && tree && result.strict && treeFits(current, tree)) incremental.remember(current, tree as JsonNode, result.value);
      return trimEdits(text, edits);
    }
  } catch {
    // fall through to the coarse but safe edit below
  }
  const fallback = yamlStyle ? safeReprint(text, ops, newDef) : serialize(newDef, format);
  const whole = diffText(text, fallback);
  return whole ? [whole] : [];
}

/** YAML reprinted through the Document API (comments kept); plain serialization if even that fails. */
function safeReprint(text: string, ops: readonly DiffOp[], newDef: unknown): string {
  try {
    const out = reprintYaml(text, ops, inferYamlStyle(text));
    const check = valueOf(out, 'yaml');
    if (check.ok && deepEqual(check.value, newDef)) return out;
  } catch {
    // ignore: serialize below
  }
  return serialize(newDef, 'yaml');
}

/** Convenience: the new text for `newDef`, edited minimally from `text`. */
export function editText(
  text: string,
  format: DocumentFormat,
  oldDef: unknown,
  newDef: unknown,
  known?: KnownValue,
  incremental?: IncrementalParse,
): string {
  return applyTextEdits(text, computeTextEdits(text, format, oldDef, newDef, known, incremental));
}
