import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../asl/parse.ts';
import { convertedText, convertRefusal, formatYaml } from './convert.ts';
import { definitionAt, hoverAt } from './navigation.ts';

const JSON_TEXT = `{
  "StartAt": "Work",
  "States": {
    "Work": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Fan",
      "Retry": [{ "ErrorEquals": ["States.ALL"], "MaxAttempts": 2 }] },
    "Fan": { "Type": "Parallel", "End": true, "Branches": [
      { "StartAt": "In", "States": { "In": { "Type": "Pass", "Next": "Done" }, "Done": { "Type": "Succeed" } } }
    ] }
  }
}`;
const parsed = parseDocument(JSON_TEXT);
/** The offset of the n-th occurrence of a snippet, plus a small shift into it. */
const offsetOf = (snippet: string, shift = 2, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = JSON_TEXT.indexOf(snippet, at + 1);
  return at + shift;
};
const textOf = (r: { offset: number; length: number } | undefined) => (r ? JSON_TEXT.slice(r.offset, r.offset + r.length) : undefined);

describe('hover', () => {
  it.each([
    ['a Task field', '"Resource"', 'Task field', 'The ARN of the work'],
    ['a Retrier field', '"MaxAttempts"', 'Retrier field', 'maximum number of retries'],
    ['a machine field', '"StartAt"', 'Machine field (required', 'starts with'],
    ['a state name', '"Fan": {', 'Parallel state', ''],
  ])('documents %s', (_name, snippet, title, doc) => {
    const info = hoverAt(parsed, offsetOf(snippet));
    expect(info?.contents[0]).toContain(title);
    expect(info?.contents.join('\n')).toContain(doc);
  });

  it('says nothing over values or free-form data', () => {
    expect(hoverAt(parsed, offsetOf('"arn:aws'))).toBeUndefined();
  });
});

describe('go to definition', () => {
  it('jumps from Next and StartAt to the state key, within the same scope', () => {
    expect(textOf(definitionAt(parsed, offsetOf('"Fan",')))).toBe('"Fan"');
    expect(definitionAt(parsed, offsetOf('"Fan",'))?.line).toBe(6);
    expect(definitionAt(parsed, offsetOf('"Work"'))?.line).toBe(4);
    expect(definitionAt(parsed, offsetOf('"Done" }'))?.offset).toBe(JSON_TEXT.indexOf('"Done": {'));
    expect(definitionAt(parsed, offsetOf('"In", "States"'))?.offset).toBe(JSON_TEXT.indexOf('"In": {'));
  });

  it('does nothing elsewhere', () => {
    expect(definitionAt(parsed, offsetOf('"Task"'))).toBeUndefined();
    expect(definitionAt(parsed, offsetOf('"Next"'))).toBeUndefined();
  });
});

describe('JSON ↔ YAML', () => {
  const definition = parsed.value;
  it('round-trips the definition', () => {
    const yaml = convertedText({ format: 'json', definition, stale: false }, 'yaml')!;
    expect(yaml).toContain('StartAt: Work\n');
    const back = convertedText({ format: 'yaml', definition: parseDocument(yaml).value, stale: false }, 'json')!;
    expect(JSON.parse(back)).toEqual(definition);
  });

  it('refuses while stale, and does nothing for the same format', () => {
    expect(convertRefusal({ format: 'json', definition, stale: true })).toMatch(/syntax error/);
    expect(convertedText({ format: 'json', definition, stale: true }, 'yaml')).toBeUndefined();
    expect(convertedText({ format: 'json', definition, stale: false }, 'json')).toBeUndefined();
  });

  it('formats YAML with its comments, and leaves broken YAML alone', () => {
    expect(formatYaml('# top\nStartAt:   A # start\nStates:\n    A:\n          Type: Succeed\n')).toBe(
      '# top\nStartAt: A # start\nStates:\n  A:\n    Type: Succeed\n',
    );
    expect(formatYaml('a: [')).toBeUndefined();
  });
});
