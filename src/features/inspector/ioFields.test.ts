import { describe, expect, it } from 'vitest';
import { ioFields } from './ioFields.ts';

describe('ioFields', () => {
  it.each([
    ['Task', 'JSONPath', ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath', 'Assign']],
    ['Task', 'JSONata', ['Arguments', 'Output', 'Assign']],
    ['Pass', 'JSONPath', ['InputPath', 'Parameters', 'ResultPath', 'OutputPath', 'Assign']],
    ['Pass', 'JSONata', ['Output', 'Assign']],
    ['Wait', 'JSONPath', ['InputPath', 'OutputPath', 'Assign']],
    ['Choice', 'JSONata', ['Output', 'Assign']],
    ['Succeed', 'JSONPath', ['InputPath', 'OutputPath']],
    ['Succeed', 'JSONata', ['Output']],
    ['Fail', 'JSONPath', []],
    ['Map', 'JSONPath', ['InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'Assign']],
    ['Parallel', 'JSONata', ['Arguments', 'Output', 'Assign']],
  ] as const)('%s in %s', (type, lang, expected) => {
    expect(ioFields(type, lang)).toEqual(expected);
  });
});
