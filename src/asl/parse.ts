/**
 * Parsing JSON or YAML text into a definition plus a tree of source positions. Bad text yields diagnostics with
 * line and column; parsing never throws.
 */
import { parseTree, type Node as JsonNode, type ParseError, type ParseOptions } from 'jsonc-parser';
import { reparseEdited, type JsonNode as Tree } from './jsonTree.ts';
import type { Node as YamlNode } from 'yaml';
import { yaml, yamlReady } from './yamlLib.ts';
import { LineIndex } from './lines.ts';
import { findNearestSource, findSource, type SourceNode } from './source.ts';
import type { Diagnostic, JsonPathSegments, TextRange } from './types.ts';

export type DocumentFormat = 'json' | 'yaml';

export interface ParsedDocument {
  text: string;
  format: DocumentFormat;
  /** The parsed value; undefined when the text has syntax errors. */
  value: unknown;
  root: SourceNode | undefined;
  /** Syntax problems (code `syntax.*`); empty when the text parsed. */
  diagnostics: Diagnostic[];
  lines: LineIndex;
}

const JSON_ERROR_TEXT: Record<number, string> = {
  1: 'Invalid symbol',
  2: 'Invalid number format',
  3: 'Property name expected',
  4: 'Value expected',
  5: 'Colon expected',
  6: 'Comma expected',
  7: 'Closing brace } expected',
  8: 'Closing bracket ] expected',
  9: 'End of file expected',
  10: 'Comments are not allowed in JSON',
  11: 'Unexpected end of comment',
  12: 'Unexpected end of string',
  13: 'Unexpected end of number',
  14: 'Invalid unicode sequence',
  15: 'Invalid escape character in string',
  16: 'Invalid character',
};

/** Guess the format: JSON starts with `{` or `[` (after whitespace and a BOM); anything else is YAML. */
export function detectFormat(text: string): DocumentFormat {
  const m = /^[\s\uFEFF]*(\S)/.exec(text);
  return !m || m[1] === '{' || m[1] === '[' ? 'json' : 'yaml';
}

/** Parse `text`; with `incremental` (the document's own), reuse and remember its last JSON tree. */
export function parseDocument(text: string, format: DocumentFormat = detectFormat(text), incremental?: IncrementalParse): ParsedDocument {
  const lines = new LineIndex(text);
  return format === 'json' ? parseJson(text, lines, incremental) : parseYaml(text, lines);
}

function syntaxDiagnostic(lines: LineIndex, code: string, message: string, offset: number, length: number): Diagnostic {
  const range = lines.range(offset, length);
  return {
    code,
    severity: 'error',
    message: `${message} at line ${range.line}, column ${range.column}`,
    path: [],
    range,
  };
}

