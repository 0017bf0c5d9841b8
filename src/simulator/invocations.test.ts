/** Task invocations are counted per state name, whatever the name (`__proto__`, `constructor` are plain keys). */
import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { resultsInvoker, run, startExecution } from './index.ts';

const task = (next?: string) => ({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ...(next ? { Next: next } : { End: true }) });

describe('invocation counts', () => {
  it('counts each Task call under its state name, prototype-like names included', async () => {
    // Parsed from text, as a document is: "__proto__" is then an own key of States and of the mock results.
    const parsed = JSON.parse(
      `{ "StartAt": "__proto__", "States": { "__proto__": ${JSON.stringify(task('constructor'))}, "constructor": ${JSON.stringify(task('toString'))}, "toString": ${JSON.stringify(task())} } }`,
    ) as StateMachineDefinition;
    const results = JSON.parse('{ "__proto__": 1, "constructor": 2, "toString": 3 }') as Record<string, JsonValue>;
    const end = await run(startExecution(parsed, { input: {}, invoker: resultsInvoker(results) }));
    expect(end.status).toBe('SUCCEEDED');
    expect(Object.keys(end.invocations).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(end.invocations, '__proto__')?.value).toBe(1);
    expect(end.invocations.constructor).toBe(1);
    expect(Object.getPrototypeOf(end.invocations)).toBe(Object.prototype);
  });
});
