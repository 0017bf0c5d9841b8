import { expect, type Locator } from '@playwright/test';

/**
 * Where an element stands for a pointer: "usable" when it lies whole inside the viewport and is the element under its
 * own centre (or holds it), else why not. Runs in the page.
 */
function usability(el: Element): string {
  const describe = (e: Element) => {
    const label = e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 40) ?? '';
    return `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}> "${label}"`;
  };
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return 'has no size';
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) {
    return `lies outside the ${vw}×${vh} viewport: ${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)}`;
  }
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (!hit) return 'has nothing under its centre';
  if (hit === el || el.contains(hit)) return 'usable';
  return `is covered at its centre by ${describe(hit)}`;
}

/**
 * The element can be used with a pointer: it lies inside the viewport and `document.elementFromPoint` at its centre is
 * the element or inside it (nothing covers it, no scroll container clips it away). Waits for it like any expect.
 */
export async function expectUsable(locator: Locator, message?: string): Promise<void> {
  await expect(locator, message).toBeVisible();
  await expect.poll(() => locator.evaluate(usability), { message: message ?? `${locator} is usable` }).toBe('usable');
}

/** Every element the locator matches is usable (at least one must match). */
export async function expectAllUsable(locator: Locator, message?: string): Promise<void> {
  await expect(locator.first(), message).toBeVisible();
  for (const one of await locator.all()) await expectUsable(one, message);
}

/** An element's box in CSS pixels (fails when it has none). */
export async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box`);
  return b;
}
