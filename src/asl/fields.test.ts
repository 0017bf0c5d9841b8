import { describe, expect, it } from 'vitest';
import { CHOICE_OPERATORS, FIELDS, choiceOperator, fieldSpec, fieldsOf, type FieldOwner } from './fields.ts';
import { STATE_TYPES } from './types.ts';

const owners = Object.keys(FIELDS) as FieldOwner[];

describe('field table', () => {
  it('describes every field with a name, languages, a kind and a one-line doc', () => {
    for (const owner of owners) {
      for (const [name, spec] of Object.entries(FIELDS[owner])) {
        expect(spec.name, `${owner}.${name}`).toBe(name);
        expect(spec.languages.length, `${owner}.${name}`).toBeGreaterThan(0);
        expect(spec.doc, `${owner}.${name}`).toMatch(/^\S.{8,}\.$/);
        expect(spec.doc.includes('\n'), `${owner}.${name}`).toBe(false);
        if (spec.kind === 'enum') expect(spec.enum?.length, `${owner}.${name}`).toBeGreaterThan(0);
        if (spec.kind === 'sub') expect(spec.sub && FIELDS[spec.sub], `${owner}.${name}`).toBeDefined();
        for (const other of spec.exclusive ?? []) expect(fieldSpec(owner, other)?.exclusive, `${owner}.${name}/${other}`).toContain(name);
      }
    }
  });

  it('has every state type, each requiring Type', () => {
    for (const t of STATE_TYPES) expect(fieldSpec(t, 'Type')).toMatchObject({ required: true, enum: STATE_TYPES });
  });

  it.each([
    ['JSONPath only', ['InputPath', 'OutputPath', 'Parameters', 'ResultSelector', 'ResultPath'], ['JSONPath']],
    ['JSONata only', ['Arguments', 'Output'], ['JSONata']],
    ['both', ['Assign', 'Comment', 'Next', 'End', 'QueryLanguage', 'Retry', 'Catch', 'TimeoutSeconds'], ['JSONPath', 'JSONata']],
  ])('Task fields %s', (_title, names, languages) => {
    for (const n of names) expect(fieldSpec('Task', n)?.languages, n).toEqual(languages);
  });

  it.each([
    ['Map', 'ItemsPath', ['JSONPath']],
    ['Map', 'Items', ['JSONata']],
    ['Wait', 'SecondsPath', ['JSONPath']],
    ['ChoiceRule', 'Variable', ['JSONPath']],
    ['ChoiceRule', 'Condition', ['JSONata']],
    ['Catcher', 'ResultPath', ['JSONPath']],
    ['Catcher', 'Output', ['JSONata']],
    ['Fail', 'ErrorPath', ['JSONPath']],
  ])('%s.%s is allowed in %j', (owner, name, languages) => {
    expect(fieldSpec(owner as FieldOwner, name)?.languages).toEqual(languages);
  });

  it('lists the fields of one language for forms and completion', () => {
    const jsonata = fieldsOf('Pass', 'JSONata').map((f) => f.name);
    expect(jsonata).toContain('Output');
    expect(jsonata).not.toContain('Parameters');
    expect(fieldsOf('Pass').length).toBeGreaterThan(jsonata.length);
    expect(fieldSpec('Pass', 'constructor')).toBeUndefined();
  });

  it('knows the Choice comparison operators and their operand kinds', () => {
    expect(Object.keys(CHOICE_OPERATORS)).toHaveLength(39);
    expect(choiceOperator('NumericLessThanEqualsPath')?.operand).toBe('path');
    expect(choiceOperator('TimestampEquals')?.operand).toBe('timestamp');
    expect(choiceOperator('IsPresent')?.operand).toBe('boolean');
    expect(choiceOperator('toString')).toBeUndefined();
  });
});
