import { describe, expect, test } from 'vitest';
import { pngSize, svgSize } from './svgExport.ts';

describe('PNG size of an exported SVG', () => {
  test('the SVG root size is read exactly, fractions kept (an <img> would round them)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="412.3" height="250.5" viewBox="-24 -24 412.3 250.5" font-family="x">\n<rect width="9" height="9"/></svg>';
    expect(svgSize(svg)).toEqual({ width: 412.3, height: 250.5 });
  });

  test('the viewBox and inner elements do not count', () => {
    expect(svgSize('<svg viewBox="0 0 5 5" width="10" height="20"><rect width="99" height="99"/></svg>')).toEqual({ width: 10, height: 20 });
  });

  test('the PNG is the size times the scale, rounded up to whole pixels', () => {
    expect(pngSize({ width: 412.3, height: 250.5 }, 2)).toEqual({ width: 825, height: 501 });
    expect(pngSize({ width: 100, height: 50 }, 2)).toEqual({ width: 200, height: 100 });
  });

  test('an SVG without a size is an error, not an empty image', () => {
    expect(() => svgSize('<svg viewBox="0 0 5 5"></svg>')).toThrow('no size');
    expect(() => svgSize('not svg')).toThrow('no size');
  });
});
