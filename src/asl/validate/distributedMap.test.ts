/**
 * Distributed Map fields and Task Credentials, as the developer guide requires them (sources in
 * distributedMap.ts and credentials.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../validate.ts';
import { machine, PASS_END } from './testing.ts';

const PROCESSOR = { StartAt: 'P', States: { P: PASS_END } };
const DISTRIBUTED = { ...PROCESSOR, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } };

function codes(state: Record<string, unknown>): [string, string][] {
  return validateDefinition(machine({ M: state })).map((d) => [d.code, d.path.slice(2).join('/')]);
}

function mapState(extra: Record<string, unknown>, processor: Record<string, unknown> = DISTRIBUTED) {
  return { Type: 'Map', ItemProcessor: processor, End: true, ...extra };
}

describe('Distributed Map fields', () => {
  it.each(['ItemBatcher', 'ResultWriter', 'Label', 'ToleratedFailureCount', 'ToleratedFailurePercentagePath'])('%s on an inline Map is an error', (field) => {
    const value = field === 'Label' ? 'L' : field.startsWith('Tolerated') ? (field.endsWith('Path') ? '$.x' : 1) : field === 'ResultWriter' ? { WriterConfig: { OutputType: 'JSON', Transformation: 'NONE' } } : { MaxItemsPerBatch: 2 };
    expect(codes(mapState({ [field]: value }, PROCESSOR))).toContainEqual(['map.distributedOnly', field]);
    expect(codes(mapState({ [field]: value }))).toEqual([]);
  });

  it.each([
    ['a'.repeat(40), []],
    ['a'.repeat(41), [['map.label.invalid', 'Label']]],
    ['my label', [['map.label.invalid', 'Label']]],
    ['a/b', [['map.label.invalid', 'Label']]],
    ['Process-Items_2', []],
  ])('Label %j', (label, expected) => {
    expect(codes(mapState({ Label: label }))).toEqual(expected);
  });

  it.each([
    [{}, [['map.resultWriter.incomplete', 'ResultWriter']]],
    [{ Resource: 'arn:aws:states:::s3:putObject' }, [['map.resultWriter.incomplete', 'ResultWriter']]],
    [{ Parameters: { Bucket: 'b', Prefix: 'p' } }, [['map.resultWriter.incomplete', 'ResultWriter']]],
    [{ Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'b', Prefix: 'p' } }, []],
    [{ WriterConfig: { OutputType: 'JSONL', Transformation: 'FLATTEN' } }, []],
    [{ WriterConfig: { Transformation: 'FLATTEN' } }, [['map.resultWriter.incomplete', 'ResultWriter/WriterConfig']]],
    [{ WriterConfig: { OutputType: 'CSV', Transformation: 'NONE' } }, [['field.enum', 'ResultWriter/WriterConfig/OutputType']]],
  ])('ResultWriter %j', (writer, expected) => {
    expect(codes(mapState({ ResultWriter: writer }))).toEqual(expected);
  });
});

describe('Task Credentials', () => {
  const task = (credentials: unknown, extra: Record<string, unknown> = {}) => ({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Credentials: credentials,
    End: true,
    ...extra,
  });
  it.each([
    [{ RoleArn: 'arn:aws:iam::123456789012:role/R' }, []],
    [{ 'RoleArn.$': '$.role' }, []],
    [{ roleArn: 'arn:aws:iam::123456789012:role/R' }, [['credentials.invalid', 'Credentials/roleArn'], ['credentials.invalid', 'Credentials']]],
    [{ RoleArn: 'arn:aws:iam::123456789012:role/R', ExternalId: 'x' }, [['credentials.invalid', 'Credentials/ExternalId']]],
    ['arn:aws:iam::123456789012:role/R', [['credentials.invalid', 'Credentials']]],
    [{ RoleArn: 7 }, [['credentials.invalid', 'Credentials/RoleArn']]],
  ])('JSONPath %j', (credentials, expected) => {
    expect(codes(task(credentials)).filter(([c]) => c === 'credentials.invalid')).toEqual(expected);
  });

  it('JSONata: RoleArn may be an expression; RoleArn.$ is not a JSONata field', () => {
    expect(codes(task({ RoleArn: '{% $role %}' }, { QueryLanguage: 'JSONata' })).filter(([c]) => c === 'credentials.invalid')).toEqual([]);
    expect(codes(task({ 'RoleArn.$': '$.role' }, { QueryLanguage: 'JSONata' })).filter(([c]) => c === 'credentials.invalid')).toContainEqual(['credentials.invalid', 'Credentials/RoleArn.$']);
  });
});
