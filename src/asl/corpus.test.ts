/**
 * The real-world corpus (fixtures/corpus/aws-samples): every definition parses, survives
 * a JSON and a YAML round trip, projects to a graph with one node per state and has no error-level diagnostic;
 * every broken file gets a clear error with a line and column, and nothing throws.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fixturePath } from '../testing/fixtures.ts';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toGraph } from './graph.ts';
import { parseDocument } from './parse.ts';
import { toJson, toYaml } from './serialize.ts';
import { validate } from './validate.ts';

const CORPUS = `${fixturePath('corpus/aws-samples')}/`;
const DEFINITIONS = `${CORPUS}definitions`;
const BROKEN = `${CORPUS}broken`;

function list(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Number of states, counting those inside Parallel branches and Map processors. */
function countStates(machine: unknown): number {
  const states = (machine as { States?: Record<string, Record<string, unknown>> }).States ?? {};
  let n = 0;
  for (const s of Object.values(states)) {
    n++;
    if (Array.isArray(s.Branches)) for (const b of s.Branches) n += countStates(b);
    const proc = s.ItemProcessor ?? s.Iterator;
    if (proc) n += countStates(proc);
  }
  return n;
}

describe('aws-samples corpus', () => {
  it('is present beside the repository with 174 definitions and 3 broken files', () => {
    expect(existsSync(DEFINITIONS), `missing corpus folder ${DEFINITIONS}`).toBe(true);
    expect(list(DEFINITIONS)).toHaveLength(174);
    expect(list(BROKEN)).toHaveLength(3);
  });

  describe('definitions', () => {
    it.each(list(DEFINITIONS))('%s', (file) => {
      const doc = parseDocument(readFileSync(`${DEFINITIONS}/${file}`, 'utf8'));
      expect(doc.diagnostics).toEqual([]);
      expect(JSON.parse(toJson(doc.value))).toEqual(doc.value);
      expect(parseYaml(toYaml(doc.value))).toEqual(doc.value);
      const graph = toGraph(doc.value);
      expect(graph.nodes.filter((n) => n.kind === 'state')).toHaveLength(countStates(doc.value));
      const errors = validate(doc).filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.range?.line}:${d.range?.column} ${d.code} ${d.message}`)).toEqual([]);
    });
  });

  describe('broken files', () => {
    it.each(list(BROKEN))('%s', (file) => {
      const text = readFileSync(`${BROKEN}/${file}`, 'utf8');
      const diagnostics = validate(parseDocument(text));
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect(e.range?.line).toBeGreaterThan(0);
        expect(e.message).toMatch(/line \d+, column \d+/);
      }
    });
  });

  it('points at the QueryLanguage member misplaced inside States', () => {
    const file = list(BROKEN).find((f) => f.startsWith('shared-fallback-state-jsonata'));
    expect(file).toBeDefined();
    const errors = validate(parseDocument(readFileSync(`${BROKEN}/${file}`, 'utf8'))).filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'state.notObject', path: ['States', 'QueryLanguage'], range: { line: 5, column: 5 } });
    expect(errors[0]!.message).toContain("'QueryLanguage'");
  });
});
