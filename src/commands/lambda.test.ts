import { describe, expect, it } from 'vitest';
import { fitLambdaResource, lambdaConfig, resourceMismatch, setLambdaCallback, setLambdaFunction, setLambdaPayload } from './lambda.ts';
import { tryCommand } from './registry.ts';
import { addState } from './stateAdd.ts';
import { LAMBDA_DEFAULT_RETRY } from './skeletons.ts';
import { defOf, doUndo, jsonText, reasonOf } from './testUtil.ts';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Orders';
const PATH_TASK = jsonText({
  StartAt: 'Call',
  States: {
    Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: FN, 'Payload.$': '$' }, OutputPath: '$.Payload', End: true },
  },
});
const ATA_TASK = jsonText({
  QueryLanguage: 'JSONata',
  StartAt: 'Call',
  States: {
    Call: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { FunctionName: FN, Payload: '{% $states.input %}' },
      Output: '{% $states.result.Payload %}',
      End: true,
    },
  },
});

describe('lambda.setFunction', () => {
  it('sets the FunctionName in place (JSONPath Parameters), with an alias', () => {
    const { def } = doUndo(setLambdaFunction, PATH_TASK, { id: 'Call', functionName: 'Orders:prod' });
    expect(def.States.Call).toMatchObject({ Parameters: { FunctionName: 'Orders:prod', 'Payload.$': '$' } });
    expect(Object.keys((def.States.Call as { Parameters: object }).Parameters)).toEqual(['FunctionName', 'Payload.$']);
  });

  it('sets the FunctionName in JSONata Arguments and replaces a computed FunctionName.$', () => {
    expect(doUndo(setLambdaFunction, ATA_TASK, { id: 'Call', functionName: '123456789012:function:Fn:3' }).def.States.Call).toMatchObject({
      Arguments: { FunctionName: '123456789012:function:Fn:3' },
    });
    const dynamic = PATH_TASK.replace('"FunctionName"', '"FunctionName.$"').replace(FN, '$.fn');
    const { def } = doUndo(setLambdaFunction, dynamic, { id: 'Call', functionName: 'Fn' });
    expect((def.States.Call as { Parameters: object }).Parameters).toEqual({ FunctionName: 'Fn', 'Payload.$': '$' });
  });

  it('refuses an invalid name with the validator message, and a state that is not a Lambda invoke', () => {
    expect(reasonOf(setLambdaFunction.canExecute(defOf(PATH_TASK), { id: 'Call', functionName: 'bad name' }))).toMatch(/letters, digits/);
    const other = PATH_TASK.replace('lambda:invoke', 'sns:publish');
    expect(reasonOf(setLambdaFunction.canExecute(defOf(other), { id: 'Call', functionName: 'Fn' }))).toMatch(/not a Lambda invoke/);
  });
});

describe('lambda.setPayload', () => {
  it('switches between state input, custom JSON and none (JSONPath)', () => {
    const custom = doUndo(setLambdaPayload, PATH_TASK, { id: 'Call', payload: 'custom', value: { orderId: 1 } });
    expect((custom.def.States.Call as { Parameters: object }).Parameters).toEqual({ FunctionName: FN, Payload: { orderId: 1 } });
    expect(lambdaConfig(custom.def, custom.def.States.Call!)).toMatchObject({ payload: 'custom', payloadValue: { orderId: 1 } });
    const none = doUndo(setLambdaPayload, custom.text, { id: 'Call', payload: 'none' });
    expect((none.def.States.Call as { Parameters: object }).Parameters).toEqual({ FunctionName: FN });
    const input = doUndo(setLambdaPayload, none.text, { id: 'Call', payload: 'input' });
    expect((input.def.States.Call as { Parameters: object }).Parameters).toEqual({ FunctionName: FN, 'Payload.$': '$' });
    expect(lambdaConfig(input.def, input.def.States.Call!).payload).toBe('input');
  });

  it('uses {% $states.input %} for the state input in JSONata', () => {
    const none = doUndo(setLambdaPayload, ATA_TASK, { id: 'Call', payload: 'none' });
    const { def } = doUndo(setLambdaPayload, none.text, { id: 'Call', payload: 'input' });
    expect((def.States.Call as { Arguments: object }).Arguments).toEqual({ FunctionName: FN, Payload: '{% $states.input %}' });
  });
});

