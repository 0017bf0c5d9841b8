/**
 * Robustness properties of behaviour (commands with their text edits and undo, simulation; see properties.ts),
 * and the counterexamples the fuzzing found, kept as fixed cases.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { tryCommand } from '../commands/registry.ts';
import { editText } from '../textedit/textEdits.ts';
import { deepEqual } from '../commands/immutable.ts';
import { simulate } from '../simulator/index.ts';
import { propertyTests } from './suite.ts';

describe('robustness: commands and simulation', () => {
  propertyTests(['commands never throw', 'simulate finishes']);
});

describe('counterexamples found by fuzzing', () => {
  const text = '{"StartAt":"__proto__","States":{"__proto__":{"Type":"Succeed"}}}';
  const def = () => parseDocument(text).value as StateMachineDefinition;

  it('renaming a state named __proto__ edits the JSON text to the renamed machine', () => {
    const r = tryCommand(def(), 'state.rename', { id: '__proto__', newName: 'A' });
    expect(r.ok).toBe(true);
    const after = (r as { definition: StateMachineDefinition }).definition;
    expect(parseDocument(editText(text, 'json', def(), after)).value).toEqual({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
  });

  it('an update that only reorders keys leaves the text holding an equal value', () => {
    const start = def();
    const one = tryCommand(start, 'state.update', { id: '__proto__', path: ['Comment'], value: { a: 1, b: 2 } });
    const two = tryCommand((one as { definition: StateMachineDefinition }).definition, 'state.update', { id: '__proto__', path: ['Comment'], value: { b: 2, a: 1 } });
    const t1 = editText(text, 'json', start, (one as { definition: StateMachineDefinition }).definition);
    const t2 = editText(t1, 'json', (one as { definition: StateMachineDefinition }).definition, (two as { definition: StateMachineDefinition }).definition);
    expect(deepEqual(parseDocument(t2).value, (two as { definition: unknown }).definition)).toBe(true);
  });

  it('simulating a definition whose state is null is refused with States.Runtime', async () => {
    const outcome = await simulate({ StartAt: 'A', States: { A: null } } as unknown as StateMachineDefinition).then(
      (r) => r.error,
      (e: unknown) => (e as Error).name,
    );
    expect(outcome).toBe('States.Runtime');
  });

  it('wrong-typed arguments may be refused or throw, but never change the definition', () => {
    const start = def();
    const before = JSON.stringify(start);
    for (const [id, args] of [['state.insertOnEdge', { type: 'Pass', source: '__proto__', kind: '__proto__' }], ['state.add', { type: 0, after: 1 }], ['machine.update', { field: '__proto__', value: { polluted: 1 } }]] as const) {
      try {
        tryCommand(start, id, args);
      } catch {
        // a programmer error (STYLE lesson 11); what matters is below
      }
      expect(JSON.stringify(start)).toBe(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
