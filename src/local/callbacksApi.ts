/**
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: answers to `.waitForTaskToken` tasks (callbacks.ts).
 * SendTaskSuccess's output must be JSON (InvalidOutput otherwise), as on AWS.
 */
import type { JsonValue } from '../asl/types.ts';
import { ApiError } from './errors.ts';
import type { LocalService, Operation } from './service.ts';
import { optStr, str } from './wire.ts';

const MAX_OUTPUT_BYTES = 256 * 1024;

export function callbackOperations(svc: LocalService): Record<string, Operation> {
  return {
    SendTaskSuccess(q) {
      const token = str(q, 'taskToken');
      const text = str(q, 'output');
      let output: JsonValue;
      try {
        output = JSON.parse(text) as JsonValue;
      } catch {
        throw new ApiError('InvalidOutput', `Invalid Output: '${text.slice(0, 200)}'`);
      }
      if (Buffer.byteLength(text) > MAX_OUTPUT_BYTES) throw new ApiError('InvalidOutput', `Invalid Output: the output is over ${MAX_OUTPUT_BYTES} bytes`);
      svc.callbacks.success(token, output);
      return {};
    },
    SendTaskFailure(q) {
      svc.callbacks.failure(str(q, 'taskToken'), optStr(q, 'error'), optStr(q, 'cause'));
      return {};
    },
    SendTaskHeartbeat(q) {
      svc.callbacks.heartbeat(str(q, 'taskToken'));
      return {};
    },
  };
}
