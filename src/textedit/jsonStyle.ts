/**
 * The formatting style of a JSON text, inferred so that inserted values look like their surroundings: the
 * indentation unit (tabs or n spaces, preferring what is used around the edit point), the line break, whether short
 * arrays of scalars are written on one line, and the spacing after a colon.
 */
import type { Node as JsonNode } from 'jsonc-parser';

export interface JsonStyle {
  unit: string;
  eol: string;
  compactArrays: boolean;
  colon: string;
}

export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The leading whitespace of the line that contains `offset`. */
export function lineIndent(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, Math.max(start, offset)))![0];
}

/** Whether only whitespace stands between the start of its line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** The most common indentation step between a line and the next, more indented, one. */
function globalUnit(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => l.startsWith('\t'))) return '\t';
  const counts = new Map<number, number>();
  let prev = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const n = /^ */.exec(line)![0].length;
    if (n > prev) counts.set(n - prev, (counts.get(n - prev) ?? 0) + 1);
    prev = n;
  }
  let best = 2;
  let bestCount = 0;
  for (const [step, c] of counts) if (c > bestCount || (c === bestCount && step < best)) [best, bestCount] = [step, c];
  return ' '.repeat(best);
}

const SCALAR = '("|-?\\d|true\\b|false\\b|null\\b)';

function compactArraysOf(text: string): boolean {
  const compact = countMatches(text, new RegExp(`\\[[ \\t]*${SCALAR}`, 'g'));
  const expanded = countMatches(text, new RegExp(`\\[[ \\t]*\\r?\\n[ \\t]*${SCALAR}`, 'g'));
  return compact > expanded;
}

function colonOf(text: string): string {
  const tight = countMatches(text, /"[ \t]*:\S/g);
  const spaced = countMatches(text, /"[ \t]*: /g);
  return tight > spaced ? ':' : ': ';
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function inferStyle(text: string): JsonStyle {
  return { unit: globalUnit(text), eol: eolOf(text), compactArrays: compactArraysOf(text), colon: colonOf(text) };
}

/**
 * `inferStyle(text)`, each field inferred only when first read (each is a pass over the whole text): most edits (a
 * rename, a scalar set) read none of them.
 */
export function lazyStyle(text: string): JsonStyle {
  let unit: string | undefined;
  let eol: string | undefined;
  let compactArrays: boolean | undefined;
  let colon: string | undefined;
  return {
    get unit() {
      return (unit ??= globalUnit(text));
    },
    get eol() {
      return (eol ??= eolOf(text));
    },
    get compactArrays() {
      return (compactArrays ??= compactArraysOf(text));
    },
    get colon() {
      return (colon ??= colonOf(text));
    },
  };
}

/** The indentation unit used inside `container`: its children's indent minus its own line's indent. */
export function unitAround(text: string, container: JsonNode | undefined, style: JsonStyle): string {
  const child = container?.children?.find((c) => startsLine(text, c.offset));
  if (!container || !child) return style.unit;
  const outer = lineIndent(text, container.offset);
  const inner = lineIndent(text, child.offset);
  return inner.length > outer.length && inner.startsWith(outer) ? inner.slice(outer.length) : style.unit;
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** `value` as JSON text whose first line continues a line indented by `indent`. */
export function renderJson(value: unknown, indent: string, unit: string, style: JsonStyle): string {
  if (isScalar(value)) return JSON.stringify(value) ?? 'null';
  const inner = indent + unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (style.compactArrays && value.every(isScalar)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const items = value.map((v) => inner + renderJson(v, inner, unit, style));
    return `[${style.eol}${items.join(`,${style.eol}`)}${style.eol}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const props = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}${style.colon}${renderJson(v, inner, unit, style)}`);
  return `{${style.eol}${props.join(`,${style.eol}`)}${style.eol}${indent}}`;
}
