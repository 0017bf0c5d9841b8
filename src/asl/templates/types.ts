/**
 * A workflow template: its definition text and the simulation settings a new workflow made from it starts with
 * (execution input and Task mocks), so that Run in the simulator works at once. Plain data: the mocks have the
 * shape of the simulation panel's mock set (fixed result, thrown error, sequence per invocation, JavaScript code).
 */
import type { JsonValue } from '../types.ts';

export type TemplateMockStep = { kind: 'result'; result: JsonValue } | { kind: 'error'; error: string; cause: string };
export type TemplateMock = TemplateMockStep | { kind: 'code'; code: string } | { kind: 'sequence'; steps: TemplateMockStep[] };

export interface TemplateSimulation {
  /** The execution input. */
  input: JsonValue;
  /** Mocks by Task state name (states without one get the simulator's default mock). */
  mocks: Record<string, TemplateMock>;
  /** Named inputs to try (the simulation panel's input presets). */
  presets?: Record<string, JsonValue>;
}

export interface WorkflowTemplate {
  id: string;
  name: string;
  description: string;
  /** Short labels shown on the gallery card ("Retry", "Saga", "JSONata"…). */
  tags: string[];
  text: string;
  simulation?: TemplateSimulation;
  /** How a run with the template's input and mocks ends (a saga ends in its Fail state on purpose). */
  outcome?: { status: 'SUCCEEDED' } | { status: 'FAILED'; error: string };
}

/** A definition as the editor shows it: two-space JSON and a final newline. */
export const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

export const lambdaArn = (fn: string): string => `arn:aws:lambda:us-east-1:123456789012:function:${fn}`;

/** A Lambda Task state (lambda:invoke; by default the state input is the Payload). Its Comment comes first. */
export function lambdaTask(fn: string, fields: Record<string, unknown>): Record<string, unknown> {
  const { Comment, Parameters, ...rest } = fields;
  return {
    ...(Comment === undefined ? {} : { Comment }),
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: Parameters ?? { FunctionName: lambdaArn(fn), 'Payload.$': '$' },
    ...rest,
  };
}

export const result = (value: JsonValue): TemplateMockStep => ({ kind: 'result', result: value });
export const error = (name: string, cause: string): TemplateMockStep => ({ kind: 'error', error: name, cause });
