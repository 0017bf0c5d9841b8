import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { layoutGraph } from './layoutGraph.ts';
import { packLayout, unpackLayout } from './protocol.ts';
import { generateMachine } from './testing/generate.ts';

describe('packed layout results', () => {
  it('round-trip every box, route and label exactly', async () => {
    const graph = toGraph(generateMachine(60));
    const result = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
    expect(Object.values(result.edges).some((e) => e.labelPos)).toBe(true);
    expect(Object.values(result.edges).some((e) => !e.labelPos)).toBe(true);
    const back = unpackLayout(structuredClone(packLayout(result)));
    expect(back).toEqual(result);
  });

  it('keeps an empty layout empty', () => {
    expect(unpackLayout(packLayout({ nodes: {}, edges: {}, width: 0, height: 0 }))).toEqual({ nodes: {}, edges: {}, width: 0, height: 0 });
  });

  it('carries flat arrays, not one object per point', async () => {
    const graph = toGraph(generateMachine(30));
    const packed = packLayout(await layoutGraph(graph, { direction: 'RIGHT', engine: 'fast' }));
    expect(packed.boxes).toBeInstanceOf(Float64Array);
    expect(packed.points).toBeInstanceOf(Float64Array);
    expect(packed.boxes.length).toBe(packed.ids.length * 4);
    expect(packed.start[packed.edgeIds.length]).toBe(packed.points.length / 2);
  });
});
