/**
 * Task Resource: AWS accepts an ARN (CreateStateMachine / ValidateStateMachineDefinition refuse others with
 * "SCHEMA_VALIDATION_FAILED: Value is not a valid resource ARN"; the ARN format is
 * arn:partition:service:region:account-id:resource, from the IAM "Amazon Resource Names" reference), and deploy
 * tools substitute `${…}` placeholders before it sees the definition (SAM DefinitionSubstitutions, CloudFormation
 * Fn::Sub, Terraform templatefile), so whole placeholders stand for any part.
 */
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../validate.ts';
import { machine } from './testing.ts';

function resourceProblems(resource: unknown) {
  return validateDefinition(machine({ T: { Type: 'Task', Resource: resource, End: true } }))
    .filter((d) => d.path.join('/') === 'States/T/Resource')
    .map((d) => [d.code, d.message]);
}

describe('Task Resource', () => {
  it.each([
    'arn:aws:states:::lambda:invoke',
    'arn:aws:states:::lambda:invoke.waitForTaskToken',
    'arn:aws:states:::states:startExecution.sync:2',
    'arn:aws:states:::aws-sdk:s3:listObjectsV2',
    'arn:aws:lambda:us-east-1:123456789012:function:my-fn',
    'arn:aws:lambda:us-east-1:123456789012:function:my-fn:prod',
    'arn:aws:states:us-east-1:123456789012:activity:approve',
    'arn:aws-cn:states:::sqs:sendMessage',
    'arn:aws-us-gov:states:::sns:publish',
    '${HandlerFunctionArn}',
    'arn:${AWS::Partition}:states:::lambda:invoke',
    'arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}',
    'arn:aws:lambda:::function:${fn_update_metadata}',
  ])('accepts %s', (resource) => {
    expect(resourceProblems(resource)).toEqual([]);
  });

  it.each([
    ['', /not an empty string/],
    ['lambda', /not "lambda"/],
    ['<Your Lambda function ARN here>', /not "<Your Lambda function ARN here>"/],
    ['REPLACE_WITH_FUNCTION_ARN', /must be an ARN/],
    ['arn:aws:lambda', /must be an ARN/],
    ['${HandlerFunctionArn', /an unterminated \$\{ placeholder/],
    ['arn:aws:lambda:us-east-1:123456789012:function:${Name', /an unterminated \$\{ placeholder/],
    ['my ${Placeholder} function', /must be an ARN/],
  ])('refuses %j', (resource, message) => {
    const found = resourceProblems(resource);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe('resource.invalid');
    expect(found[0]![1]).toMatch(message);
  });

  it('refuses a value that is not a string', () => {
    expect(resourceProblems(42).map(([code]) => code)).toEqual(['field.type']);
  });
});
