import { describe, expect, it } from 'vitest';
import { TASK_PRESETS } from '../../asl/presets.ts';
import { STATE_TYPES } from '../../asl/types.ts';
import { completionsAt } from './completion.ts';
import { cursorContextAt } from './cursorContext.ts';

const definition = {
  QueryLanguage: 'JSONPath',
  StartAt: 'Get',
  States: {
    Get: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Decide', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] },
    Decide: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Fan' }] },
    Fan: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true }, Other: { Type: 'Succeed' } } }], End: true },
    Modern: { Type: 'Pass', QueryLanguage: 'JSONata', End: true },
    Oops: { Type: 'Fail' },
  },
};

/** Labels offered at the `|` of a JSON text. */
function labels(textWithBar: string, def: unknown = definition, format: 'json' | 'yaml' = 'json'): string[] {
  const offset = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, offset) + textWithBar.slice(offset + 1);
  const ctx = cursorContextAt(text, offset, format);
  return ctx ? completionsAt(def, ctx, format).map((s) => s.label) : [];
}

describe('field names', () => {
  it('offers the fields of the state type that are not there yet', () => {
    const got = labels('{"States": {"Get": {"Type": "Task", "Resource": "x", "Next": "Decide", "Catch": [], |}}}');
    expect(got).toEqual(expect.arrayContaining(['Retry', 'TimeoutSeconds', 'Parameters', 'ResultPath', 'Comment']));
    expect(got).not.toEqual(expect.arrayContaining(['Resource']));
    expect(got).not.toContain('Choices');
    expect(got).not.toContain('Default');
  });

  it('respects the query language in effect', () => {
    const jsonata = labels('{"States": {"Modern": {|}}}');
    expect(jsonata).toEqual(expect.arrayContaining(['Output', 'Assign']));
    expect(jsonata).not.toContain('Parameters');
    expect(jsonata).not.toContain('ResultPath');
    const jsonPath = labels('{"States": {"Get": {|}}}');
    expect(jsonPath).toContain('ResultPath');
    expect(jsonPath).not.toContain('Arguments');
  });

  it('offers Next in a state with neither Next nor End, and leaves out fields that exclude present ones', () => {
    expect(labels('{"States": {"Oops": {|}}}')).toEqual(['Comment', 'QueryLanguage', 'Error', 'ErrorPath', 'Cause', 'CausePath']);
    expect(labels('{"States": {"Inner": {|}}}', { States: { Inner: { Type: 'Wait', Seconds: 1 } } })).toContain('Next');
  });

  it('offers Retrier, Catcher and Choice rule fields, and the JSONPath comparison operators', () => {
    expect(labels('{"States": {"Get": {"Catch": [{|}]}}}')).toEqual(['ResultPath', 'Assign', 'Comment']);
    expect(labels('{"States": {"Get": {"Retry": [{|}]}}}')).toContain('MaxAttempts');
    const rule = labels('{"States": {"Decide": {"Choices": [{|}]}}}');
    expect(rule).toEqual(expect.arrayContaining(['Comment', 'StringEquals', 'NumericGreaterThan']));
    expect(rule).not.toContain('Condition');
  });

  it('offers the fields of every state type while the Type is unknown, and nothing inside free-form data', () => {
    expect(labels('{"States": {"New": {|}}}')).toEqual(expect.arrayContaining(['Type', 'Resource', 'Choices', 'Branches']));
    expect(labels('{"States": {"Get": {"Parameters": {|}}}}')).toEqual([]);
  });

  it('builds a snippet with the value, or only the key when a colon follows', () => {
    const def = { States: { P: { Type: 'Pass' } } };
    const next = (text: string) => {
      const ctx = cursorContextAt(text.replace('|', ''), text.indexOf('|'), 'json')!;
      return completionsAt(def, ctx, 'json').find((s) => s.label === 'Next');
    };
    expect(next('{"States": {"P": {"Ne|"}}}')).toMatchObject({ insertText: '"Next": "$1"', retrigger: true });
    expect(next('{"States": {"P": {"Ne|": 1}}}')).toMatchObject({ insertText: '"Next"', retrigger: false });
    expect(next('{"States": {"P": {|\n"Type": "Pass"}}}')?.insertText).toBe('"Next": "$1",');
  });
});

describe('values', () => {
  it('offers the state names of the same States object for Next, Default, Catch and StartAt', () => {
    expect(labels('{"States": {"Get": {"Next": "|"}}}')).toEqual(['Decide', 'Fan', 'Modern', 'Oops', 'Get']);
    expect(labels('{"States": {"Decide": {"Default": |}}}')).toEqual(['Get', 'Fan', 'Modern', 'Oops', 'Decide']);
    expect(labels('{"States": {"Get": {"Catch": [{"Next": "|"}]}}}')[0]).toBe('Decide');
    expect(labels('{"StartAt": "|"}')).toEqual(['Get', 'Decide', 'Fan', 'Modern', 'Oops']);
    expect(labels('{"States": {"Fan": {"Branches": [{"States": {"Inner": {"Next": "|"}}}]}}}')).toEqual(['Other', 'Inner']);
    expect(labels('{"States": {"Fan": {"Branches": [{"StartAt": "|"}]}}}')).toEqual(['Inner', 'Other']);
  });

  it('offers the eight types, the Task presets, enum values and booleans', () => {
    expect(labels('{"States": {"Get": {"Type": "|"}}}')).toEqual([...STATE_TYPES]);
    expect(labels('{"States": {"Get": {"Resource": "arn|"}}}')).toEqual(TASK_PRESETS.map((p) => p.resource));
    expect(labels('{"QueryLanguage": |}')).toEqual(['JSONPath', 'JSONata']);
    expect(labels('{"States": {"Get": {"Retry": [{"JitterStrategy": "|"}]}}}')).toEqual(['FULL', 'NONE']);
    expect(labels('{"States": {"Fan": {"End": |}}}')).toEqual(['true', 'false']);
    expect(labels('{"States": {"Get": {"Comment": "|"}}}')).toEqual([]);
  });
});

describe('YAML', () => {
  const yaml = 'StartAt: Get\nStates:\n  Get:\n    Type: Task\n    Next: |\n';
  it('offers state names and plain keys', () => {
    expect(labels(yaml, definition, 'yaml')[0]).toBe('Decide');
    const offset = 'States:\n  Oops:\n    Type: Fail\n    '.length;
    const ctx = cursorContextAt('States:\n  Oops:\n    Type: Fail\n    \n', offset, 'yaml')!;
    expect(completionsAt(definition, ctx, 'yaml').find((s) => s.label === 'Cause')?.insertText).toBe('Cause: $1');
  });
});
