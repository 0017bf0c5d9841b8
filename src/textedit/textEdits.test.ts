import { describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse.ts';
import { applyTextEdits, computeTextEdits } from './textEdits.ts';
import { ODD_JSON } from '../testing/machines.ts';

/** Apply `computeTextEdits` from the text's own value to `next`; check the result and the byte-exact way back. */
function roundTrip(text: string, format: 'json' | 'yaml', next: (v: any) => unknown) {
  const old = parseDocument(text, format).value;
  const target = next(structuredClone(old));
  const edits = computeTextEdits(text, format, old, target);
  const edited = applyTextEdits(text, edits);
  expect(parseDocument(edited, format).value).toEqual(target);
  const back = applyTextEdits(edited, computeTextEdits(edited, format, target, old));
  expect(back).toBe(text);
  return { edits, edited };
}

/** The text outside the edits is unchanged: removing each edit's span from both texts leaves equal strings. */
function outsideUnchanged(text: string, edited: string, edits: { offset: number; length: number; content: string }[]) {
  let a = text;
  let b = edited;
  for (const e of [...edits].sort((x, y) => y.offset - x.offset)) {
    a = a.slice(0, e.offset) + a.slice(e.offset + e.length);
  }
  let delta = 0;
  const spans = [...edits].sort((x, y) => x.offset - y.offset).map((e) => {
    const s = { start: e.offset + delta, end: e.offset + delta + e.content.length };
    delta += e.content.length - e.length;
    return s;
  });
  for (const s of spans.reverse()) b = b.slice(0, s.start) + b.slice(s.end);
  expect(b).toBe(a);
}

describe('computeTextEdits (JSON)', () => {
  it('replaces only a changed scalar, keeping odd formatting and CRLF', () => {
    const { edits, edited } = roundTrip(ODD_JSON, 'json', (v) => {
      v.States.B.Result = [1, 3];
      return v;
    });
    expect(edits).toEqual([{ offset: ODD_JSON.indexOf('[1,2]') + 3, length: 1, content: '3' }]);
    outsideUnchanged(ODD_JSON, edited, edits);
  });

  it('renames a key in place, keeping its position and value text', () => {
    const { edits, edited } = roundTrip(ODD_JSON, 'json', (v) => ({
      States: { B: v.States.B, Alpha: v.States.A },
      StartAt: 'Alpha',
    }));
    expect(edited).toContain('"Alpha": {\r\n            "Next": "B"');
    expect(edited.indexOf('"B"')).toBeLessThan(edited.indexOf('"Alpha"'));
    expect(edits).toHaveLength(2);
    outsideUnchanged(ODD_JSON, edited, edits);
  });

  it('inserts a property in the style of its siblings (single-line object)', () => {
    const { edited } = roundTrip(ODD_JSON, 'json', (v) => {
      v.States.B = { Type: 'Pass', Comment: 'hi', Result: [1, 2], End: true };
      return v;
    });
    expect(edited).toContain('{"Type": "Pass", "Comment": "hi", "Result": [1,2],   "End": true}');
  });

  it('inserts a nested object with the indentation used around the edit point and CRLF', () => {
    const { edited, edits } = roundTrip(ODD_JSON, 'json', (v) => {
      v.States.A = { Next: 'B', Type: 'Pass', Parameters: { x: [1, 2] } };
      return v;
    });
    expect(edited).toContain('"Type":"Pass",\r\n            "Parameters": {\r\n                "x": [1, 2]\r\n            }\r\n');
    outsideUnchanged(ODD_JSON, edited, edits);
  });

  it('removes properties and array items with their separators only', () => {
    const text = '{\n  "a": [1, 2, 3],\n  "b": {"c": 1, "d": 2},\n  "e": true\n}\n';
    const { edited } = roundTrip(text, 'json', () => ({ a: [1, 3], b: { d: 2 } }));
    expect(edited).toBe('{\n  "a": [1, 3],\n  "b": {"d": 2}\n}\n');
  });

  it('fills empty objects and arrays, and empties them again', () => {
    const text = '{\n\t"a": {},\n\t"b": []\n}';
    const { edited } = roundTrip(text, 'json', () => ({ a: { k: 'v' }, b: ['x'] }));
    expect(edited).toBe('{\n\t"a": {\n\t\t"k": "v"\n\t},\n\t"b": [\n\t\t"x"\n\t]\n}');
  });

  it('replaces text that does not parse as a whole', () => {
    const edits = computeTextEdits('{ broken', 'json', {}, { a: 1 });
    expect(applyTextEdits('{ broken', edits)).toBe('{\n  "a": 1\n}\n');
  });
});

describe('computeTextEdits (YAML)', () => {
  const YAML = [
    '# A machine',
    'Comment: demo   # keep me',
    'StartAt: A',
    'States:',
    '  A:',
    '    Type: Pass',
    '    Result: [1,2]',
    '    Next: B  # next',
    '  B:',
    '    Type: "Succeed"',
    '',
  ].join('\n');

  it('changes a scalar and keeps comments and quoting', () => {
    const { edited, edits } = roundTrip(YAML, 'yaml', (v) => {
      v.Comment = 'changed';
      return v;
    });
    expect(edited).toContain('Comment: changed   # keep me');
    expect(edited).toContain('Type: "Succeed"');
    outsideUnchanged(YAML, edited, edits);
  });

  it('renames a state key in place', () => {
    const { edited } = roundTrip(YAML, 'yaml', (v) => ({
      ...v,
      StartAt: 'A',
      States: { A: { ...v.States.A, Next: 'Done' }, Done: v.States.B },
    }));
    expect(edited).toContain('  Done:\n    Type: "Succeed"');
    expect(edited).toContain('# A machine');
  });

  it('adds and removes a state', () => {
    const { edited } = roundTrip(YAML, 'yaml', (v) => ({
      ...v,
      States: { ...v.States, C: { Type: 'Wait', Seconds: 5, End: true } },
    }));
    expect(parseDocument(edited, 'yaml').value).toMatchObject({ States: { C: { Seconds: 5 } } });
    expect(edited.startsWith('# A machine\nComment: demo   # keep me')).toBe(true);
  });
});