const JSON_OPTIONS: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Incremental JSON parsing of one document: the jsonc-parser tree of its last JSON text that parsed without errors.
 * The next parse of that document reparses only the object or array an edit touched (see jsonTree.ts). Canvas edits
 * keep the tree in step with their text edits (src/textedit/textEdits.ts takes it, patches it per edit and hands
 * back the tree of the edited text), so the parse that follows a canvas edit, and the edit after it, need not
 * tokenize the whole text again. Each document carries its own (the store's `DocumentModel.incremental`); a parse
 * without one starts from scratch and remembers nothing.
 */
export class IncrementalParse {
  private last: { text: string; tree: JsonNode; value?: unknown } | undefined;

  /**
   * Hand over the tree of `text` (valid JSON) for later parses; the caller must not change it afterwards. `value`,
   * when given, is `JSON.parse(text)` (a fresh value nobody else holds), which the next parse of exactly `text` uses.
   */
  remember(text: string, tree: JsonNode, value?: unknown): void {
    this.last = value === undefined ? { text, tree } : { text, tree, value };
  }

  /** The remembered tree of exactly `text`, handed over to the caller (who may change it): forgotten here. */
  take(text: string): JsonNode | undefined {
    const hit = this.last && this.last.text === text ? this.last.tree : undefined;
    if (hit) this.last = undefined;
    return hit;
  }

  /** The tree of `text` from the remembered one (the value too, once, when it was handed over with it). */
  treeOf(text: string): { tree: JsonNode; known?: { value: unknown } } | undefined {
    const hit = this.last && this.last.text === text ? this.last : undefined;
    if (hit) {
      this.last = { text: hit.text, tree: hit.tree }; // the value is handed out once, to this parse
      return 'value' in hit ? { tree: hit.tree, known: { value: hit.value } } : { tree: hit.tree };
    }
    const tree = this.reparse(text);
    return tree ? { tree } : undefined;
  }

  /** The tree of `text` from the remembered one, when they differ inside one object or array (see jsonTree.ts). */
  private reparse(text: string): JsonNode | undefined {
    const old = this.last;
    if (!old) return undefined;
    this.last = undefined; // taken: changed in place below, remembered again (for `text`) once it parsed
    const tree = reparseEdited(old.text, old.tree as Tree, text, JSON_OPTIONS) as JsonNode | undefined;
    if (!tree) this.last = old; // untouched
    return tree;
  }
}

function parseJson(text: string, lines: LineIndex, incremental: IncrementalParse | undefined): ParsedDocument {
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  let known: { value: unknown } | undefined;
  try {
    const reused = incremental?.treeOf(text);
    known = reused?.known;
    tree = reused?.tree ?? parseTree(text, errors, JSON_OPTIONS);
  } catch (e) {
    // jsonc-parser recurses per nesting level: absurd depth overflows the stack. That is the text's problem.
    return { text, format: 'json', value: undefined, root: undefined, diagnostics: [tooDeep(lines, e)], lines };
  }
  const diagnostics = placeholderErrors(text, errors).map((e) =>
    syntaxDiagnostic(lines, 'syntax.json', e.message ?? JSON_ERROR_TEXT[e.error] ?? 'Syntax error', e.offset, e.length),
  );
  let value: unknown;
  if (diagnostics.length === 0 && known) {
    value = known.value;
  } else if (diagnostics.length === 0) {
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      diagnostics.push(syntaxDiagnostic(lines, 'syntax.json', (e as Error).message, 0, 0));
    }
  }
  if (tree && diagnostics.length === 0) incremental?.remember(text, tree);
  return { text, format: 'json', value, root: tree ? fromJsonNode(tree) : undefined, diagnostics, lines };
}

const UNQUOTED_PLACEHOLDER = /^\$\{[^{}"\n]*\}/;

/**
 * An unquoted `${Name}` (a SAM/CloudFormation/Terraform placeholder written as a bare value) is one error that says
 * what to do, instead of several "Invalid symbol" errors inside it: deploy tools substitute placeholders in the
 * definition's text only when they stand in quoted strings.
 */
function placeholderErrors(text: string, errors: ParseError[]): (ParseError & { message?: string })[] {
  const out: (ParseError & { message?: string })[] = [];
  let coveredTo = -1;
  for (const e of errors) {
    if (e.offset < coveredTo) continue;
    const m = UNQUOTED_PLACEHOLDER.exec(text.slice(e.offset, e.offset + 200));
    if (m) {
      coveredTo = e.offset + m[0].length;
      out.push({ ...e, length: m[0].length, message: `${m[0]} is an unquoted deploy-time placeholder: write it as a quoted string ("${m[0]}"), which your deploy tool substitutes` });
    } else out.push(e);
  }
  return out;
}

function tooDeep(lines: LineIndex, e: unknown): Diagnostic {
  const why = e instanceof RangeError ? 'The document is nested too deeply to read' : `The document could not be read (${String(e)})`;
  return syntaxDiagnostic(lines, 'syntax.json', why, 0, 0);
}

function fromJsonNode(node: JsonNode): SourceNode {
  const out: SourceNode = { kind: node.type === 'property' ? 'null' : node.type, offset: node.offset, length: node.length };
  if (node.type === 'object') {
    out.members = [];
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode || !valueNode) continue;
      const child = fromJsonNode(valueNode);
      child.keyOffset = keyNode.offset;
      child.keyLength = keyNode.length;
      out.members.push({ key: String(keyNode.value), node: child });
    }
  } else if (node.type === 'array') {
    out.items = (node.children ?? []).map(fromJsonNode);
  }
  return out;
}

