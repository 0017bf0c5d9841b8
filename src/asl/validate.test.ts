import { readFileSync } from 'node:fs';
import { fixturePath } from '../testing/fixtures.ts';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';
import { validate, validateDefinition } from './validate.ts';
import { generateMachine } from './validate/generate.ts';
import { machine, PASS_END } from './validate/testing.ts';

const errorsOf = (def: unknown) => validateDefinition(def).filter((d) => d.severity === 'error');

/** Files that asl-validator 4 rejects although they deploy: placeholders, filters, JSONata in a JSONPath machine. */
const ASL_VALIDATOR_FALSE_REJECTIONS = [
  'account-vending-machine_statemachine_statemachine.asl.json',
  'batch-lambda-sam_statemachine_statemachine.asl.json',
  'batch-lambda-tf_statemachine_statemachine.asl.json',
  'distributed-data-stream-aggregator_statemachine_data-extraction-child.asl.json',
  'distributed-data-stream-aggregator_statemachine_statemachine.asl.json',
  'ec2-instance-isolation-cdk_python_statemachine_statemachine.asl.json',
  'ec2-instance-isolation-sam_statemachine_statemachine.asl.json',
  'human-task-reminder_statemachine_statemachine.asl.yaml',
  'idempotent-workflow-sam_statemachine_statemachine.asl.json',
  'idempotent-workflow_statemachine_statemachine.asl.json',
  'manage-emr-job-cdk_statemachine_statemachine.asl.json',
  'parallel-agent-early-stopping_statemachine_main.asl.json',
  's3-glacier-multi-file-restore-sam_statemachine_statemachine.asl.json',
  'step-functions-load-testing_statemachine_load-generator-statemachine.asl.json',
  'step-functions-load-testing_statemachine_load-orchestrator-statemachine.asl.json',
  'textract-analyze-expense-tf_statemachine_statemachine.asl.json',
  'train-ml-model_statemachine_statemachine.asl.json',
];
const DEFINITIONS = `${fixturePath('corpus/aws-samples/definitions')}/`;

