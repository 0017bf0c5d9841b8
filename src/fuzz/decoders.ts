/**
 * Properties of the decoders of outside data (issue 18): random share payloads, layout sidecars and
 * MockConfigFiles never make a decoder throw (a refusal is a message, or for fromMockConfig an Error whose message
 * says why) and never take long. Run by decoders.property.test.ts in a worker thread with an overall deadline
 * (src/testing/bounded.ts), so an endless loop fails the test instead of hanging it; each case is also timed.
 */
import fc from 'fast-check';
import { toGraph } from '../asl/graph.ts';
import { fromMockConfig } from '../features/simulation/mockSet.ts';
import { checkSimulationSetup } from '../features/simulation/simulationSchema.ts';
import { fastLayout } from '../layout/fast.ts';
import { composeLayout } from '../layout/compose.ts';
import { applySidecar, migrateSidecar, sidecarProblem } from '../layout/sidecar.ts';
import { decodeShare, SHARE_PREFIX, toBase64Url } from '../persistence/shareCodec.ts';
import type { TaskRequest } from '../simulator/execution.ts';
import { parseMockConfig } from '../simulator/mockConfig.ts';
import { mockConfigInvoker } from '../simulator/mocks.ts';

export interface PropertyReport {
  ok: boolean;
  runs: number;
  /** The slowest case. */
  maxMs: number;
  /** fast-check's report (seed, path, counterexample) when a case failed. */
  failure?: string;
}

/** The longest one case may take (a shared, loaded 2-core machine; a hang takes forever). */
export const CASE_BUDGET_MS = 2000;