function parseYaml(text: string, lines: LineIndex): ParsedDocument {
  const diagnostics: Diagnostic[] = [];
  if (!yamlReady()) {
    diagnostics.push({ code: 'syntax.yamlLoading', severity: 'error', message: 'YAML support is still loading', path: [] });
    return { text, format: 'yaml', value: undefined, root: undefined, diagnostics, lines };
  }
  let value: unknown;
  let root: SourceNode | undefined;
  try {
    const doc = yaml().parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
    for (const e of doc.errors) {
      const [start, end] = e.pos;
      diagnostics.push(syntaxDiagnostic(lines, 'syntax.yaml', e.message.split('\n')[0] ?? 'YAML syntax error', start, end - start));
    }
    if (diagnostics.length === 0) {
      value = doc.toJS({ maxAliasCount: 1000 });
      if (hasCycle(value)) {
        value = undefined;
        diagnostics.push(syntaxDiagnostic(lines, 'syntax.yaml', 'An alias refers to a node that contains it (JSON cannot hold a cycle)', 0, 0));
      } else {
        root = doc.contents ? fromYamlNode(doc.contents as YamlNode) : undefined;
      }
    }
  } catch (e) {
    diagnostics.push(syntaxDiagnostic(lines, 'syntax.yaml', (e as Error).message, 0, 0));
  }
  return { text, format: 'yaml', value, root, diagnostics, lines };
}

/** Whether a value refers to one of its own ancestors (a YAML alias inside the node it names: `a: &x [*x]`). */
function hasCycle(value: unknown, ancestors = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (ancestors.has(value)) return true;
  ancestors.add(value);
  for (const v of Object.values(value)) if (hasCycle(v, ancestors)) return true;
  ancestors.delete(value);
  return false;
}

function fromYamlNode(node: YamlNode): SourceNode {
  const [start, valueEnd] = node.range ?? [0, 0];
  const out: SourceNode = { kind: 'null', offset: start, length: Math.max(0, valueEnd - start) };
  if (yaml().isMap(node)) {
    out.kind = 'object';
    out.members = [];
    for (const pair of node.items) {
      if (!yaml().isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = yaml().isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const valueNode = pair.value as YamlNode | null;
      const keyRange = keyNode?.range ?? [0, 0];
      const child: SourceNode = valueNode
        ? fromYamlNode(valueNode)
        : { kind: 'null', offset: keyRange[1], length: 0 };
      child.keyOffset = keyRange[0];
      child.keyLength = keyRange[1] - keyRange[0];
      out.members.push({ key, node: child });
    }
  } else if (yaml().isSeq(node)) {
    out.kind = 'array';
    out.items = node.items.map((item) => fromYamlNode(item as YamlNode));
  } else if (yaml().isScalar(node)) {
    const v = node.value;
    out.kind = v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
  }
  return out;
}

/**
 * The text range for a path. With `key`, the range of the property key rather than its value. When the path does
 * not exist, the nearest existing ancestor's key (or value) is used, so that a diagnostic always points somewhere.
 */
export function rangeOf(doc: ParsedDocument, path: JsonPathSegments, opts: { key?: boolean } = {}): TextRange | undefined {
  const exact = findSource(doc.root, path);
  const node = exact ?? findNearestSource(doc.root, path)?.node;
  if (!node) return undefined;
  if ((opts.key || !exact) && node.keyOffset !== undefined && node.keyLength !== undefined) {
    return doc.lines.range(node.keyOffset, node.keyLength);
  }
  return doc.lines.range(node.offset, node.length);
}
