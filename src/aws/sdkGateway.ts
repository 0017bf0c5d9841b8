/**
 * The Step Functions gateway on @aws-sdk/client-sfn, imported dynamically (the SDK is ~44 KB gzip and stays out
 * of the initial bundle). The SDK signs every request for the real host (`states.<region>.amazonaws.com`, or the
 * custom endpoint); a last middleware, after signing, sends it to the pass-through proxy as
 * `<proxy>/<signed host>/<path>`. The signed headers are untouched, so the proxy can forward it with the real Host.
 */
import type { SFNClient, TestStateOutput } from '@aws-sdk/client-sfn';
import { GatewayError, type ConnectionSettings, type ExecutionDetails, type InspectionHttp, type LoggingSettings, type StepFunctionsGateway, type TestStateResult, type UpdateOptions } from './gateway.ts';
import { classifyAwsError, type ErrorContext } from './errors.ts';
import { fromAwsEvent } from './history.ts';
import { definitionText, isUnsupportedOperation, VALIDATION_UNAVAILABLE } from './emulatorQuirks.ts';

/** The SDK's loggingConfiguration for the app's logging settings (one CloudWatch Logs destination at most). */
export function loggingConfiguration(l: LoggingSettings) {
  return {
    level: l.level,
    includeExecutionData: l.includeExecutionData ?? false,
    ...(l.logGroupArn ? { destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: l.logGroupArn } }] } : {}),
  };
}

interface RequestLike {
  protocol: string;
  hostname: string;
  port?: number | undefined;
  path: string;
  headers: Record<string, string>;
}

function iso(d: Date | undefined): string | undefined {
  return d instanceof Date ? d.toISOString() : undefined;
}

/** The request as it goes to the proxy (a copy: a retry signs the original again). */
export function proxiedRequest<R extends RequestLike>(request: R, proxyUrl: string): R {
  const proxy = new URL(proxyUrl);
  const authority = request.port ? `${request.hostname}:${request.port}` : request.hostname;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(request) as object) as R, request);
  copy.protocol = proxy.protocol;
  copy.hostname = proxy.hostname;
  copy.port = proxy.port ? Number(proxy.port) : undefined;
  copy.path = `${proxy.pathname.replace(/\/$/, '')}/${authority}${request.path}`;
  copy.headers = { ...request.headers };
  return copy;
}

/** Any SDK or transport failure → a GatewayError carrying its classification (what happened, what to do). */
export function gatewayError(e: unknown, context: ErrorContext = {}): GatewayError {
  if (e instanceof GatewayError) return e;
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number }; $response?: { statusCode?: number } };
  const status = err.$metadata?.httpStatusCode ?? err.$response?.statusCode;
  const problem = classifyAwsError(e, context);
  const network = status === undefined || problem.kind === 'network-down' || problem.kind === 'proxy-not-running';
  const message = err.message || (network ? 'The network request failed' : `HTTP ${status}`);
  return new GatewayError(problem.code === 'Error' && err.name ? err.name : problem.code, message, network, { status, problem });
}

/** Tracing and publishing fields of Create/UpdateStateMachine, only those asked for. */
function extras(o: UpdateOptions | undefined) {
  return {
    ...(o?.tracingEnabled === undefined ? {} : { tracingConfiguration: { enabled: o.tracingEnabled } }),
    ...(o?.publish ? { publish: true, versionDescription: o.versionDescription || undefined } : {}),
  };
}

/** Attempts per call (the first and two retries) before an error reaches the app. */
export const SDK_MAX_ATTEMPTS = 3;