const NAMES = ['A', 'B', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'P/~b0/A', ''];
const name = fc.constantFrom(...NAMES);
/** Numbers an attacker picks: huge, tiny, not finite, negative zero, and ordinary ones. */
const number = fc.oneof(
  fc.constantFrom(1e19, -1e19, 1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 4294967294, -0, 0.5, 1e7, 1e7 + 1),
  fc.double(),
  fc.integer(),
);
const point = fc.oneof(fc.record({ x: number, y: number }), fc.tuple(number, number), fc.record({ position: fc.record({ x: number, y: number }) }), fc.anything());
const sidecar = fc.oneof(
  fc.record({ version: fc.constantFrom(1, 0, 2, 'x'), direction: fc.constantFrom('DOWN', 'RIGHT', 'LR', 5), positions: fc.dictionary(name, point) }, { requiredKeys: [] }),
  fc.record({ nodes: fc.dictionary(name, point) }),
  fc.anything(),
);
const mockStep = fc.oneof(
  fc.record({ kind: fc.constant('result'), result: fc.jsonValue() }),
  fc.record({ kind: fc.constant('error'), error: fc.oneof(fc.string(), number), cause: fc.string() }),
  fc.anything(),
);
const mock = fc.oneof(mockStep, fc.record({ kind: fc.constant('code'), code: fc.oneof(fc.string(), number) }), fc.record({ kind: fc.constant('sequence'), steps: fc.oneof(fc.array(mockStep, { maxLength: 5 }), fc.anything()) }));
const extras = fc.oneof(fc.record({ simulation: fc.record({ inputText: fc.oneof(fc.string(), number), presets: fc.dictionary(name, fc.anything()), mocks: fc.dictionary(name, mock) }, { requiredKeys: [] }) }), fc.anything());
const payload = fc.oneof(
  fc.record({ v: fc.constantFrom(1, 2, 0, '1'), n: fc.oneof(fc.string(), fc.anything()), t: fc.oneof(fc.constant('{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}'), fc.string(), fc.anything()), s: sidecar, x: extras }, { requiredKeys: [] }),
  fc.anything(),
);
const invocationKey = fc.oneof(fc.nat().map(String), fc.constantFrom('4294967294', '0-4294967294', '9007199254740993', '3-1', '1-2', '-1', '1e3', '__proto__', ''), fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}-${b}`), fc.string());
const invocation = fc.oneof(fc.record({ Return: fc.jsonValue(), DurationSeconds: number }, { requiredKeys: [] }), fc.record({ Throw: fc.oneof(fc.record({ Error: fc.string(), Cause: fc.string() }), fc.anything()) }), fc.anything());
const mockConfig = fc.oneof(
  fc.record({
    StateMachines: fc.dictionary(name, fc.record({ TestCases: fc.dictionary(name, fc.dictionary(name, fc.oneof(name, fc.anything()))) })),
    MockedResponses: fc.dictionary(name, fc.oneof(fc.dictionary(invocationKey, invocation, { maxKeys: 6 }), fc.anything())),
  }),
  fc.anything(),
);

async function check<T>(arb: fc.Arbitrary<T>, runs: number, seed: number, body: (v: T) => Promise<void> | void): Promise<PropertyReport> {
  let maxMs = 0;
  const property = fc.asyncProperty(arb, async (v) => {
    const t0 = performance.now();
    await body(v);
    const ms = performance.now() - t0;
    maxMs = Math.max(maxMs, ms);
    if (ms > CASE_BUDGET_MS) throw new Error(`one case took ${ms.toFixed(0)} ms (budget ${CASE_BUDGET_MS} ms)`);
  });
  const details = await fc.check(property, { numRuns: runs, seed });
  return details.failed ? { ok: false, runs, maxMs, failure: fc.defaultReportMessage(details) ?? 'failed' } : { ok: true, runs, maxMs };
}

async function link(value: unknown): Promise<string> {
  const json = JSON.stringify(value) ?? 'undefined';
  const out = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return SHARE_PREFIX + toBase64Url(new Uint8Array(await new Response(out).arrayBuffer()));
}

/** Random share payloads (and random bytes as links): decodeShare answers, and what it accepts is well-formed. */
export function sharePayloads(runs: number, seed: number): Promise<PropertyReport> {
  const input = fc.oneof({ weight: 4, arbitrary: payload.map((p) => ({ kind: 'payload' as const, p })) }, { weight: 1, arbitrary: fc.string().map((s) => ({ kind: 'raw' as const, s })) });
  return check(input, runs, seed, async (c) => {
    const r = await decodeShare(c.kind === 'raw' ? `${SHARE_PREFIX}${c.s}` : await link(c.p));
    if (!r.ok) {
      if (typeof r.message !== 'string' || r.message === '') throw new Error('a refusal without a message');
      return;
    }
    const { name: n, text, sidecar: s, extras: x } = r.payload;
    if (typeof n !== 'string' || typeof text !== 'string' || typeof x !== 'object' || x === null) throw new Error('an accepted payload of the wrong shape');
    if (sidecarProblem(s) !== undefined) throw new Error(`an accepted layout with a problem: ${sidecarProblem(s)}`);
    checkSimulationSetup(x.simulation);
  });
}

const GRAPH = toGraph({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true }, constructor: { Type: 'Succeed' } } } as never);
let base: Awaited<ReturnType<typeof composeLayout>> | undefined;

/** Random sidecars: migrated, checked and applied to a laid-out machine (edges routed again through BoxGrid). */
export function sidecars(runs: number, seed: number): Promise<PropertyReport> {
  return check(sidecar, runs, seed, async (raw) => {
    base ??= await composeLayout(GRAPH, fastLayout, { direction: 'DOWN' });
    sidecarProblem(raw);
    const s = migrateSidecar(raw);
    for (const p of Object.values(s.positions)) if (!(Math.abs(p.x) <= 1e7 && Math.abs(p.y) <= 1e7)) throw new Error('a migrated position out of range');
    applySidecar(base, s, GRAPH);
  });
}

const req = (stateName: string, invocation: number) => ({ stateName, invocation, resource: 'arn:aws:states:::lambda:invoke', input: {} }) as unknown as TaskRequest;

/** Random MockConfigFiles: checked, imported as mock sets (a refusal is an Error) and answered per invocation. */
export function mockConfigs(runs: number, seed: number): Promise<PropertyReport> {
  const tasks = NAMES.map((n) => ({ name: n, lambda: n === 'A' }));
  return check(mockConfig, runs, seed, (file) => {
    try {
      fromMockConfig(file, tasks);
    } catch (e) {
      if (!(e instanceof Error) || e.message === '') throw new Error(`fromMockConfig threw a non-Error: ${String(e)}`);
    }
    const checked = parseMockConfig(file);
    if (!checked.ok) return;
    for (const sm of Object.keys(checked.file.StateMachines ?? {})) {
      for (const tc of Object.keys(checked.file.StateMachines?.[sm]?.TestCases ?? {})) {
        const invoke = mockConfigInvoker(checked.file, sm, tc);
        for (const n of NAMES) for (const i of [0, 1, 7, 99_999, 4294967294]) void invoke(req(n, i));
      }
    }
  });
}
