/**
 * Inputs that once hung the page, as functions the tests run in a worker thread with a deadline
 * (src/testing/bounded.ts): on a build without the fixes they never return, and the test fails on its deadline
 * instead of hanging the test run. Each returns a small, structured-clonable summary the test checks.
 */
import { toGraph } from '../asl/graph.ts';
import { BoxGrid } from '../layout/grid.ts';
import { layoutGraph } from '../layout/layoutGraph.ts';
import { applySidecar, migrateSidecar } from '../layout/sidecar.ts';
import { fromMockConfig } from '../features/simulation/mockSet.ts';
import { decodeShare, SHARE_PREFIX, toBase64Url } from '../persistence/shareCodec.ts';

/** Boxes far away (x = 1e19: `cx++` no longer changes the number), not finite, or enormous: found, and quickly. */
export function gridFarBoxes(): { all: number; huge: boolean; nan: number; near: boolean; queried: string[] } {
  const g = new BoxGrid<string>();
  g.set('near', { x: 0, y: 0, width: 100, height: 50 });
  g.set('far', { x: 1e19, y: 0, width: 100, height: 50 });
  g.set('huge', { x: -1e9, y: -1e9, width: 2e9, height: 2e9 });
  g.set('nan', { x: Number.NaN, y: 0, width: 100, height: 50 });
  return {
    all: [...g.entries()].length,
    huge: g.overlaps({ x: 5e8, y: 5e8, width: 10, height: 10 }),
    nan: g.query({ x: Number.NaN, y: 0, width: 1, height: 1 }).size,
    near: g.overlaps({ x: 20, y: 20, width: 10, height: 10 }, 0, (id) => id === 'huge'),
    queried: [...g.query({ x: 1e19 - 1e6, y: -10, width: 2e6, height: 100 }).keys()].sort(),
  };
}

const TWO = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } };

/** The share link's layout: a state at x = 1e19, applied to a laid-out machine (edges are routed again). */
export async function sidecarFarPosition(): Promise<{ kept: string[]; nodes: number }> {
  const graph = toGraph(TWO as never);
  const layout = await layoutGraph(graph, { direction: 'DOWN' });
  const sidecar = migrateSidecar({ version: 1, direction: 'DOWN', positions: { A: { x: 1e19, y: 0 }, B: { x: 40, y: 400 } } });
  const out = applySidecar(layout, sidecar, graph);
  return { kept: Object.keys(sidecar.positions), nodes: Object.keys(out.nodes).length };
}

/** A MockConfigFile whose only invocation key is "4294967294" (a sparse expansion froze the page for 66 s). */
export function mockConfigSparseKey(): string {
  const file = {
    StateMachines: { SM: { TestCases: { T: { A: 'R' } } } },
    MockedResponses: { R: { '4294967294': { Return: 1 } } },
  };
  try {
    fromMockConfig(file, [{ name: 'A', lambda: false }]);
    return 'accepted';
  } catch (e) {
    return (e as Error).message;
  }
}

/** A share link of `inflatedMb` MB of JSON (a long string) that compresses to a few tens of KB. */
export async function bombLink(inflatedMb: number): Promise<string> {
  const head = new TextEncoder().encode('{"v":1,"n":"bomb","t":"');
  const tail = new TextEncoder().encode('"}');
  const chunk = new Uint8Array(1024 * 1024).fill(0x61);
  const parts: BlobPart[] = [head, ...Array.from({ length: inflatedMb }, () => chunk), tail];
  const stream = new Blob(parts).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return SHARE_PREFIX + toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Decoding a 50 MB bomb: refused, with the time it took and the link's length. */
export async function decodeBomb(inflatedMb = 50): Promise<{ ok: boolean; message: string; ms: number; linkChars: number }> {
  const link = await bombLink(inflatedMb);
  const t0 = performance.now();
  const r = await decodeShare(link);
  return { ok: r.ok, message: r.ok ? '' : r.message, ms: performance.now() - t0, linkChars: link.length };
}
