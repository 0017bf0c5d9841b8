/**
 * The Task states of a definition, for the mock editor and the mock invoker. (Simulator thread paths become canvas
 * ids in src/asl/ids.ts, `stateIds`.)
 */
import { isRecord as isObject } from '../../asl/values.ts';

/** Task states at any depth, with whether each calls lambda:invoke (its results are wrapped in a Payload). */
export function taskStates(definition: unknown): { name: string; resource: string; lambda: boolean }[] {
  const out: { name: string; resource: string; lambda: boolean }[] = [];
  const seen = new Set<string>();
  const visit = (states: unknown) => {
    if (!isObject(states)) return;
    for (const [name, s] of Object.entries(states)) {
      if (!isObject(s)) continue;
      if (s.Type === 'Task' && !seen.has(name)) {
        seen.add(name);
        const resource = typeof s.Resource === 'string' ? s.Resource : '';
        out.push({ name, resource, lambda: isLambdaInvoke(resource) });
      }
      if (Array.isArray(s.Branches)) for (const b of s.Branches) if (isObject(b)) visit(b.States);
      const proc = isObject(s.ItemProcessor) ? s.ItemProcessor : s.Iterator;
      if (isObject(proc)) visit(proc.States);
    }
  };
  if (isObject(definition)) visit(definition.States);
  return out;
}

/**
 * Whether a mocked result is wrapped in the lambda:invoke API response (Payload, StatusCode). Not for
 * `.waitForTaskToken`: its result is the callback's output (SendTaskSuccess), as the simulator treats it.
 */
export function isLambdaInvoke(resource: string): boolean {
  return /^arn:[^:]+:states:::lambda:invoke$/.test(resource);
}
