import { describe, expect, it } from 'vitest';
import { addState } from './stateAdd.ts';
import { checkStateName, defaultStateName, hasStateName, uniqueName } from './names.ts';
import { allStateNames } from './stateScopes.ts';
import { generateRealisticMachine } from '../asl/generate.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { renameState } from './stateRename.ts';
import { deleteStates } from './stateDelete.ts';
import { CHAIN, NESTED, defOf, doUndo, reasonOf } from './testUtil.ts';

describe('names', () => {
  it('counts up from a free base, replacing rather than nesting counters', () => {
    const taken = new Set(['Pass', 'Pass (1)', 'Pass (3)']);
    expect(uniqueName('Wait', taken)).toBe('Wait');
    expect(uniqueName('Pass', taken)).toBe('Pass (2)');
    expect(uniqueName('Pass (1)', taken)).toBe('Pass (2)');
  });

  it('is unique across the whole machine, branches and processors included', () => {
    const def = defOf(NESTED);
    expect(reasonOf(checkStateName(def, 'I1'))).toMatch(/already exists/);
    expect(reasonOf(checkStateName(def, '   '))).toMatch(/empty/);
    expect(defaultStateName(def, 'Succeed')).toBe('Success');
    expect(defaultStateName(def, 'Succeed', ['Success'])).toBe('Success (1)');
  });

  it('handles names with slashes and tildes through escaped ids', () => {
    const { def, text } = doUndo(renameState, CHAIN, { id: 'B', newName: 'a/b~c' });
    expect(def.States.A!.Next).toBe('a/b~c');
    const added = doUndo(addState, text, { type: 'Pass', name: 'After', after: 'a~1b~0c' }).def;
    expect(added.States['a/b~c']!.Next).toBe('After');
    const gone = doUndo(deleteStates, text, { ids: ['a~1b~0c'] }).def;
    expect(gone.States.A!.Next).toBe('C');
  });

  it('finds a name in any scope exactly as allStateNames does (branches, processors, legacy Iterator)', () => {
    const legacy = {
      StartAt: 'M',
      States: { M: { Type: 'Map', Iterator: { StartAt: 'Old', States: { Old: { Type: 'Pass', End: true } } }, End: true } },
    } as unknown as StateMachineDefinition;
    for (const def of [defOf(NESTED), legacy, generateRealisticMachine(300, 2) as unknown as StateMachineDefinition]) {
      const names = allStateNames(def);
      expect(names.size).toBeGreaterThan(0);
      for (const name of names) expect(hasStateName(def, name)).toBe(true);
      expect(hasStateName(def, 'No such state')).toBe(false);
      expect(hasStateName(def, 'States')).toBe(false);
    }
    expect(hasStateName(legacy, 'Old')).toBe(true);
  });
});
