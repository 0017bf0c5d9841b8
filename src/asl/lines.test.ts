import { describe, expect, it } from 'vitest';
import { LineIndex } from './lines.ts';

describe('LineIndex', () => {
  const text = 'ab\ncd\r\n\nlast';
  const lines = new LineIndex(text);

  it('maps offsets to 1-based lines and columns, line starts included', () => {
    expect([0, 2, 3, 5, 7, 8, 9, 13].map((o) => lines.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
      { line: 4, column: 5 },
    ]);
  });

  it('maps lines and columns back to offsets, clamped to the text', () => {
    expect(lines.offsetAt(2, 2)).toBe(4);
    expect(lines.offsetAt(4, 1)).toBe(8);
    expect(lines.offsetAt(99, 99)).toBe(text.length);
    expect(lines.position(-5)).toEqual({ line: 1, column: 1 });
  });

  it('gives ranges across lines', () => {
    expect(lines.range(1, 3)).toEqual({ offset: 1, length: 3, line: 1, column: 2, endLine: 2, endColumn: 2 });
  });

  it('handles a text without line breaks and an empty one', () => {
    expect(new LineIndex('abc').position(2)).toEqual({ line: 1, column: 3 });
    expect(new LineIndex('').range(0, 0)).toEqual({ offset: 0, length: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
  });
});