describe('lambda.setCallback', () => {
  it('adds .waitForTaskToken, the task token and drops OutputPath $.Payload; off restores them', () => {
    const on = doUndo(setLambdaCallback, PATH_TASK, { id: 'Call', callback: true });
    expect(on.def.States.Call).toEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: { FunctionName: FN, Payload: { 'Input.$': '$', 'TaskToken.$': '$$.Task.Token' } },
      End: true,
    });
    expect(lambdaConfig(on.def, on.def.States.Call!)).toMatchObject({ callback: true, payload: 'input' });
    const off = doUndo(setLambdaCallback, on.text, { id: 'Call', callback: false });
    expect(off.def.States.Call).toEqual(defOf(PATH_TASK).States.Call);
  });

  it('keeps a custom payload and adds the token to it (JSONata)', () => {
    const custom = doUndo(setLambdaPayload, ATA_TASK, { id: 'Call', payload: 'custom', value: { a: 1 } });
    const { def } = doUndo(setLambdaCallback, custom.text, { id: 'Call', callback: true });
    expect((def.States.Call as { Arguments: object }).Arguments).toEqual({ FunctionName: FN, Payload: { a: 1, TaskToken: '{% $states.context.Task.Token %}' } });
    expect(def.States.Call).not.toHaveProperty('Output');
    expect(reasonOf(setLambdaCallback.canExecute(def, { id: 'Call', callback: true }))).toBe('Nothing to change');
  });
});

describe('lambda.fitResource', () => {
  it('turns a lambda:invoke Task switched to a plain function ARN into a direct call', () => {
    const switched = PATH_TASK.replace('arn:aws:states:::lambda:invoke', FN);
    expect(resourceMismatch(defOf(switched), defOf(switched).States.Call)).toBe('direct');
    const { def } = doUndo(fitLambdaResource, switched, { id: 'Call' });
    expect(def.States.Call).toEqual({ Type: 'Task', Resource: FN, End: true });
    expect(resourceMismatch(def, def.States.Call)).toBeUndefined();
    expect(reasonOf(fitLambdaResource.canExecute(def, { id: 'Call' }))).toMatch(/already fits/);
  });

  it('moves a direct call to lambda:invoke: the old Parameters become the Payload, output is $.Payload', () => {
    const direct = jsonText({ StartAt: 'Call', States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'id.$': '$.id' }, End: true } } });
    const { def } = doUndo(fitLambdaResource, direct, { id: 'Call', functionName: FN });
    expect(def.States.Call).toEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: FN, Payload: { 'id.$': '$.id' } },
      OutputPath: '$.Payload',
      End: true,
    });
  });

  it('keeps a non-root payload path as InputPath for the direct call', () => {
    const text = PATH_TASK.replace('arn:aws:states:::lambda:invoke', FN).replace('"Payload.$": "$"', '"Payload.$": "$.order"');
    const { def } = doUndo(fitLambdaResource, text, { id: 'Call' });
    expect(def.States.Call).toEqual({ Type: 'Task', Resource: FN, InputPath: '$.order', End: true });
  });
});

describe('new Lambda invoke Tasks', () => {
  it('get Workflow Studio default retrier, through the registry', () => {
    const r = tryCommand(defOf(PATH_TASK), 'state.add', { type: 'Task', name: 'Next one' });
    expect(r).toMatchObject({ ok: true, definition: { States: { 'Next one': { Retry: [LAMBDA_DEFAULT_RETRY] } } } });
    expect(LAMBDA_DEFAULT_RETRY).toEqual({
      ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
      IntervalSeconds: 1,
      MaxAttempts: 3,
      BackoffRate: 2,
      JitterStrategy: 'FULL',
    });
  });

  it('other service presets drop the Lambda-only retrier and OutputPath', () => {
    const def = addState.execute(defOf(PATH_TASK), { type: 'Task', name: 'Notify', state: { Resource: 'arn:aws:states:::sns:publish', Parameters: { 'Message.$': '$' } } });
    expect(def.States.Notify).toEqual({ Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { 'Message.$': '$' }, End: true });
  });
});
