/**
 * Starter mocks at add time: every new Task gets `starterMock(name)` unless it already has a mock (a name taken
 * over from a deleted state keeps what the user wrote). One small entry point, so the command pipeline that applies
 * per-state data (src/store) can call it for any command that creates Task states.
 */
import { own, withKey } from '../../asl/own.ts';
import { starterMock } from './mockSet.ts';
import { useSimulationSettings } from './settings.ts';

/** Give each named new Task state its starter mock (names without one only). */
export function addStarterMocks(taskNames: readonly string[]): void {
  const settings = useSimulationSettings.getState();
  let mocks = settings.mocks;
  for (const name of taskNames) {
    if (own(mocks, name) !== undefined) continue;
    mocks = withKey(mocks, name, starterMock(name));
  }
  if (mocks !== settings.mocks) settings.setMocks(mocks);
}
