/** Small machines shared by the engine's tests. */
import type { StateMachineDefinition } from '../asl/types.ts';

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
