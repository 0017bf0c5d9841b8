import { describe, expect, it } from 'vitest';
import { BASE_PADDING, fitPadding, MINIMAP_BOX } from './fitPadding.ts';

const px = (v: string) => Number(v.replace('px', ''));

describe('fitPadding', () => {
  it('is the usual padding without a minimap', () => {
    expect(fitPadding({ width: 300, height: 900 }, { width: 800, height: 600 }, undefined, 1.2)).toBe(BASE_PADDING);
  });

  it('keeps a tall drawing clear on the right (the height limits its zoom anyway)', () => {
    const pad = fitPadding({ width: 250, height: 900 }, { width: 900, height: 700 }, MINIMAP_BOX, 1.2);
    if (typeof pad === 'number') throw new Error('expected pixels');
    expect(px(pad.right)).toBe(MINIMAP_BOX.width);
    expect(px(pad.bottom)).toBeLessThan(MINIMAP_BOX.height);
  });

  it('keeps a wide drawing clear at the bottom (the width limits its zoom)', () => {
    const pad = fitPadding({ width: 1600, height: 200 }, { width: 900, height: 700 }, MINIMAP_BOX, 1.2);
    if (typeof pad === 'number') throw new Error('expected pixels');
    expect(px(pad.bottom)).toBe(MINIMAP_BOX.height);
    expect(px(pad.right)).toBeLessThan(MINIMAP_BOX.width);
  });

  it('never pads less than the usual padding on any side', () => {
    const pad = fitPadding({ width: 100, height: 100 }, { width: 3000, height: 2000 }, MINIMAP_BOX, 1.2);
    if (typeof pad === 'number') throw new Error('expected pixels');
    expect(px(pad.left)).toBe(Math.floor((3000 - 3000 / 1.2) / 2));
    expect(px(pad.top)).toBe(Math.floor((2000 - 2000 / 1.2) / 2));
    expect(px(pad.right)).toBeGreaterThanOrEqual(px(pad.left));
  });
});
