/**
 * Default skeletons for new states, one per type, in the query language in force (JSONPath or JSONata). They carry
 * no transition (`Next`/`End`): the command that places the state wires it. Parallel and Map skeletons contain Pass
 * states whose names are unique in the whole machine.
 */
import type { ChoiceRule, QueryLanguage, Retrier, State, StateMachineDefinition, StateType, SubMachine } from '../asl/types.ts';
import { exhaustive } from '../asl/types.ts';
import { isObj } from './immutable.ts';
import { allStateNames } from './stateScopes.ts';
import { uniqueName } from './names.ts';

export const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
export const DEFAULT_FUNCTION_NAME = 'arn:aws:lambda:us-east-1:123456789012:function:MyFunction:$LATEST';
const INVOKE = /^arn:aws[a-z-]*:states:::lambda:invoke(\.waitForTaskToken)?$/;

/**
 * Workflow Studio's retrier for a new Lambda invoke Task (as the console writes it, see the AWS tutorial
 * "Creating a Step Functions state machine that uses Lambda"): the transient Lambda service errors, 1 s, 3 attempts,
 * backoff 2, full jitter.
 */
export const LAMBDA_DEFAULT_RETRY = {
  ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
} as const;

export function isLambdaInvokeResource(resource: unknown): resource is string {
  return typeof resource === 'string' && INVOKE.test(resource);
}

/** A fresh copy of the default retrier (documents never share arrays). */
export function lambdaDefaultRetry(): Retrier[] {
  return [{ ...LAMBDA_DEFAULT_RETRY, ErrorEquals: [...LAMBDA_DEFAULT_RETRY.ErrorEquals] }];
}

/**
 * A new Task whose fields were replaced (a preset): the Lambda-only skeleton fields (OutputPath/Output of the
 * response's Payload, the default retrier) stay only while the Resource is still lambda:invoke.
 */
export function fitNewTask(state: State): State {
  if (state.Type !== 'Task' || isLambdaInvokeResource(state.Resource)) return state;
  const o = { ...state } as Record<string, unknown>;
  if (o.OutputPath === '$.Payload') delete o.OutputPath;
  if (o.Output === '{% $states.result.Payload %}') delete o.Output;
  if (JSON.stringify(o.Retry) === JSON.stringify(lambdaDefaultRetry())) delete o.Retry;
  return o as State;
}

/** The query language of a state: its own, else the machine's, else JSONPath. */
export function languageOf(def: StateMachineDefinition, state?: unknown): QueryLanguage {
  if (isObj(state) && (state.QueryLanguage === 'JSONata' || state.QueryLanguage === 'JSONPath')) return state.QueryLanguage;
  return def.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
}

/** A default Choice rule going to `next` (no `Next` when there is no target yet). */
export function defaultChoiceRule(lang: QueryLanguage, next?: string): ChoiceRule {
  const rule: ChoiceRule = lang === 'JSONata' ? { Condition: '{% $states.input.value = "value" %}' } : { Variable: '$.value', StringEquals: 'value' };
  return next === undefined ? rule : { ...rule, Next: next };
}

function passBranch(name: string): SubMachine {
  return { StartAt: name, States: { [name]: { Type: 'Pass', End: true } } };
}

export interface SkeletonOptions {
  /** Where a Choice goes: its rule's `Next` and its `Default`. */
  target?: string;
  /** Names that nested states must not take (besides those already in the definition). */
  taken?: Iterable<string>;
}

export function skeleton(def: StateMachineDefinition, type: StateType, opts: SkeletonOptions = {}): State {
  const lang = languageOf(def);
  const taken = allStateNames(def);
  for (const n of opts.taken ?? []) taken.add(n);
  const freshPass = () => {
    const n = uniqueName('Pass', taken);
    taken.add(n);
    return n;
  };
  switch (type) {
    case 'Task':
      return lang === 'JSONata'
        ? {
            Type: 'Task',
            Resource: LAMBDA_INVOKE,
            Arguments: { FunctionName: DEFAULT_FUNCTION_NAME, Payload: '{% $states.input %}' },
            Output: '{% $states.result.Payload %}',
            Retry: lambdaDefaultRetry(),
          }
        : {
            Type: 'Task',
            Resource: LAMBDA_INVOKE,
            Parameters: { FunctionName: DEFAULT_FUNCTION_NAME, 'Payload.$': '$' },
            OutputPath: '$.Payload',
            Retry: lambdaDefaultRetry(),
          };
    case 'Choice': {
      const state: State = { Type: 'Choice', Choices: [defaultChoiceRule(lang, opts.target)] };
      return opts.target === undefined ? state : { ...state, Default: opts.target };
    }
    case 'Pass':
      return { Type: 'Pass' };
    case 'Wait':
      return { Type: 'Wait', Seconds: 5 };
    case 'Succeed':
      return { Type: 'Succeed' };
    case 'Fail':
      return { Type: 'Fail', Error: 'Error', Cause: 'Something went wrong' };
    case 'Parallel':
      return { Type: 'Parallel', Branches: [passBranch(freshPass()), passBranch(freshPass())] };
    case 'Map':
      return { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...passBranch(freshPass()) } };
    default:
      return exhaustive(type, 'state type');
  }
}

/** A new empty-ish branch for a Parallel: one Pass state with a fresh name. */
export function defaultBranch(def: StateMachineDefinition): SubMachine {
  return passBranch(uniqueName('Pass', allStateNames(def)));
}
