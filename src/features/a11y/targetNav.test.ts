import { describe, expect, it } from 'vitest';
import { activeOption, moveActive } from './targetNav.ts';

const opts = [
  { id: 'a', enabled: false },
  { id: 'b', enabled: true },
  { id: 'c', enabled: true },
];

describe('activeOption', () => {
  it('keeps a listed highlight, else takes the first option that can be picked', () => {
    expect(activeOption(opts, 'c')).toBe('c');
    expect(activeOption(opts, 'gone')).toBe('b');
    expect(activeOption(opts, undefined)).toBe('b');
    expect(activeOption([{ id: 'x', enabled: false }], undefined)).toBe('x');
    expect(activeOption([], 'a')).toBeUndefined();
  });
});

describe('moveActive', () => {
  it('moves one option with the arrows, stopping at the ends', () => {
    expect(moveActive(opts, 'b', 'ArrowDown')).toBe('c');
    expect(moveActive(opts, 'c', 'ArrowDown')).toBe('c');
    expect(moveActive(opts, 'b', 'ArrowUp')).toBe('a');
    expect(moveActive(opts, 'a', 'ArrowUp')).toBe('a');
  });
  it('jumps with Home, End and the page keys, and ignores other keys', () => {
    expect(moveActive(opts, 'b', 'Home')).toBe('a');
    expect(moveActive(opts, 'a', 'End')).toBe('c');
    expect(moveActive(opts, 'a', 'PageDown', 1)).toBe('b');
    expect(moveActive(opts, 'c', 'PageUp', 5)).toBe('a');
    expect(moveActive(opts, 'a', 'Enter')).toBeUndefined();
    expect(moveActive([], undefined, 'ArrowDown')).toBeUndefined();
  });
});
