/**
 * A tree updated by parsing only the edited container (`reparseEdited`, and the document parse that uses it) is
 * exactly the tree a full parse gives: seeded random edits of a generated machine, valid and invalid ones.
 */
import { parseTree } from 'jsonc-parser';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom as rng } from './generate.ts';
import { reparseEdited, type JsonNode } from './jsonTree.ts';
import { IncrementalParse, parseDocument } from './parse.ts';
import { plainTree } from '../testing/plainTree.ts';

const OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** A random edit: a new field, a changed string, a removed field, or a stray character (may not parse). */
function randomEdit(r: () => number, text: string): string {
  const at = (re: RegExp) => {
    const hits = [...text.matchAll(re)];
    return hits[Math.floor(r() * hits.length)];
  };
  const kind = Math.floor(r() * 4);
  if (kind === 0) {
    const m = at(/\{\n/g)!;
    return `${text.slice(0, m.index + 2)}"Added${Math.floor(r() * 1000)}": [1, {"a": null}],\n${text.slice(m.index + 2)}`;
  }
  if (kind === 1) {
    const m = at(/"Comment": "[^"]*"/g) ?? at(/"Type": "[^"]*"/g)!;
    return `${text.slice(0, m.index)}"Comment": "changed ${Math.floor(r() * 1000)}"${text.slice(m.index + m[0].length)}`;
  }
  if (kind === 2) {
    const m = at(/,\n\s*"(Comment|TimeoutSeconds|ResultPath)": [^,\n{[]*(?=,|\n)/g);
    return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text;
  }
  const i = Math.floor(r() * text.length);
  return text.slice(0, i) + '}'.repeat(Math.floor(r() * 2)) + text.slice(i);
}

describe('reparseEdited', () => {
  it('parses only inside the edited container, to the tree a full parse gives', () => {
    const text = JSON.stringify(generateRealisticMachine(50, 1), null, 2);
    const edited = text.replace('"b0 Task": {', '"b0 Task": {"Comment": "x",');
    const tree = reparseEdited(text, parseTree(text) as JsonNode, edited, OPTIONS);
    expect(tree && plainTree(tree)).toEqual(plainTree(parseTree(edited)!));
  });

  it('leaves edits of the whole document, and edits that do not parse, to a full parse', () => {
    const text = JSON.stringify(generateRealisticMachine(20, 1), null, 2);
    const top = text.replace('{\n', '{\n"Comment": "top",\n');
    expect(reparseEdited(text, parseTree(text) as JsonNode, top, OPTIONS)).toBeUndefined();
    const broken = text.replace('"b0 Task": {', '"b0 Task": {"Comment": ,');
    const tree = parseTree(text) as JsonNode;
    const before = plainTree(tree);
    expect(reparseEdited(text, tree, broken, OPTIONS)).toBeUndefined();
    expect(plainTree(tree)).toEqual(before);
  });
});

describe('parseDocument after edits', () => {
  it('equals a full parse after every edit (random edits, some invalid)', () => {
    const r = rng(11);
    let text = JSON.stringify(generateRealisticMachine(60, 2), null, 2);
    const incremental = new IncrementalParse();
    parseDocument(text, 'json', incremental);
    const mismatches: number[] = [];
    let valid = 0;
    for (let step = 0; step < 200; step++) {
      const next = randomEdit(r, text);
      const doc = parseDocument(next, 'json', incremental);
      if (doc.diagnostics.length > 0) continue; // the last valid text's tree stays remembered
      valid++;
      const tree = incremental.take(next)!;
      const fresh = parseDocument(next, 'json'); // no incremental parse: a full parse
      if (!isDeepStrictEqual(plainTree(tree), plainTree(parseTree(next)!)) || !isDeepStrictEqual(doc.root, fresh.root)) mismatches.push(step);
      incremental.remember(next, tree);
      text = next;
    }
    expect(mismatches).toEqual([]);
    expect(valid).toBeGreaterThan(100);
  });
});
