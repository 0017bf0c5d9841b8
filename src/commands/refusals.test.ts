/**
 * The rules refuse with typed codes from the one message table (refusals.ts): the UI can tell refusals apart by
 * code, never by their wording.
 */
import { describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES, refuse, refusedBy } from './refusals.ts';
import { tryCommand } from './registry.ts';
import { canAdd, canConnect, canDelete, canRename } from './rules.ts';
import { CHAIN, NESTED, defOf } from './testUtil.ts';

const codeOf = (v: unknown) => (v === true ? true : (v as { code: string }).code);

describe('typed refusals', () => {
  it('connect, add, rename and delete refuse with a code and the message of the table', () => {
    const chain = defOf(CHAIN);
    const nested = defOf(NESTED);
    expect(canConnect(chain, 'A', 'C', 'next')).toEqual(refuse('connect.hasNext', { name: 'A', next: 'B' }));
    expect(codeOf(canConnect(nested, 'P/~b0/B2', 'M', 'next'))).toBe('connect.crossesScope');
    expect(codeOf(canConnect(chain, 'C', 'A', 'next'))).toBe('connect.terminalSource');
    expect(codeOf(canConnect(nested, 'Choose', 'M', 'catch'))).toBe('connect.cannotCatch');
    expect(codeOf(canConnect(chain, 'Z', 'A', 'next'))).toBe('state.missing');
    expect(codeOf(canAdd(chain, { type: 'Pass', after: 'C' }))).toBe('add.afterTerminal');
    expect(codeOf(canAdd(chain, { type: 'Nope' as never }))).toBe('add.unknownType');
    expect(codeOf(canRename(chain, 'A', 'B'))).toBe('name.taken');
    expect(codeOf(canRename(chain, 'A', ' '))).toBe('name.empty');
    expect(codeOf(canDelete(chain, []))).toBe('delete.nothing');
    expect(codeOf(canDelete(nested, ['Choose']))).toBe('delete.chooseStart');
  });

  it('the registry passes a rule code through; a reason in its own words is command.refused', () => {
    const r = tryCommand(defOf(CHAIN), 'transition.connect', { source: 'A', target: 'C', kind: 'next' });
    expect(!r.ok && r.refusal.code).toBe('connect.hasNext');
    expect(refusedBy('free text')).toEqual({ code: 'command.refused', message: 'free text' });
  });

  it('every message of the table is a non-empty text', () => {
    for (const [code, message] of Object.entries(REFUSAL_MESSAGES)) {
      const text = (message as (p: Record<string, unknown>) => string)({ id: 'x', reason: 'r', action: 'a', start: 's', none: true, scope: 's', max: 80, name: 'n', type: 't', next: 'n', target: 't', index: 0, kind: 'k' });
      expect([code, text.length > 0]).toEqual([code, true]);
    }
  });
});
