/**
 * Small machines and texts that unit tests in several folders share, written once here (the duplicates check found
 * them copied). Plain data: tests copy what they change.
 */

/**
 * A Parallel whose first branch is a Pass and whose second holds a Map with a lambda:invoke Task: nesting of every
 * kind (branch, item processor) in one state, without its Next or End.
 */
export const NESTED_PARALLEL = {
  Type: 'Parallel',
  Branches: [
    { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
    { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } }, End: true } } },
  ],
} as const;

/** A machine `P` (a Parallel of these branches) then, when given, more states after it. */
export function parallelMachine(branches: readonly object[], after?: { next: string; states: Record<string, object> }): {
  StartAt: string;
  States: Record<string, object>;
} {
  const P = after ? { Type: 'Parallel', Branches: branches, Next: after.next } : { Type: 'Parallel', Branches: branches, End: true };
  return { StartAt: 'P', States: { P, ...after?.states } };
}

/** Valid JSON written oddly: CRLF, states out of order, uneven indentation and spacing. */
export const ODD_JSON = [
  '{',
  '    "States": {',
  '      "B": {"Type": "Pass", "Result": [1,2],   "End": true},',
  '        "A": {',
  '            "Next": "B",',
  '            "Type":"Pass"',
  '        }',
  '    },',
  '  "StartAt": "A"',
  '}',
  '',
].join('\r\n');

/**
 * A Map (named `map`, over `$.items` unless told) whose item processor is one `lambda:invoke` Task named `task`
 * retried on `Flaky` (interval 1 s, backoff 1, 3 attempts): per-iteration retries, for Step details and history
 * threads. `extra` adds fields to the Map (MaxConcurrency…) and `call` to the Task (Parameters…).
 */
export function mapOfRetriedCall(map: string, task: string, extra: object = {}, call: object = {}): { StartAt: string; States: Record<string, object> } {
  return {
    StartAt: map,
    States: {
      [map]: {
        Type: 'Map',
        ...extra,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: task,
          States: {
            [task]: {
              Type: 'Task',
              Resource: 'arn:aws:states:::lambda:invoke',
              ...call,
              Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 1, BackoffRate: 1, MaxAttempts: 3 }],
              End: true,
            },
          },
        },
        End: true,
      },
    },
  };
}
