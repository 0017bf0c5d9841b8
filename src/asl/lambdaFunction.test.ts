import { describe, expect, it } from 'vitest';
import { isDirectFunctionArn, parseFunctionRef } from './lambdaFunction.ts';

describe('parseFunctionRef', () => {
  it.each([
    ['my-function', { kind: 'name', name: 'my-function' }],
    ['my_function:v1', { kind: 'name', name: 'my_function', qualifier: 'v1', qualifierKind: 'alias' }],
    ['my-function:7', { kind: 'name', name: 'my-function', qualifier: '7', qualifierKind: 'version' }],
    ['123456789012:function:my-function', { kind: 'partial-arn', account: '123456789012', name: 'my-function' }],
    ['123456789012:function:my-function:$LATEST', { kind: 'partial-arn', name: 'my-function', qualifier: '$LATEST', qualifierKind: 'latest' }],
    ['arn:aws:lambda:us-west-2:123456789012:function:my-function', { kind: 'arn', region: 'us-west-2', account: '123456789012', name: 'my-function' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:Fn:prod', { kind: 'arn', name: 'Fn', qualifier: 'prod', qualifierKind: 'alias' }],
    ['arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:Fn:3', { kind: 'arn', region: 'us-gov-west-1', qualifier: '3' }],
    ['arn:aws-cn:lambda:cn-north-1:123456789012:function:Fn', { kind: 'arn', region: 'cn-north-1' }],
    ['  padded  ', { kind: 'name', name: 'padded' }],
  ])('accepts %s', (text, expected) => {
    const ref = parseFunctionRef(text);
    expect(ref).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    ['', 'lambda.function.empty'],
    ['   ', 'lambda.function.empty'],
    ['my function', 'lambda.function.badName'],
    ['fn:v1:extra', 'lambda.function.badName'],
    ['fn:', 'lambda.function.badQualifier'],
    ['fn:bad.alias', 'lambda.function.badQualifier'],
    [`fn:${'a'.repeat(129)}`, 'lambda.function.badQualifier'],
    ['a'.repeat(65), 'lambda.function.nameTooLong'],
    ['a'.repeat(171), 'lambda.function.tooLong'],
    ['12345:function:fn', 'lambda.function.badAccount'],
    ['arn:aws:lambda:us-east-1:12345:function:fn', 'lambda.function.badAccount'],
    ['arn:aws:lambda:useast1:123456789012:function:fn', 'lambda.function.badRegion'],
    ['arn:aws:s3:::bucket', 'lambda.function.badArn'],
    ['arn:aws:lambda:us-east-1:123456789012:layer:fn', 'lambda.function.badArn'],
    ['arn:aws:states:::lambda:invoke', 'lambda.function.badArn'],
  ])('refuses %j with %s and a message', (text, code) => {
    const ref = parseFunctionRef(text);
    expect(ref).toMatchObject({ ok: false, code, message: expect.stringMatching(/.{10,}/) });
  });

  it('tells a plain function ARN Resource from an integration', () => {
    expect(isDirectFunctionArn('arn:aws:lambda:us-east-1:123456789012:function:Fn')).toBe(true);
    expect(isDirectFunctionArn('arn:aws:states:::lambda:invoke')).toBe(false);
    expect(isDirectFunctionArn('Fn')).toBe(false);
    expect(isDirectFunctionArn(42)).toBe(false);
  });
});
