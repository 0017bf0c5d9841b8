/** Commands run by id through the registry; refusals are typed, with messages from the one table. */
import { describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES, refuse } from '../commands/refusals.ts';
import { needsStartChoice } from '../commands/rules.ts';
import { CHAIN, defOf, jsonText } from '../commands/testUtil.ts';
import { useAppStore } from './store.ts';

const store = useAppStore;

describe('running commands by id', () => {
  it('runs a registered command by its id, one undo step', () => {
    store.getState().loadText(CHAIN);
    expect(store.getState().run('state.rename', { id: 'A', newName: 'First' })).toBe(true);
    expect(store.getState().doc.definition?.StartAt).toBe('First');
    store.getState().undo();
    expect(store.getState().doc.definition?.StartAt).toBe('A');
  });

  it('refuses with a typed refusal and shows its message', () => {
    store.getState().loadText(CHAIN);
    const r = store.getState().run('state.rename', { id: 'A', newName: 'B' });
    expect(r).toEqual({ code: 'name.taken', message: 'A state named "B" already exists' });
    expect(store.getState().ui.notice).toBe('A state named "B" already exists');
    expect(store.getState().run('no.such' as 'state.rename', { id: 'A', newName: 'C' })).toEqual(refuse('command.unknown', { id: 'no.such' }));
  });

  it('refuses every command while the text does not parse', () => {
    store.getState().loadText(CHAIN);
    store.getState().setText('{ "StartAt": ');
    store.getState().flushParse();
    expect(store.getState().check('state.rename', { id: 'A', newName: 'C' })).toEqual({
      code: 'document.syntaxError',
      message: REFUSAL_MESSAGES['document.syntaxError'](),
    });
  });

  it('asks a rule, not the wording, whether a deletion needs the new start chosen', () => {
    const branching = defOf(jsonText({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'X' }], Default: 'Y' }, X: { Type: 'Succeed' }, Y: { Type: 'Succeed' } } }));
    expect(needsStartChoice(branching, ['C'])).toBe(true);
    expect(needsStartChoice(branching, ['X'])).toBe(false);
    expect(needsStartChoice(defOf(CHAIN), ['A'])).toBe(false);
  });
});
