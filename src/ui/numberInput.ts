/** Parse the text of a number input: empty (remove the field), a number within bounds, or a JSONata expression. */

export interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Accept a `{% … %}` JSONata expression in place of the number. */
  allowExpression?: boolean;
}

export type NumberParse = { ok: true; value: number | string | undefined } | { ok: false; error: string };

export function isJsonataExpression(text: string): boolean {
  return /^\{%[\s\S]*%\}$/.test(text.trim());
}

export function parseNumberInput(text: string, rules: NumberRules = {}): NumberParse {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (rules.allowExpression && isJsonataExpression(t)) return { ok: true, value: t };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    return { ok: false, error: rules.allowExpression ? 'Enter a number or a {% JSONata %} expression' : 'Enter a number' };
  }
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, error: 'Enter a finite number' };
  if (rules.integer && !Number.isInteger(n)) return { ok: false, error: 'Enter a whole number' };
  if (rules.min !== undefined && n < rules.min) return { ok: false, error: `Must be at least ${rules.min}` };
  if (rules.max !== undefined && n > rules.max) return { ok: false, error: `Must be at most ${rules.max}` };
  return { ok: true, value: n };
}

/** The text shown for a stored value. */
export function numberText(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return '';
}
