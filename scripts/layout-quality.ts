/**
 * `npm run layout-quality`: how tidy the fresh layout of the 174 real-world definitions is (fixtures/corpus), per
 * layouter and direction: upward transitions that close no loop, overlapping states, edges through states, label
 * collisions (as the canvas draws labels), terminal states not joined to End (as the canvas can draw the edge),
 * and the first-view zoom in the canvas pane of a 1280x720 and a 1920x1080 window. Prints a table, then one JSON
 * line per figure, then the same counts after random edit sequences on generated machines with how far untouched
 * states move per edit (LQ_EDITS=0 skips them). `--details` lists every finding. Env: LQ_ENGINES (default "elk,fast"), LQ_DIRECTIONS ("DOWN,RIGHT").
 */
import { layoutGraph } from '../src/layout/layoutGraph.ts';
import { QUALITY_KEYS, layoutQuality, sumQuality, type QualityCounts } from '../src/layout/quality.ts';
import { loadCorpus } from '../src/layout/testing/corpus.ts';
import type { Box, Direction, LayoutEngineKind } from '../src/layout/types.ts';
import { drawnLabelSize, edgeLabelCentre } from '../src/features/canvas/edgeLabel.ts';
import { drawingBounds, firstView } from '../src/features/canvas/firstView.ts';
import { staticHandles } from '../src/features/canvas/staticHandles.ts';
import { sourceHandle } from '../src/features/canvas/toFlow.ts';
import type { StateNodeData } from '../src/features/canvas/nodeData.ts';
import type { GraphEdge, StateGraph } from '../src/asl/graph.ts';
import { loadYaml } from '../src/asl/yamlLib.ts';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import type { StateMachineDefinition } from '../src/asl/types.ts';
import { editFigures } from '../src/layout/testing/editSequence.ts';

/** The canvas pane at 1280x720 and 1920x1080: the window minus the header (44 px), palette (170), code editor (34%, at
 * least 320) and inspector (300), as app.css lays out the workspace. */
export const PANES = { '1280x720': { width: 375, height: 676 }, '1920x1080': { width: 797, height: 1036 } };

const engines = (process.env.LQ_ENGINES ?? 'elk,fast').split(',') as LayoutEngineKind[];
const directions = (process.env.LQ_DIRECTIONS ?? 'DOWN,RIGHT').split(',') as Direction[];
const details = process.argv.includes('--details');

/** Whether the canvas gives the edge's source node the handle the edge leaves from. */
function drawable(graph: StateGraph, horizontal: boolean): (e: GraphEdge) => boolean {
  return (e) => {
    const n = graph.byId.get(e.source);
    if (!n) return false;
    const data = { kind: n.kind, stateType: n.stateType, horizontal, ruleCount: 0, canCatch: n.stateType === 'Task' || n.stateType === 'Parallel' || n.stateType === 'Map' } as StateNodeData;
    if (n.stateType === 'Choice') data.ruleCount = (e.index ?? 0) + 1;
    const want = sourceHandle(e.kind, e.index);
    return staticHandles(data, 200, 48).some((h) => h.type === 'source' && h.id === want);
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length === 0 ? 0 : s.length % 2 ? (s[Math.floor(m)] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function main(): Promise<void> {
  await loadYaml();
  const corpus = loadCorpus();
  const lines: string[] = [];
  console.log(`layout quality over ${corpus.length} definitions (fixtures/corpus/aws-samples/definitions)\n`);
  console.log(['engine', 'dir', ...QUALITY_KEYS, 'zoom<0.5@1280', 'minZoom@1280', 'medZoom@1280', 'startOnly@1280', 'zoom<0.5@1920', 'ms'].join('\t'));
  for (const engine of engines) {
    for (const direction of directions) {
      const all: QualityCounts[] = [];
      const zooms: Record<string, number[]> = { '1280x720': [], '1920x1080': [] };
      let startOnly = 0;
      const t0 = performance.now();
      for (const m of corpus) {
        const r = await layoutGraph(m.graph, { direction, engine });
        const q = layoutQuality(m.graph, r, {
          direction,
          labelSize: drawnLabelSize,
          labelCentre: (el) => edgeLabelCentre(el.points, el.labelPos),
          hasSourceHandle: drawable(m.graph, direction === 'RIGHT'),
          maxDetails: details ? 1000 : 0,
        });
        all.push(q);
        if (details) for (const d of q.details) console.log(`  ${engine} ${direction} ${m.file}: ${d}`);
        const top = m.graph.nodes.flatMap((n) => (!n.parentId && r.nodes[n.id] ? [r.nodes[n.id] as Box] : []));
        for (const [name, pane] of Object.entries(PANES)) {
          const view = firstView(m.graph.nodes.length, drawingBounds(top), r.nodes['~start'], pane, direction === 'RIGHT');
          zooms[name]?.push(view.zoom);
          if (name === '1280x720' && view.mode === 'start') startOnly++;
        }
      }
      const ms = performance.now() - t0;
      const total = sumQuality(all);
      const z = zooms['1280x720'] as number[];
      const z2 = zooms['1920x1080'] as number[];
      const low = z.filter((v) => v < 0.5).length;
      const low2 = z2.filter((v) => v < 0.5).length;
      console.log([engine, direction, ...QUALITY_KEYS.map((k) => total[k]), low, Math.min(...z).toFixed(2), median(z).toFixed(2), startOnly, low2, ms.toFixed(0)].join('\t'));
      const rec = (metric: string, value: number, unit = 'count') => lines.push(JSON.stringify({ metric: `layoutQuality.${metric}`, engine, direction, value, unit }));
      for (const k of QUALITY_KEYS) rec(k, total[k]);
      rec('firstViewBelowHalf.1280x720', low, 'machines');
      rec('firstViewBelowHalf.1920x1080', low2, 'machines');
      rec('firstViewStartOnly.1280x720', startOnly, 'machines');
      rec('firstViewMinZoom.1280x720', Number(Math.min(...z).toFixed(3)), 'zoom');
      rec('machinesWithDefects', all.filter((q) => QUALITY_KEYS.some((k) => q[k] > 0)).length, 'machines');
    }
  }
  // After edits: random structural edits on generated machines, each laid out as the canvas lays it out
  // (src/layout/testing/editSequence.ts); how far untouched states move per edit. LQ_EDITS=0 skips it.
  if (process.env.LQ_EDITS !== '0') {
    console.log(['\nafter edits', 'dir', 'edits', ...QUALITY_KEYS, 'moveMedian', 'moveP90', 'moveMax'].join('\t'));
    const machines = [1, 2, 3].map((seed) => generateRealisticMachine(40, seed) as unknown as StateMachineDefinition);
    for (const direction of directions) {
      const f = await editFigures(machines, { direction, steps: 10 });
      console.log(['elk', direction, f.edits, ...QUALITY_KEYS.map((k) => f.quality[k]), f.moveMedian.toFixed(0), f.moveP90.toFixed(0), f.moveMax.toFixed(0)].join('\t'));
      const rec = (metric: string, value: number, unit = 'count') => lines.push(JSON.stringify({ metric: `layoutQuality.edits.${metric}`, engine: 'elk', direction, value, unit }));
      for (const k of QUALITY_KEYS) rec(k, f.quality[k]);
      rec('untouchedMoveMedian', Number(f.moveMedian.toFixed(1)), 'px');
      rec('untouchedMoveMax', Number(f.moveMax.toFixed(1)), 'px');
    }
  }
  console.log('');
  for (const l of lines) console.log(l);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
