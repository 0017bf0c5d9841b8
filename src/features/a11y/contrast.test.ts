/** The theme's text colours against their backgrounds meet WCAG AA (4.5:1) in the light and the dark theme. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG 2 contrast ratio between two opaque colours (`#rgb` or `#rrggbb`). */
function channel(v: number): number {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The custom properties of one CSS rule block (`--name: value;`), in order. */
function cssVariables(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) return {};
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/--([\w-]+):\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

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
    expect(vars[fg]).toMatch(/^#[0-9a-f]{3,6}$/i);
    expect(vars[bg]).toMatch(/^#[0-9a-f]{3,6}$/i);
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