/** TestState's answer as plain data (the SDK's fields are already strings; only the status needs a default). */
export function testStateResult(r: TestStateOutput): TestStateResult {
  const d = r.inspectionData;
  const http = (h: InspectionHttp | undefined) => (h ? { ...h } : undefined);
  return {
    status: r.status ?? (r.error ? 'FAILED' : 'SUCCEEDED'),
    output: r.output,
    error: r.error,
    cause: r.cause,
    nextState: r.nextState,
    inspectionData: d && {
      input: d.input,
      afterArguments: d.afterArguments,
      afterInputPath: d.afterInputPath,
      afterParameters: d.afterParameters,
      result: d.result,
      afterResultSelector: d.afterResultSelector,
      afterResultPath: d.afterResultPath,
      variables: d.variables,
      request: http(d.request),
      response: http(d.response),
      errorDetails: d.errorDetails && { ...d.errorDetails },
    },
  };
}

/** The SDK client, with the proxy middleware; `customize` lets tests add what a browser adds (an Origin). */
export async function createSdkGateway(settings: ConnectionSettings, customize?: (client: SFNClient) => void): Promise<StepFunctionsGateway> {
  const sfn = await import('@aws-sdk/client-sfn');
  const endpoint = settings.endpoint?.trim() || undefined;
  const client = new sfn.SFNClient({
    region: settings.region,
    credentials: { ...settings.credentials, sessionToken: settings.credentials.sessionToken || undefined },
    endpoint,
    // `sync-` is prefixed to the host for StartSyncExecution: right for AWS, wrong for a custom endpoint.
    disableHostPrefix: endpoint !== undefined,
    // The SDK's standard retry strategy: throttling and transient (5xx, socket) errors are retried with jittered backoff.
    maxAttempts: SDK_MAX_ATTEMPTS,
  });
  // No proxy URL with a custom endpoint: direct calls (an endpoint that answers CORS itself, as `asl-studio local`).
  const proxyUrl = settings.proxyUrl.trim() || undefined;
  if (proxyUrl !== undefined || endpoint === undefined) {
    client.middlewareStack.add(
      (next) => (args) => next({ ...args, request: proxiedRequest(args.request as RequestLike, settings.proxyUrl) }),
      { step: 'deserialize', priority: 'low', name: 'aslStudioProxy' },
    );
  }
  customize?.(client);
  const hasCredentials = settings.credentials.accessKeyId.trim() !== '' && settings.credentials.secretAccessKey.trim() !== '';
  const call = async <T>(f: () => Promise<T>): Promise<T> => {
    if (!hasCredentials) throw gatewayError({ name: 'NoCredentials', message: 'The access key ID or the secret access key is empty' });
    try {
      return await f();
    } catch (e) {
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      throw gatewayError(e, { proxyUrl, endpoint, offline });
    }
  };
  const describe = async (arn: string) => {
    const r = await call(() => client.send(new sfn.DescribeStateMachineCommand({ stateMachineArn: arn })));
    return {
      arn: r.stateMachineArn ?? arn,
      name: r.name ?? '',
      type: (r.type ?? 'STANDARD') as 'STANDARD' | 'EXPRESS',
      creationDate: iso(r.creationDate),
      definition: definitionText(r.definition),
      roleArn: r.roleArn ?? '',
      revisionId: r.revisionId,
      loggingLevel: r.loggingConfiguration?.level,
      logGroupArn: r.loggingConfiguration?.destinations?.[0]?.cloudWatchLogsLogGroup?.logGroupArn,
      includeExecutionData: r.loggingConfiguration?.includeExecutionData,
      tracingEnabled: r.tracingConfiguration?.enabled,
    };
  };
  const details = (r: { executionArn?: string; name?: string; status?: string; startDate?: Date; stopDate?: Date; input?: string; output?: string; error?: string; cause?: string }): ExecutionDetails => ({
    arn: r.executionArn ?? '',
    name: r.name ?? '',
    status: (r.status ?? 'RUNNING') as ExecutionDetails['status'],
    startDate: iso(r.startDate),
    stopDate: iso(r.stopDate),
    input: r.input,
    output: r.output,
    error: r.error,
    cause: r.cause,
  });
  return {
    async listStateMachines(nextToken) {
      const r = await call(() => client.send(new sfn.ListStateMachinesCommand({ nextToken, maxResults: 100 })));
      const items = (r.stateMachines ?? []).map((m) => ({ arn: m.stateMachineArn ?? '', name: m.name ?? '', type: (m.type ?? 'STANDARD') as 'STANDARD' | 'EXPRESS', creationDate: iso(m.creationDate) }));
      return { items, nextToken: r.nextToken };
    },
    describeStateMachine: describe,
    async validateDefinition(definition, type) {
      // Local emulators may not implement validation: a distinct error, so saving can go on without it.
      const r = await call(() =>
        client.send(new sfn.ValidateStateMachineDefinitionCommand({ definition, type, maxResults: 100 })).catch((e: unknown) => {
          throw isUnsupportedOperation(e) ? new GatewayError(VALIDATION_UNAVAILABLE, 'AWS validation is unavailable on this endpoint', false) : e;
        }),
      );
      const diagnostics = (r.diagnostics ?? []).map((d) => ({ severity: (d.severity ?? 'ERROR') as 'ERROR' | 'WARNING', code: d.code ?? '', message: d.message ?? '', location: d.location }));
      return { result: r.result === 'OK' ? 'OK' : 'FAIL', diagnostics };
    },
    async createStateMachine(q) {
      const r = await call(() =>
        client.send(
          new sfn.CreateStateMachineCommand({
            name: q.name,
            definition: q.definition,
            roleArn: q.roleArn,
            type: q.type,
            loggingConfiguration: loggingConfiguration({ level: q.loggingLevel, logGroupArn: q.logGroupArn, includeExecutionData: q.includeExecutionData }),
            ...extras(q),
          }),
        ),
      );
      return { ...(await describe(r.stateMachineArn ?? '')), versionArn: r.stateMachineVersionArn };
    },
    async updateStateMachine(arn, definition, roleArn, logging, options) {
      const r = await call(() =>
        client.send(new sfn.UpdateStateMachineCommand({ stateMachineArn: arn, definition, roleArn: roleArn || undefined, loggingConfiguration: logging && loggingConfiguration(logging), ...extras(options) })),
      );
      return { revisionId: r.revisionId, versionArn: r.stateMachineVersionArn };
    },
    async startExecution(machine, input) {
      if (machine.type === 'EXPRESS') {
        const r = await call(() => client.send(new sfn.StartSyncExecutionCommand({ stateMachineArn: machine.arn, input })));
        return { executionArn: r.executionArn ?? '', result: details(r) };
      }
      const r = await call(() => client.send(new sfn.StartExecutionCommand({ stateMachineArn: machine.arn, input })));
      return { executionArn: r.executionArn ?? '' };
    },
    async describeExecution(arn) {
      return details(await call(() => client.send(new sfn.DescribeExecutionCommand({ executionArn: arn }))));
    },
    async getExecutionHistory(arn, nextToken) {
      const r = await call(() => client.send(new sfn.GetExecutionHistoryCommand({ executionArn: arn, nextToken, maxResults: 1000, includeExecutionData: true })));
      return { items: (r.events ?? []).map((e) => fromAwsEvent(e as unknown as Record<string, unknown>)), nextToken: r.nextToken };
    },
    async stopExecution(arn) {
      await call(() => client.send(new sfn.StopExecutionCommand({ executionArn: arn, error: 'asl-studio.Stopped', cause: 'Stopped from asl-studio' })));
    },
    async listExecutions(machineArn, nextToken) {
      const r = await call(() => client.send(new sfn.ListExecutionsCommand({ stateMachineArn: machineArn, nextToken, maxResults: 20 })));
      return { items: (r.executions ?? []).map((e) => details(e)), nextToken: r.nextToken };
    },
    async testState(q) {
      const r = await call(() =>
        client.send(
          new sfn.TestStateCommand({
            definition: q.definition,
            roleArn: q.roleArn,
            input: q.input,
            inspectionLevel: q.inspectionLevel ?? 'DEBUG',
            variables: q.variables,
            revealSecrets: q.revealSecrets,
          }),
        ),
      );
      return testStateResult(r);
    },
  };
}
