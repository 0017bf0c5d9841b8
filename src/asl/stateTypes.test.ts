import { describe, expect, it } from 'vitest';
import { canCatch, endsThread, hasNoNext, isContainerType, isTerminalType, STATE_TRAITS, traitsOf } from './stateTypes.ts';
import { STATE_TYPES } from './types.ts';

describe('state type traits', () => {
  it('covers every state type, and nothing else', () => {
    expect(Object.keys(STATE_TRAITS).sort()).toEqual([...STATE_TYPES].sort());
    expect(traitsOf('Loop')).toBeUndefined();
    expect(traitsOf(undefined)).toBeUndefined();
  });

  it('says what the Amazon States Language says of each type', () => {
    const which = (f: (t: string) => boolean) => STATE_TYPES.filter(f);
    expect(which(isTerminalType)).toEqual(['Succeed', 'Fail']);
    expect(which(canCatch)).toEqual(['Task', 'Parallel', 'Map']);
    expect(which((x) => STATE_TRAITS[x as 'Task'].canRetry)).toEqual(['Task', 'Parallel', 'Map']);
    expect(which(isContainerType)).toEqual(['Parallel', 'Map']);
    expect(which(hasNoNext)).toEqual(['Choice', 'Succeed', 'Fail']);
  });

  it('a state ends its thread by End or by its type', () => {
    expect(endsThread({ Type: 'Pass', End: true })).toBe(true);
    expect(endsThread({ Type: 'Fail' })).toBe(true);
    expect(endsThread({ Type: 'Choice' })).toBe(false);
    expect(endsThread({ Type: 'Task', End: false })).toBe(false);
  });
});
