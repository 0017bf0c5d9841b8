import { describe, expect, it } from 'vitest';
import { cursorContextAt } from './cursorContext.ts';

/** The context at the `|` in a text (the bar is removed first). */
function at(textWithBar: string, format: 'json' | 'yaml') {
  const offset = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, offset) + textWithBar.slice(offset + 1);
  const ctx = cursorContextAt(text, offset, format);
  return ctx && { ...ctx, replaced: text.slice(ctx.replaceStart, ctx.replaceEnd) };
}

describe('JSON cursor context', () => {
  it.each([
    ['a key being typed in a state', '{"States": {"A": {"Type": "Pass", "Ne|"}}}', ['States', 'A'], true, '"Ne"'],
    ['an empty key position', '{"States": {"A": {"Type": "Pass", |}}}', ['States', 'A'], true, ''],
    ['a Next value', '{"States": {"A": {"Next": "B|"}}}', ['States', 'A', 'Next'], false, '"B"'],
    ['an empty value', '{"StartAt": |}', ['StartAt'], false, ''],
    ['a Catch Next in a branch', '{"States": {"P": {"Branches": [{"States": {"X": {"Catch": [{"Next": "|"}]}}}]}}}', ['States', 'P', 'Branches', 0, 'States', 'X', 'Catch', 0, 'Next'], false, '""'],
  ])('%s', (_name, text, path, atKey, replaced) => {
    expect(at(text, 'json')).toMatchObject({ path, atKey, replaced });
  });

  it('knows when a colon or another property follows the key', () => {
    expect(at('{"A": {"Ty|": 1}}', 'json')).toMatchObject({ colonFollows: true, commaNeeded: false });
    expect(at('{"A": {|\n "Type": "Pass"}}', 'json')).toMatchObject({ colonFollows: false, commaNeeded: true });
  });
});

describe('YAML cursor context', () => {
  const doc = [
    'StartAt: A',
    'States:',
    '  A:',
    '    Type: Task',
    '    Retry:',
    '      - ErrorEquals: [States.ALL]',
    '        MaxAttempts: 2',
    '    Catch:',
    '    - ErrorEquals: [States.ALL]',
    '      Next: B',
    '    - ErrorEquals: [X]',
    '      Next: |',
  ].join('\n');

  it.each([
    ['a top-level key', 'Start|At: A\nStates: {}', [], true, 'StartAt'],
    ['a blank line inside a state', 'States:\n  A:\n    Type: Pass\n    |', ['States', 'A'], true, ''],
    ['a value', 'States:\n  A:\n    Next: Fo|o # to Foo', ['States', 'A', 'Next'], false, 'Foo'],
    ['a quoted value', 'States:\n  A:\n    Next: "F|"', ['States', 'A', 'Next'], false, '"F"'],
    ['a key in a sequence item', 'States:\n  A:\n    Retry:\n      - ErrorEquals: [x]\n        |', ['States', 'A', 'Retry', 0], true, ''],
    ['the second item of a compact sequence', doc, ['States', 'A', 'Catch', 1, 'Next'], false, ''],
  ])('%s', (_name, text, path, atKey, replaced) => {
    expect(at(text, 'yaml')).toMatchObject({ path, atKey, replaced });
  });

  it('knows that a colon follows a key being edited', () => {
    expect(at('States:\n  A:\n    Ty|pe: Pass', 'yaml')).toMatchObject({ path: ['States', 'A'], atKey: true, colonFollows: true, replaced: 'Type' });
  });
});
