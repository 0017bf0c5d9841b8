/**
 * One deterministic environment: the execution's `random` and `uuid` (or a `seed` for both) reach every evaluation —
 * States.MathRandom without a seed, States.UUID(), JSONata $random() and $uuid() — so a seeded run is reproducible.
 */
import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { startExecution } from './engine.ts';
import type { ExecutionOptions } from './execution.ts';
import { run } from './run.ts';

const machine: StateMachineDefinition = {
  StartAt: 'Path',
  States: {
    Path: {
      Type: 'Pass',
      Parameters: { 'n.$': 'States.MathRandom(0, 1000000)', 'id.$': 'States.UUID()' },
      Assign: { 'v.$': 'States.MathRandom(0, 1000000)' },
      ResultPath: '$.path',
      Next: 'Ata',
    },
    Ata: {
      Type: 'Pass',
      QueryLanguage: 'JSONata',
      Output: { path: '{% $states.input.path %}', v: '{% $v %}', r: '{% $random() %}', id: '{% $uuid() %}' },
      End: true,
    },
  },
};

async function output(options: ExecutionOptions): Promise<JsonValue> {
  const end = await run(startExecution(machine, options));
  expect(end.status).toBe('SUCCEEDED');
  return end.output ?? null;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('one deterministic environment', () => {
  it('the same seed gives the same run; another seed another', async () => {
    const a = await output({ seed: 7 });
    expect(await output({ seed: 7 })).toEqual(a);
    expect(await output({ seed: 8 })).not.toEqual(a);
  });

  it('seeded UUIDs have the version 4 shape', async () => {
    const out = (await output({ seed: 1 })) as { path: { id: string }; id: string };
    expect(out.path.id).toMatch(UUID_V4);
    expect(out.id).toMatch(UUID_V4);
    expect(out.id).not.toBe(out.path.id);
  });

  it('an injected random and uuid reach JSONPath intrinsics, Assign and JSONata alike', async () => {
    const out = (await output({ random: () => 0.5, uuid: () => 'fixed-id' })) as Record<string, unknown>;
    expect(out).toEqual({ path: { n: 500000, id: 'fixed-id' }, v: 500000, r: 0.5, id: 'fixed-id' });
  });

  it('without a seed, runs differ', async () => {
    expect(await output({})).not.toEqual(await output({}));
  });
});
