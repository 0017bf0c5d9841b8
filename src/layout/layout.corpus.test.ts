import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { SEED_DEFINITION_TEXT } from '../asl/seed.ts';
import { layoutGraph } from './layoutGraph.ts';
import { outPort } from './ports.ts';
import { absoluteLayoutBoxes } from './quality.ts';
import { loadCorpus } from './testing/corpus.ts';
import type { Direction } from './types.ts';
import { entrySideExits, layoutProblems } from './verify.ts';

const corpus = loadCorpus();

describe('layoutGraph on real machines (ELK)', () => {
  it('loads the whole corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(170);
  });

  it('lays out the seed workflow top-down as a chain under the start marker', async () => {
    const g = toGraph(JSON.parse(SEED_DEFINITION_TEXT));
    const r = await layoutGraph(g, { direction: 'DOWN' });
    expect(layoutProblems(g, r)).toEqual([]);
    const ys = ['~start', 'CreateUser', 'PlaceOrder', 'SendNotification', '~end'].map((id) => r.nodes[id]?.y ?? -1);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(r.nodes.CreateUser).toMatchObject({ width: 180, height: 48 });
  });

  it.each<Direction>(['DOWN', 'RIGHT'])('routes no edge through a node and overlaps no siblings (%s)', async (direction) => {
    const failures: string[] = [];
    for (const m of corpus) {
      const r = await layoutGraph(m.graph, { direction, engine: 'elk' });
      for (const p of layoutProblems(m.graph, r)) failures.push(`${m.file}: ${p}`);
    }
    expect(failures).toEqual([]);
  });

  it.each<Direction>(['DOWN', 'RIGHT'])('takes every loop out of the side the flow leaves by, not the side it enters by (%s)', async (direction) => {
    const failures: string[] = [];
    for (const m of corpus) {
      const r = await layoutGraph(m.graph, { direction, engine: 'elk' });
      for (const id of entrySideExits(m.graph, r, direction)) failures.push(`${m.file}: ${id}`);
    }
    expect(failures).toEqual([]);
  });

  it.each<Direction>(['DOWN', 'RIGHT'])('starts and ends every edge where the canvas draws its handles (%s)', async (direction) => {
    // Before, ELK spread the edges along a side and the canvas slid each onto its handle: a label ELK had put beside
    // a route ended up to 200 px from the line drawn (10 labels over 20 px away in the corpus, drawn down).
    const down = direction === 'DOWN';
    const failures: string[] = [];
    const far = (p: { x: number; y: number } | undefined, q: { x: number; y: number }) => !p || Math.hypot(p.x - q.x, p.y - q.y) > 1;
    for (const m of corpus) {
      const r = await layoutGraph(m.graph, { direction, engine: 'elk' });
      const boxes = absoluteLayoutBoxes(m.graph, r);
      for (const e of m.graph.edges) {
        const s = boxes.get(e.source);
        const t = boxes.get(e.target);
        const points = r.edges[e.id]?.points ?? [];
        if (!s || !t || e.source === e.target) continue;
        const f = outPort(m.graph.byId.get(e.source), e) ?? 0.5;
        const out = e.kind === 'catch' ? (down ? { x: s.x + s.width, y: s.y + s.height / 2 } : { x: s.x + s.width / 2, y: s.y + s.height }) : down ? { x: s.x + s.width * f, y: s.y + s.height } : { x: s.x + s.width, y: s.y + s.height * f };
        const into = down ? { x: t.x + t.width / 2, y: t.y } : { x: t.x, y: t.y + t.height / 2 };
        if (far(points[0], out) || far(points[points.length - 1], into)) failures.push(`${m.file}: ${e.id}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('draws a polling loop as a column, its loop out of the Choice\'s bottom and into the Wait\'s top', async () => {
    const g = toGraph({
      StartAt: 'Start job',
      States: {
        'Start job': { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Wait' },
        Wait: { Type: 'Wait', Seconds: 5, Next: 'Get status' },
        'Get status': { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done?' },
        'Done?': { Type: 'Choice', Choices: [{ Variable: '$.status', StringEquals: 'DONE', Next: 'Finished' }], Default: 'Wait' },
        Finished: { Type: 'Succeed' },
      },
    });
    const r = await layoutGraph(g, { direction: 'DOWN', engine: 'elk' });
    expect(layoutProblems(g, r)).toEqual([]);
    const box = (id: string) => r.nodes[id] as { x: number; y: number; width: number; height: number };
    const centre = (id: string) => box(id).x + box(id).width / 2;
    // One column: Wait, Get status and the Choice centred on one axis.
    expect(Math.abs(centre('Wait') - centre('Get status'))).toBeLessThan(1);
    expect(Math.abs(centre('Get status') - centre('Done?'))).toBeLessThan(1);
    const loop = r.edges['Done?->default->Wait']?.points ?? [];
    expect(loop[0]?.y).toBeCloseTo(box('Done?').y + box('Done?').height, 0);
    expect(loop[loop.length - 1]?.y).toBeCloseTo(box('Wait').y, 0);
  });

  it('places every edge label and keeps nested children inside their groups', async () => {
    const m = corpus.find((c) => c.graph.nodes.some((n) => n.kind === 'branch'));
    expect(m).toBeDefined();
    if (!m) return;
    const r = await layoutGraph(m.graph, { direction: 'DOWN' });
    for (const e of m.graph.edges.filter((x) => x.label)) expect(r.edges[e.id]?.labelPos).toBeDefined();
    const branch = m.graph.nodes.find((n) => n.kind === 'branch');
    expect(r.nodes[branch?.id ?? '']?.y).toBeGreaterThanOrEqual(32);
  });
});
