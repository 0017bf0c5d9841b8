import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `e.key === 'F9'`, `e.key.toLowerCase()`, `e.key.startsWith(…)`, `TABLE[e.key]`. */
const KEY_COMPARISON = /\.key\s*[!=]==?|\.key\.(toLowerCase|startsWith)\b|\[\s*\w+\.key\s*\]/;

/** Modules that handle keydowns for a listener elsewhere (the window's capture-phase listener calls focus.ts). */
const SHORTCUT_MODULES = [join('src', 'features', 'a11y', 'focus.ts')];

/** Files that listen for keydown and still read `.key` themselves: shortcuts belong in the keymap. */
function keyChains(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (path !== join('src', 'features', 'keyboard')) walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        const listens = /addEventListener\(\s*['"]keydown['"]/.test(text) || SHORTCUT_MODULES.includes(path);
        if (listens && KEY_COMPARISON.test(text)) out.push(path);
      }
    }
  };
  walk(root);
  return out;
}

describe('keyboard shortcuts', () => {
  it('are dispatched from the keymap: no keydown listener compares keys itself (src/features/keyboard/keymap.ts)', () => {
    expect(keyChains('src')).toEqual([]);
  });
});
