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
    [1280, { palette: 140, editor: 420, inspector: 300, simulation: 360 }],
    [1440, { palette: 140, editor: 420, inspector: 320, simulation: 460 }],
    [1920, { palette: 140, editor: 499, inspector: 320, simulation: 460 }],
    [2560, { palette: 140, editor: 520, inspector: 320, simulation: 460 }],
    [1000, { palette: 140, editor: 420, inspector: 300, simulation: 360 }],
  ])('defaults at %i px', (width, sizes) => {
    for (const [pane, px] of Object.entries(sizes)) expect(defaultSize(pane as keyof typeof sizes, width)).toBe(px);
  });

  it.each([
    ['inspector', 400],
    ['simulation', 340],
    ['tests', 340],
  ] as const)('at 1280 px in Split the editor keeps 420 px (it had 256) and the canvas over %s %i px', (side, least) => {
    const used = (['palette', 'editor', side] as const).reduce((sum, pane) => sum + defaultSize(pane, 1280), 0);
    expect(defaultSize('editor', 1280)).toBeGreaterThanOrEqual(420);
    expect(1280 - used - 15).toBeGreaterThan(least);
  });

  it('prefers the size the user gave', () => {
    const sizes = { ...DEFAULT_PREFS.sizes, editor: 500 };
    expect(paneSize(sizes, 'editor', 1280)).toBe(500);
    expect(paneSize(sizes, 'inspector', 1280)).toBe(300);
  });
});
