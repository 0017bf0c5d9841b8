/** AWS's path parser trims surrounding whitespace: " $.a " reads $.a in every path field and `.$` value. */
import { expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { simulate } from './run.ts';

it('runs a path with surrounding whitespace as the trimmed path', async () => {
  const def = {
    StartAt: 'A',
    States: { A: { Type: 'Pass', InputPath: ' $.in ', Parameters: { 'x.$': ' $.a ' }, ResultPath: ' $.r ', OutputPath: '$.r.x ', End: true } },
  } as StateMachineDefinition;
  const r = await simulate(def, { input: { in: { a: 5 } } });
  expect(r.status).toBe('SUCCEEDED');
  expect(r.output).toBe(5);
});
