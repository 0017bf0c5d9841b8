/** Runs a table of validation cases: the bad definition yields the code at the path and place; the good one does not. */
import { expect, it } from 'vitest';
import { diagnose, positionOf, type Case } from './testing.ts';

/** Call inside a `describe`. */
export function runCases(cases: Case[]): void {
  it.each(cases)('$code: $name', (c) => {
    const { text, diagnostics } = diagnose(c.bad);
    const found = diagnostics.filter((d) => d.code === c.code && JSON.stringify(d.path) === JSON.stringify(c.path));
    expect(found, `diagnostics were:\n${diagnostics.map((d) => `${d.code} ${JSON.stringify(d.path)} ${d.message}`).join('\n')}`).toHaveLength(1);
    const d = found[0]!;
    expect(d.severity).toBe(c.severity ?? 'error');
    expect({ line: d.range?.line, column: d.range?.column }).toEqual(positionOf(text, c.at, c.nth));
    expect(d.message).toContain(c.message ?? '');
    const good = diagnose(c.good).diagnostics;
    expect(good.filter((g) => g.code === c.code)).toEqual([]);
    expect(good.filter((g) => g.severity === 'error')).toEqual([]);
  });
}
