/** TestState's answer as the data-flow view's state run (each inspection stage is JSON text on the wire). */
import type { TestStateResult } from '../../aws/gateway.ts';
import type { JsonValue } from '../../asl/types.ts';
import type { StateRun } from '../simulation/protocol.ts';

function parse(text: string | undefined): JsonValue | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

export function testStateRun(name: string, id: string, type: string, input: string, r: TestStateResult): StateRun {
  const d = r.inspectionData ?? {};
  const run: StateRun = { path: name, stateName: name, type, enteredAt: 0, exitedAt: 0, retryCount: 0, input: parse(d.input ?? input) ?? null, id, thread: '' };
  const stages: [keyof StateRun, string | undefined][] = [
    ['afterInputPath', d.afterInputPath],
    ['afterParameters', d.afterParameters],
    ['afterArguments', d.afterArguments],
    ['result', d.result],
    ['afterResultSelector', d.afterResultSelector],
    ['afterResultPath', d.afterResultPath],
    ['output', r.output],
  ];
  for (const [k, v] of stages) {
    const value = parse(v);
    if (value !== undefined) (run as unknown as Record<string, JsonValue>)[k] = value;
  }
  const variables = parse(d.variables);
  if (variables && typeof variables === 'object' && !Array.isArray(variables)) run.variables = variables;
  if (r.error !== undefined) run.error = r.error;
  if (r.cause !== undefined) run.cause = r.cause;
  return run;
}
