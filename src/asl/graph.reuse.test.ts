/** `toGraph` with the previous graph: the same graph as without it, reusing every unchanged node and edge object. */
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine } from './generate.ts';
import { toGraph } from './graph.ts';

const machine = () => structuredClone(generateRealisticMachine(120, 4)) as { StartAt: string; States: Record<string, Record<string, unknown>> };

describe('toGraph reuse', () => {
  it('returns the previous graph itself when nothing in it changed', () => {
    const def = machine();
    const before = toGraph(def);
    const edited = machine();
    edited.States['b0 Task']!.TimeoutSeconds = 99; // not shown in the graph
    expect(toGraph(edited, before)).toBe(before);
  });

  it('equals a fresh graph and reuses exactly the unchanged objects', () => {
    const def = machine();
    const before = toGraph(def);
    const edited = machine();
    edited.States['b0 Task']!.Comment = 'changed';
    const after = toGraph(edited, before);
    const fresh = toGraph(edited);
    expect(after).toEqual(fresh);
    const changed = after.nodes.filter((n) => n !== before.byId.get(n.id)).map((n) => n.name);
    expect(changed).toEqual(['b0 Task']);
    expect(after.edges.every((e, i) => e === before.edges[i])).toBe(true);
  });

  it('gives renamed states and their transitions new objects', () => {
    const def = machine();
    const before = toGraph(def);
    const renamed = JSON.parse(JSON.stringify(def).replaceAll('"b1 Task"', '"b1 Task x"'));
    const after = toGraph(renamed, before);
    expect(after).toEqual(toGraph(renamed));
    expect(after.byId.get('b1 Task x')).not.toBe(before.byId.get('b1 Task'));
    const touching = after.edges.filter((e) => e.source === 'b1 Task x' || e.target === 'b1 Task x');
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.every((e) => !before.edges.includes(e))).toBe(true);
    expect(after.nodes.filter((n) => n === before.byId.get(n.id)).length).toBe(before.nodes.length - 1);
  });
});
