import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectPlaceholders, readable, recognise, toSamTemplate, type FoundMachine } from './cfn.ts';
import { parseDocument } from './parse.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const definitionOf = (m: FoundMachine | undefined) => parseDocument(m?.text ?? '').value as Record<string, unknown>;

function machines(text: string): FoundMachine[] {
  const r = recognise(text);
  if (r.kind !== 'template') throw new Error(`expected a template, got ${JSON.stringify(r)}`);
  return r.machines;
}

describe('recognise', () => {
  it('a bare definition is kept as it is', () => {
    expect(recognise('{"StartAt":"A","States":{}}')).toEqual({ kind: 'definition', text: '{"StartAt":"A","States":{}}', format: 'json' });
    expect(recognise('StartAt: A\nStates: {}\n')).toMatchObject({ kind: 'definition', format: 'yaml' });
  });

  it('a syntax error names the line and column', () => {
    expect(recognise('{\n  "StartAt": "A"\n  "States": {}\n}')).toEqual({ kind: 'error', message: expect.stringMatching(/line 3, column 3/) });
  });

  it('something else is refused with a reason', () => {
    expect(recognise('{"foo": 1}')).toEqual({ kind: 'error', message: expect.stringContaining('neither a state machine') });
    expect(recognise('{"Resources": {"F": {"Type": "AWS::Lambda::Function"}}}')).toEqual({
      kind: 'error',
      message: expect.stringContaining('no AWS::Serverless::StateMachine'),
    });
  });

  it('a YAML SAM template: every machine, short tags readable, substitutions kept', () => {
    const [order, refund, elsewhere] = machines(fixture('sam-two-machines.yaml'));
    expect(order).toMatchObject({ logicalId: 'OrderMachine', type: 'AWS::Serverless::StateMachine', substitutions: ['TableName'] });
    const def = definitionOf(order);
    const states = def.States as Record<string, Record<string, unknown>>;
    expect(states.PlaceOrder?.Resource).toBe('${OrderFunction.Arn}');
    expect(states.Save?.Parameters).toEqual({ TableName: '${TableName}', Note: 'order in ${AWS::Region}', Parts: { 'Fn::Join': ['-', ['a', 'b']] } });
    expect(order?.text?.startsWith('StartAt: PlaceOrder')).toBe(true);
    expect(refund?.logicalId).toBe('RefundMachine');
    expect(definitionOf(refund).StartAt).toBe('Refund');
    expect(refund?.text).toContain('"Resource": "${RefundArn}"');
    expect(elsewhere).toMatchObject({ logicalId: 'Elsewhere', error: expect.stringContaining('statemachine/elsewhere.asl.json') });
  });

  it('a JSON CloudFormation template: Fn::Join DefinitionString and inline Definition', () => {
    const [first, second] = machines(fixture('cfn-two-machines.json'));
    expect(definitionOf(first)).toEqual({ StartAt: 'A', States: { A: { Type: 'Task', Resource: '${Fn.Arn}', End: true } } });
    expect(second?.substitutions).toEqual(['Stage']);
    expect(second?.substitutionValues).toEqual({ Stage: 'prod' });
    expect(definitionOf(second)).toEqual({ StartAt: 'B', States: { B: { Type: 'Pass', Result: '${Stage}', End: true } } });
  });
});

describe('readable and placeholders', () => {
  it.each([
    [{ Ref: 'X' }, '${X}'],
    [{ 'Fn::GetAtt': ['F', 'Arn'] }, '${F.Arn}'],
    [{ 'Fn::GetAtt': 'F.Arn' }, '${F.Arn}'],
    [{ 'Fn::Sub': ['a ${b}', { b: 1 }] }, 'a ${b}'],
    [{ 'Fn::If': ['C', 1, 2] }, { 'Fn::If': ['C', 1, 2] }],
  ])('readable(%j)', (input, expected) => {
    expect(readable(input)).toEqual(expected);
  });

  it('collects placeholders once, skipping ${!literal}', () => {
    expect(collectPlaceholders({ a: '${A} ${B}', b: ['${A}', '${!Lit}'], c: 3 })).toEqual(['A', 'B']);
  });

  it('a SAM export reads back as the same definition with its substitutions', () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: '${FnArn}', End: true } } };
    for (const format of ['yaml', 'json'] as const) {
      const [m] = machines(toSamTemplate(def, 'My machine', format));
      expect(m).toMatchObject({ logicalId: 'Mymachine', substitutions: ['FnArn'] });
      expect(definitionOf(m)).toEqual(def);
    }
  });

  it('a SAM export gives back the substitution values it was imported with', () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: '${FnArn}', Parameters: { Table: '${Table}' }, End: true } } };
    const [m] = machines(toSamTemplate(def, 'M', 'yaml', { FnArn: { 'Fn::GetAtt': ['Fn', 'Arn'] } }));
    expect(m?.substitutionValues).toEqual({ FnArn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, Table: 'TODO: value for Table' });
  });
});
