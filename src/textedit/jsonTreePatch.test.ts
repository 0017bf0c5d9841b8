/**
 * The tree kept in step with the text edits (jsonTreePatch.ts) must be exactly the tree a fresh parse of the edited
 * text gives: every offset, length, colon, key and value. Checked after every step of seeded random command
 * sequences (JSON, several layouts) and on a large generated machine.
 */
import { parseTree } from 'jsonc-parser';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom as rng } from '../asl/generate.ts';
import { IncrementalParse, parseDocument } from '../asl/parse.ts';
import { STATE_TYPES, type StateMachineDefinition } from '../asl/types.ts';
import { tryCommand, type CommandId } from '../commands/registry.ts';
import { allScopes, stateId, statesOf } from '../commands/stateScopes.ts';
import { applyTextEdits, computeTextEdits } from './textEdits.ts';
import { NESTED, defOf, jsonText } from '../commands/testUtil.ts';
import { plainTree } from '../testing/plainTree.ts';

const pick = <T,>(r: () => number, list: readonly T[]): T | undefined => (list.length ? list[Math.floor(r() * list.length)] : undefined);

function randomCommand(r: () => number, def: StateMachineDefinition): [CommandId, unknown] {
  const ids = allScopes(def).flatMap((scope) => Object.keys(statesOf(def, scope)).map((n) => stateId(scope, n)));
  const id = pick(r, ids) ?? '';
  const sameScope = ids.filter((x) => x.slice(0, x.lastIndexOf('/') + 1) === id.slice(0, id.lastIndexOf('/') + 1));
  const other = pick(r, sameScope) ?? id;
  const kind = pick(r, ['next', 'default', 'choice', 'catch'] as const)!;
  const options: [CommandId, unknown][] = [
    ['state.add', { type: pick(r, STATE_TYPES), after: r() < 0.5 ? id : undefined }],
    ['state.insertOnEdge', { type: pick(r, STATE_TYPES), source: id, kind, index: 0 }],
    ['state.rename', { id, newName: `${id.split('/').pop()} r` }],
    ['state.delete', { ids: [id], newStartAt: other !== id ? other : undefined }],
    ['state.duplicate', { id }],
    ['state.update', { id, path: ['Comment'], value: r() < 0.7 ? `note ${Math.floor(r() * 100)}` : undefined }],
    ['transition.connect', { source: id, target: other, kind, replace: true }],
    ['transition.disconnect', { source: id, kind, index: 0 }],
    ['transition.setEnd', { id, end: r() < 0.5 }],
    ['machine.update', { field: 'Comment', value: r() < 0.5 ? 'c' : undefined }],
    ['branch.add', { id }],
    ['retry.add', { id }],
    ['catch.add', { id, next: other.split('/').pop() }],
  ];
  return pick(r, options)!;
}

const LAYOUTS = [
  { name: 'two-space', text: NESTED },
  { name: 'compact', text: JSON.stringify(defOf(NESTED)) },
  { name: 'tabs, CRLF', text: jsonText(defOf(NESTED), '\t').replace(/\n/g, '\r\n') },
];

describe('patched JSON trees', () => {
  for (const layout of LAYOUTS) {
    it(`equal a fresh parse after every edit (${layout.name})`, () => {
      const r = rng(7);
      let text = layout.text;
      let def = defOf(text);
      let patched = 0;
      const incremental = new IncrementalParse();
      const mismatches: number[] = [];
      for (let step = 0; step < 150; step++) {
        const [id, args] = randomCommand(r, def);
        const result = tryCommand(def, id, args);
        if (!result.ok) continue;
        const next = applyTextEdits(text, computeTextEdits(text, 'json', def, result.definition, { value: def }, incremental));
        const tree = incremental.take(next);
        if (tree) {
          patched++;
          if (!isDeepStrictEqual(plainTree(tree), plainTree(parseTree(next)!))) mismatches.push(step);
          // Hand it back: the next edit patches it further (as in the app, where edits follow one another).
          incremental.remember(next, tree);
        }
        text = next;
        def = result.definition;
      }
      expect(mismatches).toEqual([]);
      // Nearly every accepted command's edit hands its tree on (none only when nothing changed).
      expect(patched).toBeGreaterThan(60);
    });
  }

  it('equal a fresh parse after a rename in a large machine, and chain from one edit to the next', () => {
    let text = JSON.stringify(generateRealisticMachine(300, 2), null, 2);
    let def = defOf(text);
    const incremental = new IncrementalParse();
    for (const newName of ['b1 Task x', 'b1 Task y']) {
      const from = Object.keys(def.States).find((n) => n.startsWith('b1 Task'))!;
      const result = tryCommand(def, 'state.rename', { id: from, newName });
      if (!result.ok) throw new Error(result.reason);
      text = applyTextEdits(text, computeTextEdits(text, 'json', def, result.definition, { value: def }, incremental));
      def = result.definition;
      const tree = incremental.take(text);
      expect(tree && plainTree(tree)).toEqual(plainTree(parseTree(text)!));
      // Hand it back as the next edit would find it (take forgets it).
      expect(incremental.take(text)).toBeUndefined();
      parseDocument(text, 'json', incremental);
    }
    expect(JSON.parse(text).States['b1 Task y']).toBeDefined();
  });
});
