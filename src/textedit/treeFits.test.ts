import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom as rng } from '../asl/generate.ts';
import { treeFits, type JsonNode } from './jsonTreePatch.ts';

/** The straightforward recursive check treeFits must agree with. */
function reference(text: string, root: JsonNode): boolean {
  const openers: Record<string, string> = { object: '{}', array: '[]', string: '""' };
  const fits = (n: JsonNode): boolean => {
    if (n.offset < 0 || n.length <= 0 || n.offset + n.length > text.length) return false;
    const pair = openers[n.type];
    if (pair && (text[n.offset] !== pair[0] || text[n.offset + n.length - 1] !== pair[1])) return false;
    if (n.type === 'property') {
      const [key, value] = n.children ?? [];
      if (!key || !value || key.offset !== n.offset || text[n.colonOffset ?? -1] !== ':') return false;
      if (value.offset + value.length !== n.offset + n.length) return false;
    }
    return (n.children ?? []).every((c) => c.parent === n && fits(c));
  };
  return fits(root);
}

function nodes(root: JsonNode): JsonNode[] {
  const out: JsonNode[] = [root];
  for (let i = 0; i < out.length; i++) out.push(...(out[i]!.children ?? []));
  return out;
}

describe('treeFits', () => {
  it('accepts the tree of its text and agrees with the recursive check on randomly damaged trees', () => {
    const text = JSON.stringify(generateRealisticMachine(30, 3), null, 2);
    const r = rng(11);
    expect(treeFits(text, parseTree(text) as JsonNode)).toBe(true);
    let rejected = 0;
    for (let i = 0; i < 200; i++) {
      const root = parseTree(text) as JsonNode;
      const all = nodes(root);
      const victim = all[Math.floor(r() * all.length)]!;
      const how = Math.floor(r() * 4);
      if (how === 0) victim.offset += Math.floor(r() * 5) - 2;
      else if (how === 1) victim.length += Math.floor(r() * 5) - 2;
      else if (how === 2 && victim.colonOffset !== undefined) victim.colonOffset += 1;
      else if (victim.children?.length) victim.children[0]!.parent = undefined;
      const fresh = reference(text, root);
      expect(treeFits(text, root)).toBe(fresh);
      if (!fresh) rejected++;
    }
    expect(rejected).toBeGreaterThan(50);
  });
});
