/**
 * The task invoker of a simulation: each Task state's mock from the mock set. Fixed results, errors and sequences
 * answer synchronously; JavaScript mocks run in the sandbox worker (QuickJS in WebAssembly). For lambda:invoke the mock sees the Payload
 * and its result is wrapped in the Lambda API response (handlerInvoker). A thrown error is reported like a
 * Lambda function error (error = its name, cause = {"errorMessage","errorType"}); a sandbox timeout or crash is
 * `Sandbox.Timeout` / `Sandbox.MemoryLimit` / `Sandbox.Crashed` with a plain cause.
 */
import type { JsonValue } from '../../asl/types.ts';
import { dict } from '../../asl/own.ts';
import { handlerInvoker, StatesError, type MockHandler, type TaskInvoker, type TaskOutcome } from '../../simulator/index.ts';
import { mockFor, stepFor, type MockSet } from './mockSet.ts';
import type { LogLine } from './protocol.ts';
import { SandboxFailure, type SandboxClient } from './sandboxClient.ts';

export interface InvokerHooks {
  log: (line: Omit<LogLine, 'at'>) => void;
  result: (stateName: string, value: JsonValue) => void;
}

export function mockInvoker(mocks: MockSet, taskNames: readonly string[], sandbox: SandboxClient, hooks: InvokerHooks): TaskInvoker {
  const handlers: Record<string, MockHandler> = dict();
  for (const name of taskNames) {
    const mock = mockFor(mocks, name);
    if (mock.kind === 'code') {
      handlers[name] = (event, req) => {
        const context: JsonValue = {
          functionName: name,
          awsRequestId: `sim-${req.path}-${req.invocation}`,
          invocation: req.invocation,
          retryCount: req.retryCount,
          path: req.path,
        };
        const log = (level: LogLine['level'], text: string, dropped?: number) =>
          hooks.log({ stateName: name, path: req.path, invocation: req.invocation, level, text, ...(dropped ? { dropped } : {}) });
        return sandbox.call(mock.code, event, context, log).then(
          (v) => {
            hooks.result(name, v);
            return v;
          },
          (e: unknown) => {
            if (e instanceof SandboxFailure && e.kind !== 'thrown') throw new StatesError(e.name, e.message);
            throw e;
          },
        );
      };
    } else {
      handlers[name] = (_event, req) => {
        const step = stepFor(mock, req.invocation);
        if (step.kind === 'error') throw new StatesError(step.error, step.cause);
        hooks.result(name, step.result);
        return step.result;
      };
    }
  }
  const invoke = handlerInvoker(handlers);
  const durations = new Map<string, number>();
  for (const name of taskNames) {
    const d = mockFor(mocks, name).durationMs;
    if (d) durations.set(name, d);
  }
  if (durations.size === 0) return invoke;
  // A mock's duration is the call's time on the simulation clock (TaskSucceeded/TaskFailed come that much later).
  const timed = (o: TaskOutcome, d: number | undefined): TaskOutcome => (d === undefined || o.durationMs !== undefined ? o : { ...o, durationMs: d });
  return (req) => {
    const d = durations.get(req.stateName);
    const o = invoke(req);
    return o instanceof Promise ? o.then((x) => timed(x, d)) : timed(o, d);
  };
}
