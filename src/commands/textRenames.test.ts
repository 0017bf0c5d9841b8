import { describe, expect, it } from 'vitest';
import { CHAIN, NESTED, defOf } from './testUtil.ts';
import { textRenames } from './textRenames.ts';

/** `text` with every quoted `"from"` replaced by `"to"` (a key and the references to it, as a user types it). */
const retyped = (text: string, from: string, to: string) => text.split(`"${from}"`).join(`"${to}"`);

describe('renames typed in the text', () => {
  it('a key replaced by a new key with the same body, references updated or not yet', () => {
    expect(textRenames(defOf(CHAIN), defOf(retyped(CHAIN, 'B', 'Work')))).toEqual([{ kind: 'rename', from: 'B', to: 'Work' }]);
    // Only the key typed so far: A still points at B (a dangling Next) and the rename is already seen.
    const keyOnly = CHAIN.replace('"B": {', '"Wo": {');
    expect(textRenames(defOf(CHAIN), defOf(keyOnly))).toEqual([{ kind: 'rename', from: 'B', to: 'Wo' }]);
  });

  it('a state that loops to itself keeps its body once its own Next follows the rename', () => {
    const loop = JSON.stringify({ StartAt: 'Poll', States: { Poll: { Type: 'Wait', Seconds: 5, Next: 'Poll' } } });
    expect(textRenames(defOf(loop), defOf(retyped(loop, 'Poll', 'Wait a bit')))).toEqual([{ kind: 'rename', from: 'Poll', to: 'Wait a bit' }]);
  });

  it('two states renamed together that point at each other (one typing burst, or its undo)', () => {
    const ring = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Wait', Seconds: 1, Next: 'A' } } });
    const renamed = retyped(retyped(ring, 'A', 'First'), 'B', 'Second');
    expect(textRenames(defOf(ring), defOf(renamed))).toEqual([
      { kind: 'rename', from: 'A', to: 'First' },
      { kind: 'rename', from: 'B', to: 'Second' },
    ]);
  });

  it('inside a Parallel branch and a Map processor; a renamed container carries its nested ids', () => {
    expect(textRenames(defOf(NESTED), defOf(retyped(NESTED, 'B2', 'Second')))).toEqual([{ kind: 'rename', from: 'P/~b0/B2', to: 'P/~b0/Second' }]);
    expect(textRenames(defOf(NESTED), defOf(retyped(NESTED, 'I1', 'Item')))).toEqual([{ kind: 'rename', from: 'M/~p/I1', to: 'M/~p/Item' }]);
    expect(textRenames(defOf(NESTED), defOf(retyped(NESTED, 'P', 'Fan out')))).toEqual([{ kind: 'rename', from: 'P', to: 'Fan out' }]);
  });

  it('a container renamed together with a state inside it: the container first, the inner one under its new id', () => {
    const both = retyped(retyped(NESTED, 'P', 'Fan out'), 'B1', 'First');
    expect(textRenames(defOf(NESTED), defOf(both))).toEqual([
      { kind: 'rename', from: 'P', to: 'Fan out' },
      { kind: 'rename', from: 'Fan out/~b0/B1', to: 'Fan out/~b0/First' },
    ]);
  });

  it('no rename when the body changed too, when nothing was renamed, or when the pairing is ambiguous', () => {
    const changed = retyped(CHAIN, 'B', 'Work').replace('"Next": "C"', '"Next": "F"');
    expect(textRenames(defOf(CHAIN), defOf(changed))).toEqual([]);
    expect(textRenames(defOf(CHAIN), defOf(CHAIN.replace('"A chain"', '"Edited"')))).toEqual([]);
    const twins = JSON.stringify({ StartAt: 'X', States: { X: { Type: 'Succeed' } } });
    const two = JSON.stringify({ StartAt: 'Y', States: { Y: { Type: 'Succeed' }, Z: { Type: 'Succeed' } } });
    expect(textRenames(defOf(twins), defOf(two))).toEqual([]);
    // A state deleted and another one added: different bodies, no rename.
    const swapped = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true }, New: { Type: 'Fail' } } });
    const base = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true }, Old: { Type: 'Succeed' } } });
    expect(textRenames(defOf(base), defOf(swapped))).toEqual([]);
  });
});
