/** Small machines shared by the engine's tests. */
import type { ParallelState, StateMachineDefinition } from '../asl/types.ts';

/** A Pass + Choice counter loop: `Inc` adds 1 to `$.n` until it reaches `limit`, then `Done` succeeds. */
export function counterLoop(limit: number): StateMachineDefinition {
  return {
    StartAt: 'Inc',
    States: {
      Inc: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericLessThan: limit, Next: 'Inc' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  };
}

/**
 * `Par`: a Parallel of a Pass branch (`Left`) and a Map over `$.items` (`Each`, each item the Pass `Inner`);
 * it ends the machine, or with `thenFail` goes on to a Fail state (`Done` / `end`).
 */
export function parallelWithMap(thenFail = false): StateMachineDefinition {
  const par: ParallelState = {
    Type: 'Parallel',
    Branches: [
      { StartAt: 'Left', States: { Left: { Type: 'Pass', Result: 'l', End: true } } },
      {
        StartAt: 'Each',
        States: {
          Each: {
            Type: 'Map',
            ItemsPath: '$.items',
            ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } },
            End: true,
          },
        },
      },
    ],
  };
  if (!thenFail) return { StartAt: 'Par', States: { Par: { ...par, End: true } } };
  return { StartAt: 'Par', States: { Par: { ...par, Next: 'Fail' }, Fail: { Type: 'Fail', Error: 'Done', Cause: 'end' } } };
}
