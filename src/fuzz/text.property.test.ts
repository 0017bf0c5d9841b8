/**
 * Robustness properties of the text layers (parse, validate, toGraph, serialize; see properties.ts), and the
 * counterexamples the fuzzing found, kept as fixed cases so they stay fixed whatever the random seed.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse.ts';
import { serialize } from '../asl/serialize.ts';
import { toGraph } from '../asl/graph.ts';
import { validate } from '../asl/validate.ts';
import { propertyTests } from './suite.ts';
import { assertNoPollution } from './properties.ts';

describe('robustness: text layers', () => {
  propertyTests(['parse never throws', 'validate and validateDefinition', 'toGraph never throws', 'serialize is stable']);
});

describe('counterexamples found by fuzzing', () => {
  it('a Type renamed to an object with an own toString validates with a diagnostic', () => {
    const doc = parseDocument('{"StartAt":"A","States":{"A":{"Type":{"toString":1}}}}');
    expect(validate(doc).map((d) => d.code)).toContain('state.type.unknown');
    expect(toGraph(doc.value).nodes.filter((n) => n.kind === 'state')).toHaveLength(1);
  });

  it('absurdly deep text is a diagnostic, not a stack overflow', () => {
    const doc = parseDocument('['.repeat(50_000));
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics).toHaveLength(1);
  });

  it('prototype keys survive a YAML round trip as own keys', () => {
    const value = JSON.parse('{"__proto__":{"a":1},"constructor":{"prototype":{"b":2}}}') as unknown;
    const again = parseDocument(serialize(value, 'yaml'), 'yaml').value as Record<string, unknown>;
    expect(Object.keys(again)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(again)).toBe(JSON.stringify(value));
    assertNoPollution();
  });
});

describe('YAML aliases', () => {
  it('an alias inside the node it names (a cycle) is a syntax diagnostic, not a stack overflow later', () => {
    const doc = parseDocument('StartAt: A\nStates: &s\n  A: {Type: Pass, End: true, Parameters: *s}\n', 'yaml');
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['syntax.yaml']);
    expect(validate(doc).map((d) => d.code)).toEqual(['syntax.yaml']);
  });

  it('shared (acyclic) aliases are ordinary values', () => {
    const doc = parseDocument('defaults: &d {Type: Pass, End: true}\nStartAt: A\nStates:\n  A: *d\n', 'yaml');
    expect(doc.diagnostics).toEqual([]);
    expect(toGraph(doc.value).nodes.filter((n) => n.kind === 'state').map((n) => n.name)).toEqual(['A']);
  });
});
