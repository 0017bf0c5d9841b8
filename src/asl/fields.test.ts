import { describe, expect, it } from 'vitest';
import { CHOICE_OPERATORS, FIELDS, choiceOperator, fieldSpec, fieldsOf, type FieldOwner } from './fields.ts';
import { STATE_TYPES } from './types.ts';

const owners = Object.keys(FIELDS) as FieldOwner[];

describe('field table', () => {
  it('describes every field with a name, languages, a kind and a one-line doc', () => {
    const problems: string[] = [];
    for (const owner of owners) {
      for (const [name, spec] of Object.entries(FIELDS[owner])) {
        const at = `${owner}.${name}`;
        if (spec.name !== name) problems.push(`${at}: name ${spec.name}`);
        if (spec.languages.length === 0) problems.push(`${at}: no language`);
        if (!/^\S[^\n]{8,}\.$/.test(spec.doc)) problems.push(`${at}: doc ${JSON.stringify(spec.doc)}`);
        if (spec.kind === 'enum' && !spec.enum?.length) problems.push(`${at}: enum without values`);
        if (spec.kind === 'sub' && !(spec.sub && FIELDS[spec.sub])) problems.push(`${at}: sub without owner`);
        for (const other of spec.exclusive ?? []) {
          if (!fieldSpec(owner, other)?.exclusive?.includes(name)) problems.push(`${at}: exclusive with ${other} one way only`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has every state type, each requiring Type', () => {
    for (const t of STATE_TYPES) expect(fieldSpec(t, 'Type')).toMatchObject({ required: true, enum: STATE_TYPES });
  });

  it.each([
    ['JSONPath only', ['InputPath', 'OutputPath', 'Parameters', 'ResultSelector', 'ResultPath'], ['JSONPath']],
    ['JSONata only', ['Arguments', 'Output'], ['JSONata']],
    ['both', ['Assign', 'Comment', 'Next', 'End', 'QueryLanguage', 'Retry', 'Catch', 'TimeoutSeconds'], ['JSONPath', 'JSONata']],
  ])('Task fields %s', (_title, names, languages) => {
    expect(names.map((n) => [n, fieldSpec('Task', n)?.languages])).toEqual(names.map((n) => [n, languages]));
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
