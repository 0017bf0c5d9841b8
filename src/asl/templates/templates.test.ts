/** Every template parses, validates with no errors, and its simulation settings fit its definition. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse.ts';
import { validate } from '../validate.ts';
import { TEMPLATES, templateById } from '../templates.ts';

interface StatesLike {
  States?: Record<string, Record<string, unknown>>;
}

/** Every state name of a definition, at any depth (Parallel branches, Map item processors). */
function stateNames(machine: StatesLike, out: Map<string, Record<string, unknown>> = new Map()) {
  for (const [name, state] of Object.entries(machine.States ?? {})) {
    out.set(name, state);
    for (const b of (state.Branches as StatesLike[] | undefined) ?? []) stateNames(b, out);
    const proc = state.ItemProcessor as StatesLike | undefined;
    if (proc) stateNames(proc, out);
  }
  return out;
}

describe('templates', () => {
  it('have unique ids and names, and keep the ids others rely on', () => {
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length);
    expect(TEMPLATES.map((t) => t.id)).toEqual(['blank', 'seed', 'retry-backoff', 'saga', 'parallel', 'map', 'approval', 'jsonata', 'choice']);
    expect(templateById('map')?.name).toBe('Map over items');
    expect(templateById('nope')).toBeUndefined();
  });

  it.each(TEMPLATES.filter((t) => t.id !== 'blank').map((t) => [t.id, t] as const))('%s parses and validates with no errors', (_id, t) => {
    const doc = parseDocument(t.text);
    expect(doc.diagnostics).toEqual([]);
    const problems = validate(doc).filter((d) => d.severity === 'error');
    expect(problems).toEqual([]);
    expect(t.text.endsWith('}\n')).toBe(true);
  });

  it.each(TEMPLATES.filter((t) => t.simulation).map((t) => [t.id, t] as const))('%s: mocks name Task states, with a Comment', (_id, t) => {
    const def = JSON.parse(t.text) as StatesLike & { Comment?: string };
    expect(def.Comment?.length).toBeGreaterThan(20);
    const states = stateNames(def);
    const mocked = Object.keys(t.simulation!.mocks);
    expect(mocked.length).toBeGreaterThan(0);
    const tasks = [...states].filter(([, s]) => s.Type === 'Task').map(([name]) => name);
    expect(mocked.sort()).toEqual(tasks.sort());
    expect(t.outcome).toBeDefined();
  });
});
