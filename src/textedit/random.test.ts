/**
 * Random command sequences (seeded, deterministic): after every step the minimal text edits must produce the
 * command's result, and computing the edits back must restore the previous text byte for byte, in JSON and YAML.
 */
import { describe, expect, it } from 'vitest';
import { toYaml } from '../asl/serialize.ts';
import { STATE_TYPES, type StateMachineDefinition } from '../asl/types.ts';
import { allScopes, getState, stateId, statesOf } from '../commands/stateScopes.ts';
import { tryCommand, type CommandId } from '../commands/registry.ts';
import { applyTextEdits, computeTextEdits } from './textEdits.ts';
import { NESTED, defOf, jsonText } from '../commands/testUtil.ts';
import { seededRandom as rng } from '../asl/generate.ts';

function pick<T>(r: () => number, list: readonly T[]): T | undefined {
  return list.length ? list[Math.floor(r() * list.length)] : undefined;
}

function stateIds(def: StateMachineDefinition): string[] {
  return allScopes(def).flatMap((scope) => Object.keys(statesOf(def, scope)).map((n) => stateId(scope, n)));
}

/** A random command with plausible arguments (it may still be refused; refused ones are skipped). */
function randomCommand(r: () => number, def: StateMachineDefinition): [CommandId, unknown] {
  const ids = stateIds(def);
  const id = pick(r, ids) ?? '';
  const other = pick(r, ids.filter((x) => x.slice(0, x.lastIndexOf('/') + 1) === id.slice(0, id.lastIndexOf('/') + 1))) ?? id;
  const scope = pick(r, allScopes(def)) ?? '';
  const kind = pick(r, ['next', 'default', 'choice', 'catch'] as const)!;
  const options: [CommandId, unknown][] = [
    ['state.add', { type: pick(r, STATE_TYPES), after: r() < 0.5 ? id : undefined, scope: r() < 0.5 ? undefined : scope }],
    ['state.insertOnEdge', { type: pick(r, STATE_TYPES), source: id, kind, index: 0 }],
    ['state.rename', { id, newName: `${id.split('/').pop()} renamed` }],
    ['state.delete', { ids: [id], newStartAt: other !== id ? other : undefined }],
    ['state.duplicate', { id }],
    ['state.update', { id, path: ['Comment'], value: r() < 0.7 ? `note ${Math.floor(r() * 100)}` : undefined }],
    ['state.move', { id, scope, after: undefined }],
    ['transition.connect', { source: id, target: other, kind, replace: true }],
    ['transition.disconnect', { source: id, kind, index: 0 }],
    ['transition.setEnd', { id, end: r() < 0.5 }],
    ['machine.setStartAt', { id }],
    ['machine.update', { field: 'Comment', value: r() < 0.5 ? 'c' : undefined }],
    ['branch.add', { id }],
    ['retry.add', { id }],
    ['catch.add', { id, next: other.split('/').pop() }],
  ];
  return pick(r, options)!;
}

const STARTS = [
  { name: 'JSON', format: 'json' as const, text: NESTED },
  { name: 'YAML', format: 'yaml' as const, text: toYaml(defOf(NESTED)) },
  { name: 'CRLF YAML', format: 'yaml' as const, text: toYaml(defOf(NESTED)).replace(/\n/g, '\r\n') },
  { name: 'CRLF JSON', format: 'json' as const, text: jsonText(defOf(NESTED), 4).replace(/\n/g, '\r\n') },
];

describe.each(STARTS)('random command sequences on $name', ({ format, text: start }) => {
  it.each([1, 2, 3, 4])('seed %i', (seed) => {
    const r = rng(seed * 7919);
    let text = start;
    let def = defOf(text, format);
    let applied = 0;
    for (let step = 0; step < 25; step++) {
      const [id, args] = randomCommand(r, def);
      const result = tryCommand(def, id, args);
      if (!result.ok) continue;
      const edited = applyTextEdits(text, computeTextEdits(text, format, def, result.definition));
      expect(defOf(edited, format), `${id} ${JSON.stringify(args)}`).toEqual(result.definition);
      const back = applyTextEdits(edited, computeTextEdits(edited, format, result.definition, def));
      expect(back, `undo ${id} ${JSON.stringify(args)}`).toBe(text);
      text = edited;
      def = result.definition;
      applied++;
    }
    expect(applied).toBeGreaterThan(3);
    expect(getState(def, 'nonexistent')).toBeUndefined();
  });
});
