import { describe, expect, it } from 'vitest';
import { END_ID, toGraph } from '../asl/graph.ts';
import { chooseLayouter, layoutGraph } from './layoutGraph.ts';
import { fastLayout } from './fast.ts';
import { loadCorpus } from './testing/corpus.ts';
import { countStates, generateMachine } from './testing/generate.ts';
import type { Direction } from './types.ts';
import { entrySideExits, layoutProblems } from './verify.ts';
import { layoutQuality } from './quality.ts';

describe('fast layouter', () => {
  it.each<Direction>(['DOWN', 'RIGHT'])('takes every loop out of the bottom and into the top on the corpus (%s)', async (direction) => {
    const failures: string[] = [];
    for (const m of loadCorpus()) {
      const r = await layoutGraph(m.graph, { direction, engine: 'fast' });
      for (const id of entrySideExits(m.graph, r, direction)) failures.push(`${m.file}: ${id}`);
    }
    expect(failures).toEqual([]);
  });

  it.each<Direction>(['DOWN', 'RIGHT'])('routes no edge through a node and overlaps no siblings on the corpus (%s)', async (direction) => {
    const failures: string[] = [];
    for (const m of loadCorpus()) {
      const r = await layoutGraph(m.graph, { direction, engine: 'fast' });
      for (const p of layoutProblems(m.graph, r)) failures.push(`${m.file}: ${p}`);
    }
    expect(failures).toEqual([]);
  });

  it('lays out a generated 1,000-state machine cleanly', async () => {
    const def = generateMachine(1000);
    expect(countStates(def)).toBeGreaterThanOrEqual(950);
    const graph = toGraph(def);
    expect(graph.nodes.some((n) => n.kind === 'branch')).toBe(true);
    expect(graph.nodes.some((n) => n.kind === 'processor')).toBe(true);
    const r = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
    expect(layoutProblems(graph, r)).toEqual([]);
  });

  it('keeps document order top-down and puts back edges against the flow', async () => {
    const graph = toGraph({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Choice', Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'A' }], Default: 'C' }, C: { Type: 'Succeed' } },
    });
    const r = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
    expect(r.nodes.A?.y).toBeLessThan(r.nodes.B?.y ?? 0);
    expect(r.nodes.B?.y).toBeLessThan(r.nodes.C?.y ?? 0);
    const back = r.edges['B->choice0->A']?.points ?? [];
    expect(back[0]?.y).toBeGreaterThan(back.at(-1)?.y ?? Infinity);
    expect(r.edges['B->choice0->A']?.labelPos).toBeDefined();
  });

  it('routes an edge spanning many layers down a side lane right of every node', async () => {
    const states: Record<string, unknown> = {
      Pick: { Type: 'Choice', Choices: [{ Variable: '$.skip', BooleanEquals: true, Next: 'S29' }], Default: 'S0' },
    };
    for (let i = 0; i < 30; i++) states[`S${i}`] = i === 29 ? { Type: 'Succeed' } : { Type: 'Pass', Next: `S${i + 1}` };
    const graph = toGraph({ StartAt: 'Pick', States: states });
    for (const direction of ['DOWN', 'RIGHT'] as const) {
      const r = await layoutGraph(graph, { direction, engine: 'fast' });
      expect(layoutProblems(graph, r)).toEqual([]);
      const jump = r.edges['Pick->choice0->S29']?.points ?? [];
      const across = (p: { x: number; y: number }) => (direction === 'DOWN' ? p.x : p.y);
      const farthest = Math.max(...Object.values(r.nodes).map((b) => (direction === 'DOWN' ? b.x + b.width : b.y + b.height)));
      expect(Math.max(...jump.map(across))).toBeGreaterThan(farthest);
      expect(Math.max(...jump.map(across))).toBeLessThanOrEqual(direction === 'DOWN' ? r.width : r.height);
      // The short hops stay in the layers: no other edge goes out to a lane.
      const next = r.edges['S3->next->S4']?.points ?? [];
      expect(Math.max(...next.map(across))).toBeLessThan(farthest);
    }
  });

  it('runs long edges into the same state down one shared lane, not one lane each', async () => {
    // Every fourth state can fail: its Fail is joined to End far below (as each Fail of a big machine is).
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) {
      const next = i === 39 ? { End: true } : { Next: `S${i + 1}` };
      states[`S${i}`] = i % 4 === 0 ? { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, ...next }], Default: `F${i}` } : { Type: 'Pass', ...next };
      if (i % 4 === 0) states[`F${i}`] = { Type: 'Fail', Error: 'Bad' };
    }
    const graph = toGraph({ StartAt: 'S0', States: states });
    for (const direction of ['DOWN', 'RIGHT'] as const) {
      const r = await layoutGraph(graph, { direction, engine: 'fast' });
      expect(layoutProblems(graph, r)).toEqual([]);
      const across = (p: { x: number; y: number }) => (direction === 'DOWN' ? p.x : p.y);
      const farthest = Math.max(...Object.values(r.nodes).map((b) => (direction === 'DOWN' ? b.x + b.width : b.y + b.height)));
      const laneXs = new Set<number>();
      for (const e of graph.edges) {
        if (e.target !== END_ID || !e.source.startsWith('F')) continue;
        const far = Math.max(...(r.edges[e.id]?.points ?? []).map(across));
        if (far > farthest) laneXs.add(Math.round(far));
      }
      // Several Fails far enough above End take a lane; they share it (they had one lane each, 12 px apart).
      expect(graph.edges.filter((e) => e.target === END_ID && e.source.startsWith('F')).length).toBe(10);
      expect(laneXs.size).toBe(1);
      expect((direction === 'DOWN' ? r.width : r.height) - farthest).toBeLessThan(60);
    }
  });

  it('draws a chain nothing leads to just before the state it joins, not above the start', async () => {
    const chain = (names: string[], last: string) =>
      Object.fromEntries(names.map((n, i) => [n, { Type: 'Pass', Next: names[i + 1] ?? last }]));
    const def = {
      StartAt: 'A1',
      States: { ...chain(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'], 'Join'), ...chain(['Cut1', 'Cut2'], 'Join'), Join: { Type: 'Succeed' } },
    };
    const graph = toGraph(def);
    const r = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
    const y = (id: string) => r.nodes[id]?.y ?? NaN;
    // Longest-path layering put Cut1 level with A1, and its edge into Join ran down past five states.
    expect(y('Cut1')).toBeGreaterThan(y('A4'));
    expect(y('Cut2')).toBeLessThan(y('Join'));
    expect(y('Cut2')).toBeGreaterThan(y('Cut1'));
    expect(layoutProblems(graph, r)).toEqual([]);
  });

  it('is chosen automatically only above the threshold', () => {
    const graph = toGraph(generateMachine(50));
    expect(chooseLayouter(graph, { fastThreshold: 10 })).toBe(fastLayout);
    expect(chooseLayouter(graph, {})).not.toBe(fastLayout);
    expect(chooseLayouter(graph, { engine: 'fast' })).toBe(fastLayout);
  });
});

describe('fast layouter labels', () => {
  it.each<Direction>(['DOWN', 'RIGHT'])('reserves room for every label on the corpus: none on a state or on another label (%s)', async (direction) => {
    const found: string[] = [];
    for (const m of loadCorpus()) {
      const r = await layoutGraph(m.graph, { direction, engine: 'fast' });
      const q = layoutQuality(m.graph, r, { direction, maxDetails: 3 });
      if (q.labelOnLabel + q.labelOnState > 0) found.push(`${m.file}: ${q.details.filter((d) => d.startsWith('label ')).join('; ')}`);
    }
    expect(found).toEqual([]);
  });
});