describe('validate: deployable real-world forms are not errors', () => {
  it.each(ASL_VALIDATOR_FALSE_REJECTIONS)('%s', (file) => {
    const doc = parseDocument(readFileSync(`${DEFINITIONS}${file}`, 'utf8'));
    expect(validate(doc).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each([
    ['a placeholder Resource', machine({ T: { Type: 'Task', Resource: '${GenerateBatchJobArn}', End: true } })],
    ['a placeholder in an ARN', machine({ T: { Type: 'Task', Resource: 'arn:${Partition}:states:::batch:submitJob.sync', End: true } })],
    ['placeholder numbers', machine({ W: { Type: 'Wait', Seconds: '${ReminderTimeout}', Next: 'T' }, T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', TimeoutSeconds: '${T}', HeartbeatSeconds: '${H}', End: true } })],
    ['a placeholder path', machine({ P: { Type: 'Pass', InputPath: '${InputPath}', Parameters: { 'a.$': '${Path}' }, End: true } })],
    ['a placeholder enum', machine({ M: { Type: 'Map', End: true, ItemProcessor: { ProcessorConfig: { Mode: '${Mode}' }, StartAt: 'I', States: { I: PASS_END } } } })],
    ['placeholder state names in StartAt and Next', { StartAt: '${First}', States: { A: { Type: 'Pass', Next: '${Second}' }, B: PASS_END } }],
    ['a filter on the root', machine({ T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', ResultSelector: { 'newOU.$': '$.[?(@.OU > 0)]' }, End: true } })],
    ['a deep scan', machine({ P: { Type: 'Pass', Parameters: { 'all.$': '$..id' }, End: true } })],
    ['a JSONata state in a JSONPath machine', machine({ J: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input%}', Assign: { n: '{% 1 %}' }, Next: 'P' }, P: { Type: 'Pass', ResultPath: '$.x', End: true } })],
    ['a JSONata Map with Items', machine({ M: { Type: 'Map', QueryLanguage: 'JSONata', Items: '{% $states.input.Items%}', ItemSelector: { v: '{% $states.context.Map.Item.Value %}' }, End: true, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Output: '{% $states.input %}', End: true } } } } })],
    ['variables in JSONPath', machine({ P: { Type: 'Pass', Assign: { 'x.$': '$.a', y: 1 }, Parameters: { 'v.$': '$x' }, End: true } })],
    ['context paths and intrinsics', machine({ P: { Type: 'Pass', Parameters: { 'id.$': '$$.Execution.Id', 's.$': "States.Format('{}-{}', $.a, States.UUID())" }, End: true } })],
    ['a JSONata machine', machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { Payload: '{% $states.input %}' }, Output: '{% $states.result.Payload %}', TimeoutSeconds: '{% $t %}', End: true } }, { QueryLanguage: 'JSONata' })],
    ['a Distributed Map', machine({ M: { Type: 'Map', End: true, ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', MaxItems: 10 }, Parameters: { Bucket: 'b', 'Key.$': '$.key' } }, ItemBatcher: { MaxItemsPerBatch: 10, BatchInput: { a: 1 } }, ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'b', Prefix: 'p' } }, ToleratedFailurePercentage: 5, Label: 'l', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'I', States: { I: PASS_END } } } })],
    ['state names with spaces, commas, slashes and brackets', machine({ 'Parallel w/ UUID, [v2]': PASS_END })],
  ])('%s', (_name, def) => {
    expect(errorsOf(def)).toEqual([]);
  });
});

describe('validateDefinition', () => {
  it('works without text: same codes and paths, no ranges', () => {
    const def = machine({ A: { Type: 'Pass', Next: 'B' } });
    const key = (d: { code: string; path: unknown }) => JSON.stringify([d.code, d.path]);
    const withText = validate(parseDocument(JSON.stringify(def))).map(key).sort();
    const without = validateDefinition(def);
    expect(without.map(key).sort()).toEqual(withText);
    expect(without.every((d) => d.range === undefined)).toBe(true);
    expect(without[0]).toMatchObject({ code: 'state.next.unknown', path: ['States', 'A', 'Next'] });
  });

  it('returns the syntax diagnostics of text that did not parse, and nothing else', () => {
    const doc = parseDocument('{ "StartAt": "A", }');
    expect(validate(doc)).toEqual(doc.diagnostics);
    expect(validate(doc)[0]?.code).toBe('syntax.json');
  });

  it('accepts the 1,000-state bench machine without any diagnostic', () => {
    const def = generateMachine(1000);
    const doc = parseDocument(JSON.stringify(def, null, 2));
    expect(validate(doc)).toEqual([]);
    let count = 0;
    const visit = (m: { States: Record<string, { Branches?: unknown[]; ItemProcessor?: unknown }> }) => {
      for (const s of Object.values(m.States)) {
        count++;
        for (const b of s.Branches ?? []) visit(b as typeof m);
        if (s.ItemProcessor) visit(s.ItemProcessor as typeof m);
      }
    };
    visit(def);
    expect(count).toBe(1000);
  });
});

describe('validate: source positions', () => {
  it('warns about a duplicate key at the ignored occurrence', () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "A", "End": true, "Next": "B" },\n    "B": { "Type": "Succeed" }\n  }\n}';
    const dup = validate(parseDocument(text)).filter((d) => d.code === 'object.duplicateKey');
    expect(dup).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['States', 'A', 'Next'], range: expect.objectContaining({ line: 4, column: 28 }) }),
    ]);
  });

  it('locates problems in YAML', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: arn:aws:lambda:::function:x\n    TimeoutSeconds: 0\n    End: true\n  Orphan:\n    Type: Succeed\n';
    const ds = validate(parseDocument(text));
    expect(ds.map((d) => [d.code, d.range?.line, d.range?.column])).toEqual([
      ['field.range', 6, 21],
      ['state.unreachable', 8, 3],
    ]);
  });
});
