import { describe, expect, it } from 'vitest';
import { parseTree } from 'jsonc-parser';
import { IncrementalParse, detectFormat, parseDocument, rangeOf } from './parse.ts';
import { sourceAtOffset } from './source.ts';
import { SEED_DEFINITION_TEXT } from './seed.ts';

describe('parseDocument', () => {
  it('parses JSON with positions for every state and field', () => {
    const doc = parseDocument(SEED_DEFINITION_TEXT);
    expect(doc.format).toBe('json');
    expect(doc.diagnostics).toEqual([]);
    expect((doc.value as { StartAt: string }).StartAt).toBe('CreateUser');
    const r = rangeOf(doc, ['States', 'PlaceOrder'], { key: true });
    expect(r?.line).toBe(19);
    expect(SEED_DEFINITION_TEXT.slice(r!.offset, r!.offset + r!.length)).toBe('"PlaceOrder"');
    const next = rangeOf(doc, ['States', 'CreateUser', 'Next']);
    expect(SEED_DEFINITION_TEXT.slice(next!.offset, next!.offset + next!.length)).toBe('"PlaceOrder"');
  });

  it('reports a trailing comma with line and column and never throws', () => {
    const doc = parseDocument('{\n  "StartAt": "A",\n  "States": {},\n}');
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    expect(doc.diagnostics[0]!.code).toBe('syntax.json');
    expect(doc.diagnostics[0]!.range?.line).toBe(4);
    expect(doc.diagnostics[0]!.message).toMatch(/line 4, column 1/);
  });

  it('parses YAML with positions', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n';
    expect(detectFormat(text)).toBe('yaml');
    const doc = parseDocument(text);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toEqual({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    expect(rangeOf(doc, ['States', 'A', 'Type'])?.line).toBe(4);
    expect(rangeOf(doc, ['States', 'A'], { key: true })?.column).toBe(3);
  });

  it('reports YAML syntax errors with line and column', () => {
    const doc = parseDocument('StartAt: A\nStates:\n  A: [1, 2\n');
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics[0]!.code).toBe('syntax.yaml');
    expect(doc.diagnostics[0]!.range?.line).toBeGreaterThanOrEqual(3);
  });

  it('finds the path at an offset', () => {
    const doc = parseDocument(SEED_DEFINITION_TEXT);
    const at = SEED_DEFINITION_TEXT.indexOf('"Order placed') >= 0 ? 0 : SEED_DEFINITION_TEXT.indexOf('"ResultPath": "$.order"');
    const hit = sourceAtOffset(doc.root, at + 3);
    expect(hit?.path).toEqual(['States', 'PlaceOrder', 'ResultPath']);
  });

  it('keeps __proto__ keys as plain data', () => {
    const doc = parseDocument('{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"__proto__":{"x":1}},"End":true}}}');
    const result = (doc.value as { States: { A: { Result: object } } }).States.A.Result;
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(({} as { x?: number }).x).toBeUndefined();
  });
});

describe('parseDocument with a remembered value', () => {
  it('uses the value handed over with the tree once, then parses the value afresh', () => {
    const text = '{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }';
    const value = JSON.parse(text) as unknown;
    const incremental = new IncrementalParse();
    incremental.remember(text, parseTree(text)!, value);
    const first = parseDocument(text, 'json', incremental);
    expect(first.value).toBe(value);
    const second = parseDocument(text, 'json', incremental);
    expect(second.value).not.toBe(value);
    expect(second.value).toEqual(value);
    expect(second.root).toEqual(first.root);
  });
});

describe('incremental parses of two documents', () => {
  const doc = (state: string, n: number) =>
    `{\n  "StartAt": "${state}",\n  "States": {\n    "${state}": { "Type": "Wait", "Seconds": ${n}, "End": true }\n  }\n}\n`;

  it('keep their own trees when parsed alternately', () => {
    const a = new IncrementalParse();
    const b = new IncrementalParse();
    parseDocument(doc('A', 0), 'json', a);
    parseDocument(doc('B', 0), 'json', b);
    const treeA = a.take(doc('A', 0))!;
    const treeB = b.take(doc('B', 0))!;
    a.remember(doc('A', 0), treeA);
    b.remember(doc('B', 0), treeB);
    for (let i = 1; i < 5; i++) {
      const parsedA = parseDocument(doc('A', i * 10), 'json', a);
      const parsedB = parseDocument(doc('B', i), 'json', b);
      expect(parsedA.value).toEqual(JSON.parse(doc('A', i * 10)));
      expect(parsedB.value).toEqual(JSON.parse(doc('B', i)));
      expect(parsedA.root).toEqual(parseDocument(doc('A', i * 10), 'json').root);
      // Each edit reparsed only the edited object of its own document's tree (the same tree, patched in place),
      // untouched by the other document's parse in between.
      expect(a.take(doc('B', i))).toBeUndefined();
      expect(b.take(doc('A', i * 10))).toBeUndefined();
      expect(a.take(doc('A', i * 10))).toBe(treeA);
      expect(b.take(doc('B', i))).toBe(treeB);
      a.remember(doc('A', i * 10), treeA);
      b.remember(doc('B', i), treeB);
    }
  });

  it('leave no tree behind for a parse without one', () => {
    const a = new IncrementalParse();
    const text = doc('X', 1);
    parseDocument(text, 'json');
    expect(a.take(text)).toBeUndefined();
    parseDocument(text, 'json', a);
    expect(a.take(text)).toBeDefined();
  });
});
