import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `e.key === 'F9'`, `e.key.toLowerCase()`, `e.key.startsWith(…)`, `TABLE[e.key]`. */
const KEY_COMPARISON = /\.key\s*[!=]==?|\.key\.(toLowerCase|startsWith)\b|\[\s*\w+\.key\s*\]/;

/** Modules that handle keydowns for a listener elsewhere (the window's capture-phase listener calls focus.ts). */
const SHORTCUT_MODULES = [join('src', 'features', 'a11y', 'focus.ts')];

/** Every non-test source file under `root` outside the keymap's own folder, with its text. */
function sourceFiles(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (path !== join('src', 'features', 'keyboard')) walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** Files that listen for keydown and still read `.key` themselves: shortcuts belong in the keymap. */
function keyChains(root: string): string[] {
  return sourceFiles(root)
    .filter(({ path, text }) => (/addEventListener\(\s*['"]keydown['"]/.test(text) || SHORTCUT_MODULES.includes(path)) && KEY_COMPARISON.test(text))
    .map(({ path }) => path);
}

/**
 * Keys a widget handles itself, as the WAI-ARIA authoring practices give them (a field commits on Enter and
 * cancels on Escape, a tab list and a listbox move with the arrows, Home, End and the page keys, a dialog traps
 * Tab, a token list removes its last token with Backspace, a menu button opens on Space). Any other key a
 * component compares is an app shortcut, and those live in the keymap, where `?` lists them.
 */
const WIDGET_KEYS = new Set(['Enter', 'Escape', 'Tab', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Backspace']);

/** Every key literal `text` compares with an event's key (`e.key === 'F9'`, `'z' !== ev.key`) or lists in a key table. */
export function comparedKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\.key\s*[!=]==?\s*(['"])([^'"]+)\1/g)) out.push(m[2] as string);
  for (const m of text.matchAll(/(['"])([^'"]+)\1\s*[!=]==?\s*\w+\.key\b/g)) out.push(m[2] as string);
  // Key tables: `const OPEN_KEYS = new Set([...])`.
  for (const m of text.matchAll(/_KEYS\s*=\s*new Set\(\[([^\]]*)\]/g)) for (const k of (m[1] as string).matchAll(/(['"])(.+?)\1/g)) out.push(k[2] as string);
  return out;
}

/** Source files outside the keymap, with the keys they compare that are not a widget's own. */
function appKeysOutsideKeymap(root: string): string[] {
  const out: string[] = [];
  for (const { path, text } of sourceFiles(root)) {
    if (!/KeyboardEvent|onKeyDown|keydown/.test(text)) continue;
    const keys = comparedKeys(text).filter((k) => !WIDGET_KEYS.has(k));
    if (keys.length) out.push(`${path}: ${keys.join(', ')}`);
  }
  return out;
}

describe('keyboard shortcuts', () => {
  it('widgets handle only their own keys (WAI-ARIA); every other key is in the keymap', () => {
    expect(appKeysOutsideKeymap('src')).toEqual([]);
  });

  it('finds the keys a component compares, in either order and in key tables', () => {
    const text = "onKeyDown={(e) => { if (e.key === 'Enter') go(); if ('z' !== ev.key) x(); }} const OPEN_KEYS = new Set(['F2', ' ']);";
    expect(comparedKeys(text)).toEqual(['Enter', 'z', 'F2', ' ']);
  });

  it('are dispatched from the keymap: no keydown listener compares keys itself (src/features/keyboard/keymap.ts)', () => {
    expect(keyChains('src')).toEqual([]);
  });
});
