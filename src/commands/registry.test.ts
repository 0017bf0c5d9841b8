import { describe, expect, it } from 'vitest';
import * as api from './index.ts';
import { COMMANDS, getCommand, listCommands, tryCommand } from './registry.ts';
import { CHAIN, defOf } from './testUtil.ts';

describe('registry', () => {
  it('holds every command under its own noun.verb id', () => {
    for (const [id, command] of Object.entries(COMMANDS)) {
      expect(command.id).toBe(id);
      expect(id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(command.label.length).toBeGreaterThan(0);
    }
    expect(listCommands()).toHaveLength(Object.keys(COMMANDS).length);
    expect(getCommand('state.rename')).toBe(COMMANDS['state.rename']);
    expect(getCommand('nope.nope')).toBeUndefined();
  });

  it('runs a command by id, or says why not', () => {
    const def = defOf(CHAIN);
    const r = tryCommand(def, 'state.rename', { id: 'A', newName: 'Start' });
    expect(r.ok && r.definition.StartAt).toBe('Start');
    const taken = 'A state named "B" already exists';
    expect(tryCommand(def, 'state.rename', { id: 'A', newName: 'B' })).toEqual({ ok: false, reason: taken, refusal: { code: 'name.taken', message: taken } });
    expect(tryCommand(def, 'no.such', {})).toEqual({
      ok: false,
      reason: 'Unknown command no.such',
      refusal: { code: 'command.unknown', message: 'Unknown command no.such' },
    });
  });

  it('exports the public API from the index', () => {
    expect(typeof api.canConnect).toBe('function');
    expect(typeof api.copyStates).toBe('function');
    expect(api.COMMANDS['clipboard.paste'].id).toBe('clipboard.paste');
  });
});
