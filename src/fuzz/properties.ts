/**
 * The robustness properties, shared by the vitest suite (`*.property.test.ts`) and `npm run fuzz`. Each one says an
 * API of the pure core never throws on generated input, keeps its own promise (round trip, undo), and never
 * pollutes `Object.prototype`. `cost` is the relative run time of one case, so callers can scale run counts.
 */
import fc from 'fast-check';
import { parseDocument, type DocumentFormat } from '../asl/parse.ts';
import { serialize, toYaml } from '../asl/serialize.ts';
import { toGraph } from '../asl/graph.ts';
import { validate, validateDefinition } from '../asl/validate.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { deepEqual } from '../commands/immutable.ts';
import { tryCommand } from '../commands/registry.ts';
import { applyTextEdits, computeTextEdits, invertTextEdits } from '../textedit/textEdits.ts';
import { anyDefinition, anyText, validDefinition } from './arbitraries.ts';
import { argsFor, commandSequence } from './commandArbs.ts';
import { simulationCase, checkOutcome } from './simulation.ts';

export interface RobustnessProperty {
  name: string;
  /** Relative cost of one case (1 = cheap); the default run count is divided by it. */
  cost: number;
  property(): fc.IRawProperty<unknown[]>;
}

/** Throws when something set a key on Object.prototype (a generated `__proto__` path got through). */
export function assertNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'x', 'Comment', 'Type', 'A']) {
    if (probe[key] !== undefined) throw new Error(`Object.prototype was polluted: ${key}`);
  }
  if (Object.getPrototypeOf(probe) !== Object.prototype || Object.getPrototypeOf(Object.prototype) !== null) {
    throw new Error('the prototype chain of a plain object changed');
  }
}

function check(cond: boolean, message: string): void {
  if (!cond) throw new Error(message);
}

/** Equal including key order (a serializer must keep it); command edits are compared with `deepEqual` (a minimal
 * edit keeps the user's key order where the command's value differs only in order). */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const formats = fc.constantFrom<DocumentFormat>('json', 'yaml');
const maybeFormat = fc.constantFrom<DocumentFormat | undefined>('json', 'yaml', undefined);

export const PROPERTIES: RobustnessProperty[] = [
  {
    name: 'parse never throws and explains every failure',
    cost: 1,
    property: () =>
      fc.property(anyText(toYaml), maybeFormat, (text, format) => {
        const doc = parseDocument(text, format);
        check(doc.value !== undefined || doc.diagnostics.length > 0, 'no value and no diagnostic');
        check(doc.diagnostics.every((d) => d.range === undefined || d.range.offset <= text.length), 'a range past the end');
        assertNoPollution();
      }),
  },
  {
    name: 'validate and validateDefinition never throw',
    cost: 1,
    property: () =>
      fc.property(anyText(toYaml), anyDefinition, (text, def) => {
        for (const d of [...validate(parseDocument(text)), ...validateDefinition(def)]) {
          check(typeof d.code === 'string' && typeof d.message === 'string', 'malformed diagnostic');
        }
        assertNoPollution();
      }),
  },
  {
    name: 'toGraph never throws and every edge joins two nodes',
    cost: 1,
    property: () =>
      fc.property(anyDefinition, (def) => {
        const g = toGraph(def);
        for (const e of g.edges) check(g.byId.has(e.source) && g.byId.has(e.target), `dangling edge ${e.id}`);
        assertNoPollution();
      }),
  },
  {
    name: 'serialize is stable: parse∘serialize∘parse = parse',
    cost: 1,
    property: () =>
      fc.property(anyText(toYaml), formats, (text, format) => {
        const first = parseDocument(text);
        if (first.value === undefined) return;
        const again = parseDocument(serialize(first.value, format), format);
        check(again.diagnostics.length === 0, `reparse failed: ${again.diagnostics[0]?.message}`);
        check(same(again.value, first.value), 'round trip changed the value');
        assertNoPollution();
      }),
  },
  {
    name: 'commands never throw on typed arguments; the edits hold the result, inverted edits restore the bytes, undo the value',
    // The dearest property (up to six commands, each with text edits both ways and reparses): ~1.5 ms of CPU
    // per case, 10,000 cases in ~15 s on an idle core. If that grows past ~20 s, raise `cost`.
    cost: 1,
    property: () =>
      fc.property(validDefinition, formats, commandSequence, (start, format, steps) => {
        let def = start;
        let text = serialize(def, format);
        for (const step of steps) {
          const before = JSON.stringify(def);
          let result: ReturnType<typeof tryCommand>;
          try {
            result = tryCommand(def, step.id, argsFor(def, step));
          } catch (e) {
            // Wrong-typed arguments are a programmer error and may throw (STYLE lesson 11), but never corrupt.
            check(step.wrongType, `${step.id} threw on well-typed arguments: ${(e as Error).message}`);
            check(JSON.stringify(def) === before, `${step.id} mutated its input before throwing`);
            break;
          }
          check(JSON.stringify(def) === before, `${step.id} mutated its input`);
          if (!result.ok) {
            check(typeof result.reason === 'string' && result.reason.length > 0, `${step.id} refused without a reason`);
            continue;
          }
          const next: StateMachineDefinition = result.definition;
          validateDefinition(next);
          toGraph(next);
          const edits = computeTextEdits(text, format, def, next);
          const edited = applyTextEdits(text, edits);
          check(deepEqual(parseDocument(edited, format).value, next), `${step.id}: the edited text does not hold the result`);
          check(applyTextEdits(edited, invertTextEdits(text, edits)) === text, `${step.id}: inverted edits do not restore the bytes`);
          const back = applyTextEdits(edited, computeTextEdits(edited, format, next, def));
          check(deepEqual(parseDocument(back, format).value, def), `${step.id}: undo does not restore the previous value`);
          def = next;
          text = edited;
        }
        assertNoPollution();
      }),
  },
  {
    name: 'simulate finishes or fails with an ASL error name, whatever the mocks do',
    cost: 1,
    property: () =>
      fc.asyncProperty(simulationCase, async (c) => {
        checkOutcome(c, await c.run());
        assertNoPollution();
      }) as unknown as fc.IRawProperty<unknown[]>,
  },
];

/**
 * The run count in npm test: env FUZZ_RUNS (default 10,000) divided by the property's cost (all 1 today). CPU
 * for 10,000 cases as `npm run fuzz` measured it: parse 5.4 s, validate 5.2 s, toGraph 0.8 s, serialize 4.4 s,
 * commands 14.8 s, simulate 6.2 s.
 */
export function runsFor(p: RobustnessProperty, base = Number(process.env.FUZZ_RUNS ?? 10_000)): number {
  return Math.max(1, Math.round(base / p.cost));
}
