/**
 * `--lambda-endpoint URL`: unmocked Lambda tasks call a Lambda endpoint (for example `sam local start-lambda`)
 * through @aws-sdk/client-lambda, loaded only when the option is given. A bare function ARN resource passes the
 * task's input as the payload and returns the function's result; `arn:aws:states:::lambda:invoke` takes
 * `FunctionName`, `Payload`, `InvocationType`, `Qualifier` and returns the API response (`Payload`, `StatusCode`,
 * …) as AWS does. A function error fails the task with the function's `errorType` as the error and its payload as
 * the cause; an error of the call itself is `Lambda.<ExceptionName>` (`Lambda.SdkClientException` when the
 * endpoint cannot be reached), as Step Functions names them.
 */
import type { JsonValue } from '../asl/types.ts';
import type { TaskOutcome, TaskRequest } from '../simulator/execution.ts';
import { lambdaInvokeResponse } from '../simulator/mocks.ts';

export type LambdaCall = (req: TaskRequest) => Promise<TaskOutcome>;

const FUNCTION_ARN = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)(?::([^:]+))?$/;
const INVOKE = /^arn:[^:]+:states:::lambda:invoke(\.waitForTaskToken)?$/;

/** Whether the endpoint answers this resource. */
export function isLambdaResource(resource: string): boolean {
  return FUNCTION_ARN.test(resource) || INVOKE.test(resource);
}

/** A function name or ARN as the name and qualifier a local Lambda endpoint knows. */
function functionRef(name: string): { name: string; qualifier?: string } {
  const m = FUNCTION_ARN.exec(name);
  if (!m) return { name };
  return m[2] ? { name: m[1] as string, qualifier: m[2] } : { name: m[1] as string };
}

function parsePayload(text: string): JsonValue {
  if (text === '') return null;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

export async function lambdaCaller(endpoint: string): Promise<LambdaCall> {
  const { LambdaClient, InvokeCommand } = await import('@aws-sdk/client-lambda');
  const client = new LambdaClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'asl-studio-local', secretAccessKey: 'asl-studio-local' },
    maxAttempts: 1,
  });
  return async (req) => {
    const invoke = INVOKE.test(req.resource);
    const params = (req.input && typeof req.input === 'object' && !Array.isArray(req.input) ? req.input : {}) as Record<string, JsonValue>;
    const ref = functionRef(invoke ? String(params.FunctionName ?? '') : req.resource);
    const payload = invoke ? (params.Payload ?? null) : req.input;
    const qualifier = invoke && typeof params.Qualifier === 'string' ? params.Qualifier : ref.qualifier;
    const invocationType = invoke && typeof params.InvocationType === 'string' ? params.InvocationType : undefined;
    let r;
    try {
      r = await client.send(
        new InvokeCommand({
          FunctionName: ref.name,
          Payload: new TextEncoder().encode(JSON.stringify(payload)),
          ...(qualifier ? { Qualifier: qualifier } : {}),
          ...(invocationType ? { InvocationType: invocationType as 'Event' | 'RequestResponse' | 'DryRun' } : {}),
        }),
      );
    } catch (e) {
      const err = e as Error & { $metadata?: unknown };
      const name = err.$metadata ? err.name : 'SdkClientException';
      return { error: `Lambda.${name}`, cause: `${err.message} (calling ${ref.name} at ${endpoint})` };
    }
    const text = r.Payload ? new TextDecoder().decode(r.Payload) : '';
    const result = parsePayload(text);
    if (r.FunctionError) {
      const type = result && typeof result === 'object' && !Array.isArray(result) && typeof result.errorType === 'string' ? result.errorType : r.FunctionError;
      return { error: type, cause: text };
    }
    return { output: invoke ? { ...(lambdaInvokeResponse(result) as Record<string, JsonValue>), StatusCode: r.StatusCode ?? 200, ExecutedVersion: r.ExecutedVersion ?? '$LATEST' } : result };
  };
}
