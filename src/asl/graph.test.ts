import { describe, expect, it } from 'vitest';
import { toGraph, stateIdAtJsonPath, START_ID, END_ID } from './graph.ts';
import { jsonPathOfId } from './ids.ts';
import { SEED_DEFINITION_TEXT } from './seed.ts';

describe('toGraph', () => {
  it('projects the seed workflow to a chain', () => {
    const g = toGraph(JSON.parse(SEED_DEFINITION_TEXT));
    expect(g.nodes.filter((n) => n.kind === 'state').map((n) => n.name)).toEqual(['CreateUser', 'PlaceOrder', 'SendNotification']);
    expect(g.edges.map((e) => `${e.source}>${e.target}:${e.kind}`)).toEqual([
      'CreateUser>PlaceOrder:next',
      'PlaceOrder>SendNotification:next',
      `SendNotification>${END_ID}:end`,
      `${START_ID}>CreateUser:start`,
    ]);
  });

  it('nests Parallel branches and the Map processor, with choice and catch edges', () => {
    const def = {
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericGreaterThan: 3, Next: 'P' }], Default: 'M' },
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }],
          End: true,
        },
        M: { Type: 'Map', Iterator: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
        F: { Type: 'Fail', Error: 'E' },
      },
    };
    const g = toGraph(def);
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toContain('P/~b0/A');
    expect(ids).toContain('P/~b1/A');
    expect(ids).toContain('M/~p/I');
    expect(g.byId.get('P/~b1/A')?.parentId).toBe('P/~b1');
    expect(g.byId.get('P/~b1')?.parentId).toBe('P');
    const choice = g.edges.find((e) => e.kind === 'choice');
    expect(choice?.label).toBe('$.x > 3');
    expect(g.edges.find((e) => e.kind === 'default')?.target).toBe('M');
    expect(g.edges.find((e) => e.kind === 'catch')?.label).toBe('States.ALL');
    expect(jsonPathOfId('M/~p/I', () => 'Iterator')).toEqual(['States', 'M', 'Iterator', 'States', 'I']);
    expect(stateIdAtJsonPath(g, ['States', 'P', 'Branches', 1, 'States', 'A', 'Type'])).toBe('P/~b1/A');
  });

  it('ignores junk without throwing', () => {
    expect(toGraph(null).nodes).toEqual([]);
    expect(toGraph({ StartAt: 1, States: { A: 'x', B: { Type: 'Nope', Next: 'A' } } }).nodes.length).toBe(4);
  });
});
