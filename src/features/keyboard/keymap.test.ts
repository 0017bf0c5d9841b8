import { describe, expect, it } from 'vitest';
import { dispatchKey, KEYMAP, matchesChord, shownKeys } from './keymap.ts';

function key(k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) {
  let prevented = false;
  const e = {
    key: k,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
    target: null,
    preventDefault: () => {
      prevented = true;
    },
  } as unknown as KeyboardEvent;
  return { e, prevented: () => prevented };
}

describe('the keymap', () => {
  it('matches chords exactly: named modifiers down, others up; letters in either case', () => {
    expect(matchesChord('Mod+Z', key('z', { ctrl: true }).e)).toBe(true);
    expect(matchesChord('Mod+Z', key('Z', { meta: true }).e)).toBe(true);
    expect(matchesChord('Mod+Z', key('z', { ctrl: true, shift: true }).e)).toBe(false);
    expect(matchesChord('Mod+Shift+Z', key('Z', { ctrl: true, shift: true }).e)).toBe(true);
    expect(matchesChord('F6', key('F6', { shift: true }).e)).toBe(false);
    expect(matchesChord('Shift+F6', key('F6', { shift: true }).e)).toBe(true);
    expect(matchesChord('Shift?+?', key('?', { shift: true }).e)).toBe(true);
    expect(matchesChord('Shift?+?', key('?', { ctrl: true, shift: true }).e)).toBe(false);
    expect(matchesChord('C', key('c', { alt: true }).e)).toBe(false);
  });

  it('runs the first binding with a handler whose conditions hold, and prevents the default', () => {
    const ran: string[] = [];
    const undo = key('z', { ctrl: true });
    expect(dispatchKey(undo.e, { 'history.undo': () => void ran.push('undo'), 'history.redo': () => void ran.push('redo') })?.command).toBe('history.undo');
    expect(undo.prevented()).toBe(true);
    dispatchKey(key('y', { ctrl: true }).e, { 'history.redo': () => void ran.push('redo') });
    expect(ran).toEqual(['undo', 'redo']);
    // Not bound by this listener, or a handler that declines: left alone.
    const f5 = key('F5');
    expect(dispatchKey(f5.e, { 'history.undo': () => void ran.push('x') })).toBeUndefined();
    expect(dispatchKey(f5.e, { 'simulation.run': () => false })).toBeUndefined();
    expect(f5.prevented()).toBe(false);
  });

  it('keeps the sheet and the dispatch in one table: conditions, kept defaults, listed-only rows', () => {
    const sheet = key('?', { shift: true });
    expect(dispatchKey(sheet.e, { 'sheet.open': () => {} }, { dialogOpen: true })).toBeUndefined();
    expect(dispatchKey(sheet.e, { 'sheet.open': () => {} }, { dialogOpen: false })?.command).toBe('sheet.open');
    const esc = key('Escape');
    expect(dispatchKey(esc.e, { 'canvas.clearSelection': () => {}, 'dialog.close': () => {} })?.command).toBe('canvas.clearSelection');
    expect(esc.prevented()).toBe(false);
    expect(dispatchKey(key('c', { ctrl: true }).e, { 'canvas.clipboard': () => {} })).toBeUndefined();
    expect(KEYMAP.map(shownKeys)).toEqual(expect.arrayContaining(['F6 / Shift+F6', '?', 'Ctrl+G', 'Ctrl+Shift+Z / Ctrl+Y', 'Arrow keys']));
    expect(new Set(KEYMAP.map((b) => b.command)).size).toBe(KEYMAP.length);
  });
});
