import { describe, expect, it } from 'vitest';
import { invocationRange, lookupInvocation, MAX_INVOCATION, parseMockConfig } from './mockConfig.ts';
import { mockConfigInvoker } from './mocks.ts';
import type { TaskRequest } from './execution.ts';

const file = (responses: unknown, mapping: unknown = { A: 'R' }) => ({ StateMachines: { SM: { TestCases: { T: mapping } } }, MockedResponses: { R: responses } });

describe('MockConfigFile checks (issue 18)', () => {
  it.each([
    ['0', { from: 0, to: 0 }],
    ['1-2', { from: 1, to: 2 }],
    [`0-${MAX_INVOCATION}`, { from: 0, to: MAX_INVOCATION }],
    ['4294967294', "invocation key '4294967294' goes past invocation 100000"],
    ['3-1', "invocation key '3-1' runs backwards"],
    ['-1', `Invalid invocation key '-1' (expected "N" or "N-M")`],
    ['1e3', `Invalid invocation key '1e3' (expected "N" or "N-M")`],
    ['__proto__', `Invalid invocation key '__proto__' (expected "N" or "N-M")`],
  ])('reads the invocation key %s', (key, expected) => {
    const r = invocationRange(key);
    expect(r).toEqual(expected);
  });

  it.each([
    ['not an object', [], 'a MockConfigFile is a JSON object'],
    ['a response that is not an object', file(5), 'MockedResponses.R is not an object'],
    ['an entry without Return or Throw', file({ '0': { Nothing: 1 } }), 'MockedResponses.R["0"] has neither "Return" nor "Throw"'],
    ['a Throw that is text', file({ '0': { Throw: 'boom' } }), 'MockedResponses.R["0"].Throw is not an object'],
    ['an Error that is a number', file({ '0': { Throw: { Error: 5 } } }), 'MockedResponses.R["0"].Throw.Error is not a string'],
    ['an endless DurationSeconds', file({ '0': { Return: 1, DurationSeconds: 1e300 } }), 'MockedResponses.R["0"].DurationSeconds is not a number of seconds from 0 to 31536000'],
    ['a huge key', file({ '4294967294': { Return: 1 } }), "MockedResponses.R: invocation key '4294967294' goes past invocation 100000"],
    ['overlapping keys', file({ '0-3': { Return: 1 }, '2': { Return: 2 } }), "MockedResponses.R: invocation keys '0-3' and '2' overlap"],
    ['a mapping to a number', file({ '0': { Return: 1 } }, { A: 7 }), 'test case T maps state A to something other than a response name'],
  ])('refuses %s, saying where', (_name, value, message) => {
    expect(parseMockConfig(value)).toEqual({ ok: false, message });
  });

  it('accepts the AWS documentation example shape', () => {
    const ok = file({ '0': { Throw: { Error: 'Lambda.ResourceNotReadyException', Cause: 'not ready' } }, '1-2': { Return: { StatusCode: 200 } } });
    expect(parseMockConfig(ok)).toEqual({ ok: true, file: ok });
  });

  it('looks a range up without expanding it', () => {
    const responses = { '0': { Return: 'first' }, [`1-${MAX_INVOCATION}`]: { Return: 'rest' } };
    const t0 = performance.now();
    expect([0, 1, 77_777, MAX_INVOCATION, MAX_INVOCATION + 1].map((n) => lookupInvocation(responses, n)?.Return)).toEqual(['first', 'rest', 'rest', 'rest', undefined]);
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('answers states, machines and test cases named like Object.prototype members only when they exist', () => {
    const config = { StateMachines: { SM: { TestCases: { T: { toString: 'R' } } } }, MockedResponses: { R: { '0': { Return: 'ok' } } } };
    const invoke = mockConfigInvoker(config, 'SM', 'T');
    const req = (stateName: string) => ({ stateName, invocation: 0, resource: 'arn:aws:states:::x', input: null }) as unknown as TaskRequest;
    expect(invoke(req('toString'))).toEqual({ output: 'ok' });
    expect(invoke(req('constructor'))).toMatchObject({ error: 'States.Runtime', cause: expect.stringContaining('maps no response') });
    expect(() => mockConfigInvoker(config, 'constructor', 'T')).toThrow("no state machine 'constructor'");
    expect(() => mockConfigInvoker(config, 'SM', '__proto__')).toThrow("no test case '__proto__'");
  });
});
