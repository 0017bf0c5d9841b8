import { describe, expect, it } from 'vitest';
import { mockFor } from './mockSet.ts';
import { useSimulationSettings } from './settings.ts';
import { addStarterMocks } from './starterMocks.ts';

describe('addStarterMocks', () => {
  it('gives a new Task a sample result named after it, and keeps a mock the name already has', () => {
    useSimulationSettings.getState().setMocks({ Kept: { kind: 'error', error: 'Boom', cause: 'x' } });
    addStarterMocks(['Charge card', 'Kept']);
    const mocks = useSimulationSettings.getState().mocks;
    expect(mockFor(mocks, 'Charge card')).toEqual({
      kind: 'result',
      result: { ok: true, state: 'Charge card', message: 'Sample result of Charge card' },
      durationMs: 120,
    });
    expect(mocks.Kept).toEqual({ kind: 'error', error: 'Boom', cause: 'x' });
  });

  it('does not touch the store when every name has a mock', () => {
    addStarterMocks(['A']);
    const before = useSimulationSettings.getState().mocks;
    addStarterMocks(['A']);
    expect(useSimulationSettings.getState().mocks).toBe(before);
  });
});
