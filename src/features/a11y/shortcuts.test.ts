import { describe, expect, it } from 'vitest';
import { nextPane, SHORTCUTS, shortcutsByScope } from './shortcuts.ts';

describe('the shortcut table', () => {
  it('has no key bound twice in one scope', () => {
    const seen = SHORTCUTS.map((s) => `${s.scope}:${s.keys}`);
    expect(new Set(seen).size).toBe(seen.length);
  });
  it('binds no browser-reserved key (F1, F3, F7, F11, F12, Ctrl+T/W/N)', () => {
    const reserved = /\b(F1|F3|F7|F11|F12|Ctrl\+[TWN])\b/;
    expect(SHORTCUTS.filter((s) => reserved.test(s.keys))).toEqual([]);
  });
  it('groups by scope in table order', () => {
    expect(shortcutsByScope().map(([scope]) => scope)).toEqual(['Anywhere', 'Palette', 'Canvas', 'Code editor', 'Dialogs']);
    expect(shortcutsByScope().flatMap(([, list]) => list)).toHaveLength(SHORTCUTS.length);
  });
});

describe('nextPane', () => {
  it.each([
    [undefined, false, 'palette'],
    [undefined, true, 'side'],
    ['palette', false, 'canvas'],
    ['canvas', false, 'editor'],
    ['editor', false, 'side'],
    ['side', false, 'palette'],
    ['palette', true, 'side'],
    ['canvas', true, 'palette'],
  ] as const)('from %s (back: %s) → %s', (from, back, to) => {
    expect(nextPane(from, back)).toBe(to);
  });
});
