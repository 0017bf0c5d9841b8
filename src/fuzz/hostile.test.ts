/**
 * Hostile content in the pure layers: markup in names and values stays data; 1 MB strings, 1,000-level nesting, a
 * 5 MB file and 10,000 states give a working result or a clear diagnostic in bounded time; nothing pollutes
 * Object.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse.ts';
import { serialize } from '../asl/serialize.ts';
import { toGraph } from '../asl/graph.ts';
import { validate } from '../asl/validate.ts';
import { generateRealisticMachine } from '../asl/generate.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { tryCommand } from '../commands/registry.ts';
import { editText } from '../textedit/textEdits.ts';
import { simulate } from '../simulator/index.ts';
import { assertNoPollution } from './properties.ts';

afterEach(() => assertNoPollution());

const MB = 1024 * 1024;
const XSS = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';

/** Time one call; the budget is generous (a shared 2-core machine), it catches only runaway work. */
function timed<T>(fn: () => T, budgetMs: number): T {
  const t0 = performance.now();
  const out = fn();
  expect(performance.now() - t0).toBeLessThan(budgetMs);
  return out;
}

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { [`k${i}`]: v };
  return v;
}

describe('markup is data', () => {
  it('keeps names, comments and values byte for byte through every layer', async () => {
    const def = { Comment: XSS, StartAt: XSS, States: { [XSS]: { Type: 'Pass', Comment: XSS, Result: { [XSS]: XSS }, End: true } } };
    for (const format of ['json', 'yaml'] as const) {
      const doc = parseDocument(serialize(def, format), format);
      expect(doc.value).toEqual(def);
      expect(validate(doc).filter((d) => d.severity === 'error')).toEqual([]);
    }
    const graph = toGraph(def);
    expect(graph.nodes.find((n) => n.kind === 'state')).toMatchObject({ name: XSS, comment: XSS });
    const r = await simulate(def as unknown as StateMachineDefinition);
    expect(r.output).toEqual({ [XSS]: XSS });
  });
});

describe('size and depth', () => {
  it('a 1 MB string in a state parses, validates, serializes and edits', () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Comment: 'c'.repeat(MB), End: true } } };
    const text = timed(() => serialize(def, 'json'), 5000);
    const doc = timed(() => parseDocument(text), 5000);
    expect(timed(() => validate(doc), 5000).filter((d) => d.severity === 'error')).toEqual([]);
    const renamed = tryCommand(def as StateMachineDefinition, 'state.rename', { id: 'A', newName: 'B' });
    expect(renamed.ok).toBe(true);
    const edited = timed(() => editText(text, 'json', def, (renamed as { definition: unknown }).definition), 5000);
    expect(edited.length).toBe(text.length);
  });

  it('1,000-level nesting in Parameters parses, validates, projects and simulates', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: nested(1000), End: true } } };
    const doc = timed(() => parseDocument(JSON.stringify(def)), 5000);
    expect(doc.diagnostics).toEqual([]);
    timed(() => validate(doc), 5000);
    expect(toGraph(doc.value).nodes).toHaveLength(3);
    const r = await simulate(doc.value as StateMachineDefinition);
    expect(r.status).toBe('SUCCEEDED');
  });

  it('200 nested Parallel states (1,000 JSON levels) parse, project and validate', () => {
    let sub: Record<string, unknown> = { StartAt: 'Leaf', States: { Leaf: { Type: 'Pass', End: true } } };
    for (let i = 0; i < 200; i++) sub = { StartAt: `P${i}`, States: { [`P${i}`]: { Type: 'Parallel', Branches: [sub], End: true } } };
    const doc = timed(() => parseDocument(JSON.stringify(sub)), 5000);
    expect(doc.diagnostics).toEqual([]);
    expect(timed(() => toGraph(doc.value), 5000).nodes.filter((n) => n.kind === 'state')).toHaveLength(201);
    expect(timed(() => validate(doc), 10_000).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('text nested 5,000 levels deep is refused with a clear diagnostic', () => {
    const doc = timed(() => parseDocument(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), 5000);
    expect(doc.value === undefined ? doc.diagnostics[0]?.message : 'parsed').toMatch(/^(parsed|The document is nested too deeply to read.*)$/);
  });

  it('unbalanced brackets 100,000 deep give a syntax diagnostic, not a stack overflow', () => {
    const doc = timed(() => parseDocument('['.repeat(100_000)), 5000);
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics[0]?.code).toBe('syntax.json');
    const yamlDoc = timed(() => parseDocument('- '.repeat(20_000), 'yaml'), 10_000);
    expect(yamlDoc.value !== undefined || yamlDoc.diagnostics.length > 0).toBe(true);
  });

  it('a 5 MB file of 10,000 states parses, validates and projects', () => {
    const def = generateRealisticMachine(10_000, 7) as unknown as StateMachineDefinition;
    const text = `${JSON.stringify({ ...def, Comment: 'p'.repeat(5 * MB - JSON.stringify(def).length) }, null, 2)}\n`;
    expect(text.length).toBeGreaterThan(5 * MB);
    const doc = timed(() => parseDocument(text), 10_000);
    expect(doc.diagnostics).toEqual([]);
    expect(timed(() => validate(doc), 20_000).filter((d) => d.severity === 'error')).toEqual([]);
    expect(timed(() => toGraph(doc.value), 5000).nodes.filter((n) => n.kind === 'state').length).toBe(10_000);
  });
});
