/**
 * Light checks of JSONPath fields typed in the inspector (the validator in src/asl does the full check): a Path
 * starts with `$` (or `$$` for the context object); a Reference Path (ResultPath) selects one node, so it has no
 * wildcards, filters or slices; `null` is allowed where the spec allows it.
 */

export type PathKind = 'path' | 'nullablePath' | 'referencePath' | 'pathOrIntrinsic';

export type PathParse = { ok: true; value: string | null | undefined } | { ok: false; error: string };

const INTRINSIC = /^States\.[A-Za-z]+\(/;

export function parsePathInput(text: string, kind: PathKind): PathParse {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (t === 'null') {
    return kind === 'nullablePath' || kind === 'referencePath'
      ? { ok: true, value: null }
      : { ok: false, error: 'null is not allowed here' };
  }
  if (kind === 'pathOrIntrinsic' && INTRINSIC.test(t)) {
    return t.endsWith(')') ? { ok: true, value: t } : { ok: false, error: 'An intrinsic function call must end with )' };
  }
  if (!t.startsWith('$')) return { ok: false, error: 'A path starts with $ (e.g. $.field), or $$ for the context object' };
  if (/\s/.test(t.replace(/\[[^\]]*\]/g, ''))) return { ok: false, error: 'A path cannot contain spaces outside brackets' };
  let depth = 0;
  for (const ch of t) {
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    if (depth < 0 || depth > 1) return { ok: false, error: 'Unbalanced brackets in the path' };
  }
  if (depth !== 0) return { ok: false, error: 'Unbalanced brackets in the path' };
  if (/\.\.|\.$/.test(t.replace(/^\$\$/, '$'))) return { ok: false, error: 'A path cannot end with . or contain ..' };
  if (kind === 'referencePath' && /[*?@:]|\[\s*\d*\s*,/.test(t)) {
    return { ok: false, error: 'ResultPath must select a single node: no wildcards, filters or slices' };
  }
  return { ok: true, value: t };
}

/** The text shown for a stored path value. */
export function pathText(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'string' ? value : '';
}
