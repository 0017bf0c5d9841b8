/**
 * The toolbar's one-line status of the definition, from what the Problems list shows: the syntax errors while the
 * text does not parse, else the validation diagnostics. It never says "valid" while Problems lists an error. Pure.
 */
import type { Diagnostic } from '../../asl/types.ts';

export interface DocStatus {
  text: string;
  kind: 'valid' | 'warnings' | 'errors' | 'syntax';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function docStatus(stale: boolean, diagnostics: readonly Pick<Diagnostic, 'severity'>[]): DocStatus {
  if (stale) return { kind: 'syntax', text: 'Syntax error — canvas shows the last valid machine' };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return { kind: 'errors', text: `${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''} — see Problems` };
  if (warnings > 0) return { kind: 'warnings', text: `Definition valid, ${plural(warnings, 'warning')}` };
  return { kind: 'valid', text: 'Definition valid' };
}
