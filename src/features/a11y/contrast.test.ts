/** The theme's text colours against their backgrounds meet WCAG AA (4.5:1) in the light and the dark theme. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariables } from './contrast.ts';

const css = readFileSync(new URL('../../app/app.css', import.meta.url), 'utf8');
const light = cssVariables(css, ':root');
const dark = { ...light, ...cssVariables(css, ":root[data-theme='dark']") };

/** [text, background] pairs as the app draws them. */
const PAIRS: [string, string][] = [
  ['text', 'bg'], ['text', 'panel'], ['text', 'surface'], ['text', 'hover'], ['text', 'code-bg'], ['text', 'node-bg'],
  ['muted', 'bg'], ['muted', 'panel'], ['muted', 'surface'], ['muted', 'node-bg'], ['muted', 'code-bg'],
  ['error', 'panel'], ['warning', 'panel'], ['accent-ui', 'panel'],
  ['warn-text', 'warn-bg'], ['danger-text', 'danger-bg'], ['text', 'info-bg'],
  ['on-strong', 'badge-error-bg'], ['on-strong', 'badge-warning-bg'], ['on-strong', 'marker-bg'], ['on-strong', 'marker-end-bg'],
  ['toolbar-text', 'toolbar-bg'], ['toolbar-muted', 'toolbar-bg'], ['toolbar-text', 'toolbar-button'],
  ['catch-text', 'surface'],
  ['st-progress', 'st-progress-bg'], ['st-ok', 'st-ok-bg'], ['st-fail', 'st-fail-bg'], ['st-caught', 'st-caught-bg'], ['st-aborted', 'st-aborted-bg'],
  ['text', 'st-progress-bg'], ['text', 'st-ok-bg'], ['text', 'st-fail-bg'], ['text', 'st-caught-bg'], ['text', 'st-aborted-bg'],
  ['muted', 'st-progress-bg'], ['muted', 'st-ok-bg'], ['muted', 'st-fail-bg'], ['muted', 'st-caught-bg'], ['muted', 'st-aborted-bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, vars) => {
  it.each(PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(vars[fg], fg).toMatch(/^#[0-9a-f]{3,6}$/i);
    expect(vars[bg], bg).toMatch(/^#[0-9a-f]{3,6}$/i);
    expect(contrastRatio(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000', '#fff', 21],
    ['#fff', '#fff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s ≈ %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
});
