import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, defaultSize, paneSize, parsePrefs } from './panes.ts';

describe('parsePrefs', () => {
  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['not an object', '42'],
  ])('gives the defaults for %s', (_name, text) => {
    expect(parsePrefs(text)).toEqual(DEFAULT_PREFS);
  });

  it('keeps every valid field and drops the invalid ones', () => {
    const prefs = parsePrefs(
      JSON.stringify({ mode: 'code', paletteOpen: false, sideOpen: 'yes', sizes: { palette: 180.4, editor: -3, inspector: 'wide', simulation: 1e9 } }),
    );
    expect(prefs).toEqual({
      mode: 'code',
      paletteOpen: false,
      sideOpen: true,
      sizes: { palette: 180, editor: null, inspector: null, simulation: null, tests: null },
    });
  });

  it('refuses an unknown view', () => {
    expect(parsePrefs(JSON.stringify({ mode: 'graph' })).mode).toBe('split');
  });
});

describe('pane sizes', () => {
  it.each([
    [1280, { palette: 140, editor: 256, inspector: 280, simulation: 400 }],
    [1440, { palette: 140, editor: 288, inspector: 320, simulation: 460 }],
    [1920, { palette: 140, editor: 384, inspector: 320, simulation: 460 }],
    [1000, { palette: 140, editor: 240, inspector: 280, simulation: 400 }],
  ])('defaults at %i px leave the canvas the most room', (width, sizes) => {
    for (const [pane, px] of Object.entries(sizes)) expect(defaultSize(pane as keyof typeof sizes, width)).toBe(px);
  });

  it('at 1280 px in Split the canvas keeps more than 45% of the window (it had 29%)', () => {
    const used = (['palette', 'editor', 'inspector'] as const).reduce((sum, pane) => sum + defaultSize(pane, 1280), 0);
    expect(1280 - used - 15).toBeGreaterThan(0.45 * 1280);
  });

  it('prefers the size the user gave', () => {
    const sizes = { ...DEFAULT_PREFS.sizes, editor: 500 };
    expect(paneSize(sizes, 'editor', 1280)).toBe(500);
    expect(paneSize(sizes, 'inspector', 1280)).toBe(280);
  });
});
