/**
 * What the cursor stands on, read from the current text without parsing it (it is often invalid mid-typing): the
 * path of the object whose key is being typed, or the path of the property whose value is being typed, and the
 * text range a completion replaces. JSON uses jsonc-parser's tolerant scanner; YAML reads block indentation.
 */
import { getLocation } from 'jsonc-parser';
import type { DocumentFormat } from '../../asl/parse.ts';
import type { JsonPathSegments } from '../../asl/types.ts';
import { yamlContextAt } from './yamlContext.ts';

export interface CursorContext {
  /** At a key: the object's path. At a value: the property's path (its last segment is the field name). */
  path: JsonPathSegments;
  atKey: boolean;
  /** The text a completion replaces (offsets into the text), e.g. a half-typed `"Ne"`. */
  replaceStart: number;
  replaceEnd: number;
  /** JSON key: a colon already follows, so only the key is inserted. */
  colonFollows: boolean;
  /** JSON key: another property follows, so the insertion ends with a comma. */
  commaNeeded: boolean;
}

const WORD = /[\w$.-]/;

export function cursorContextAt(text: string, offset: number, format: DocumentFormat): CursorContext | undefined {
  return format === 'json' ? jsonContextAt(text, offset) : yamlContextAt(text, offset);
}

function nextNonSpace(text: string, from: number): string {
  const m = /\S/.exec(text.slice(from, from + 200));
  return m ? m[0] : '';
}

export function jsonContextAt(text: string, offset: number): CursorContext | undefined {
  const loc = getLocation(text, offset);
  const prev = loc.previousNode;
  let start = offset;
  let end = offset;
  if (prev && prev.type === 'string' && offset > prev.offset && offset <= prev.offset + prev.length) {
    start = prev.offset;
    end = prev.offset + prev.length;
  } else {
    while (start > 0 && WORD.test(text[start - 1]!)) start--;
    while (end < text.length && WORD.test(text[end]!)) end++;
    if (text[start - 1] === '"') {
      start--;
      if (text[end] === '"') end++;
    }
  }
  if (loc.isAtPropertyKey) {
    const after = nextNonSpace(text, end);
    return {
      path: loc.path.slice(0, -1),
      atKey: true,
      replaceStart: start,
      replaceEnd: end,
      colonFollows: after === ':',
      commaNeeded: after === '"',
    };
  }
  const last = loc.path[loc.path.length - 1];
  if (typeof last !== 'string' || loc.path.length === 0) return undefined;
  return { path: loc.path, atKey: false, replaceStart: start, replaceEnd: end, colonFollows: false, commaNeeded: false };
}
