import { describe, expect, it } from 'vitest';
import { currentMode, numberOrPathModes, switchMode, textOrPathModes, waitModes } from './modes.ts';

const WAIT = waitModes(false);

describe('currentMode', () => {
  it('is the first mode whose field is present', () => {
    expect(currentMode({ Type: 'Wait', SecondsPath: '$.s' }, WAIT)?.field).toBe('SecondsPath');
    expect(currentMode({ Type: 'Wait' }, WAIT)).toBeUndefined();
    expect(currentMode(undefined, WAIT)).toBeUndefined();
  });
});

describe('switchMode', () => {
  it('removes the old field and sets the new one with its initial value', () => {
    expect(switchMode({ Seconds: 5 }, WAIT, 'Timestamp')).toEqual([
      { path: ['Seconds'], value: undefined },
      { path: ['Timestamp'], value: '2026-01-01T00:00:00Z' },
    ]);
  });
  it('keeps the value when both modes hold the same kind', () => {
    expect(switchMode({ SecondsPath: '$.wait' }, WAIT, 'TimestampPath')).toEqual([
      { path: ['SecondsPath'], value: undefined },
      { path: ['TimestampPath'], value: '$.wait' },
    ]);
  });
  it('changes nothing when the mode is already in use', () => {
    expect(switchMode({ Seconds: 5 }, WAIT, 'Seconds')).toEqual([]);
  });
  it('removes every alternative for no mode, under a base path', () => {
    const modes = numberOrPathModes('TimeoutSeconds', false, 60);
    expect(switchMode({ TimeoutSecondsPath: '$.t' }, modes, undefined, ['Retry', 0])).toEqual([
      { path: ['Retry', 0, 'TimeoutSecondsPath'], value: undefined },
    ]);
    expect(switchMode({}, modes, 'TimeoutSeconds')).toEqual([{ path: ['TimeoutSeconds'], value: 60 }]);
  });
  it('offers no path modes in JSONata', () => {
    expect(waitModes(true).map((m) => m.field)).toEqual(['Seconds', 'Timestamp']);
    expect(numberOrPathModes('HeartbeatSeconds', true, 1).map((m) => m.field)).toEqual(['HeartbeatSeconds']);
    expect(textOrPathModes('Error', false, 'E').map((m) => m.field)).toEqual(['Error', 'ErrorPath']);
    expect(numberOrPathModes('MaxConcurrency', false, 0)[1]?.initial).toBe('$.maxConcurrency');
  });
});
