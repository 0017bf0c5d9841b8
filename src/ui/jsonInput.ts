/** Parse and show the text of a JSON input. */

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

export function jsonText(value: unknown, allowExpression = false): string {
  if (allowExpression && typeof value === 'string' && /^\{%[\s\S]*%\}$/.test(value.trim())) return value;
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** Empty text is `undefined` (remove the field); otherwise the text must be JSON (of the wanted shape). */
export function parseJsonInput(text: string, expect?: 'object' | 'array', allowExpression = false): JsonParse {
  if (text.trim() === '') return { ok: true, value: undefined };
  // A bare JSONata expression stands for the string that holds it.
  if (allowExpression && /^\{%[\s\S]*%\}$/.test(text.trim())) return { ok: true, value: text.trim() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `Invalid JSON: ${msg}` };
  }
  if (expect === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    return { ok: false, error: 'Must be a JSON object ({ … })' };
  }
  if (expect === 'array' && !Array.isArray(value)) return { ok: false, error: 'Must be a JSON array ([ … ])' };
  return { ok: true, value };
}
