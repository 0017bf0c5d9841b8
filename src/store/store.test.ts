/**
 * The store's sync path on its own: validation follows a parse instead of being part of it (and still arrives),
 * and a canvas command's document (parsed from the tree its text edits kept up to date) is the one a fresh parse
 * of its text gives.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateRealisticMachine } from '../asl/generate.ts';
import { IncrementalParse, parseDocument } from '../asl/parse.ts';
import { toGraph } from '../asl/graph.ts';
import type { Diagnostic } from '../asl/types.ts';
import { renameState } from '../commands/stateRename.ts';
import { useAppStore } from './store.ts';

const store = useAppStore;
const text = (seed: number) => JSON.stringify(generateRealisticMachine(40, seed), null, 2);

function countingValidator() {
  const calls: string[] = [];
  store.getState().setValidator((doc) => {
    calls.push(doc.text);
    return [{ code: 'test.count', severity: 'warning', message: `validated ${calls.length}`, path: ['StartAt'] } satisfies Diagnostic];
  });
  return calls;
}

afterEach(() => store.getState().setValidator(() => []));

describe('deferred validation', () => {
  it('leaves validation pending on a parse, then delivers the diagnostics of the current text', async () => {
    const calls = countingValidator();
    store.getState().loadText(text(1));
    expect(store.getState().doc.validationPending).toBe(true);
    expect(calls).toEqual([]);
    await vi.waitFor(() => expect(store.getState().doc.validationPending).toBe(false));
    expect(calls).toEqual([text(1)]);
    expect(store.getState().doc.diagnostics.map((d) => d.message)).toEqual(['validated 1']);
  });

  it('validates once for parses in quick succession: the last text', async () => {
    const calls = countingValidator();
    store.getState().loadText(text(2));
    store.getState().replaceText(text(3), 'Edit');
    store.getState().replaceText(text(4), 'Edit');
    await vi.waitFor(() => expect(store.getState().doc.validationPending).toBe(false));
    expect(calls).toEqual([text(4)]);
  });

  it('runs a pending validation on request, synchronously', () => {
    const calls = countingValidator();
    store.getState().loadText(text(5));
    store.getState().flushValidation();
    expect(store.getState().doc.validationPending).toBe(false);
    expect(calls).toEqual([text(5)]);
  });

  it('keeps the diagnostics it had until the new ones arrive (no flicker)', () => {
    countingValidator();
    store.getState().loadText(text(6));
    store.getState().flushValidation();
    const before = store.getState().doc.diagnostics;
    store.getState().replaceText(text(7), 'Edit');
    expect(store.getState().doc.diagnostics).toBe(before);
  });
});

describe('a canvas command', () => {
  it('derives the same document as a fresh parse of its text', () => {
    store.getState().loadText(text(8));
    for (const newName of ['b0 Task x', 'b0 Task y']) {
      const from = store.getState().doc.graph.nodes.find((n) => n.name.startsWith('b0 Task'))!;
      expect(store.getState().runCommand(renameState, { id: from.id, newName })).toBe(true);
      const { doc } = store.getState();
      expect(doc.text).toContain(`"${newName}"`);
      const fresh = parseDocument(doc.text, 'json'); // no incremental parse: from scratch
      expect(doc.parsed?.root).toEqual(fresh.root);
      expect(doc.definition).toEqual(fresh.value);
      expect(doc.graph.nodes).toEqual(toGraph(fresh.value).nodes);
    }
  });

  it('keeps one incremental parse per document, holding the tree of its text after a command', () => {
    store.getState().loadText(text(8));
    const { incremental } = store.getState().doc;
    const from = store.getState().doc.graph.nodes.find((n) => n.name.startsWith('b0 Task'))!;
    expect(store.getState().runCommand(renameState, { id: from.id, newName: 'b0 Task z' })).toBe(true);
    const { doc } = store.getState();
    expect(doc.incremental).toBe(incremental);
    // The parse after the edit left the tree of the edited text with the document (and only there).
    const tree = doc.incremental.take(doc.text);
    expect(tree?.length).toBe(doc.text.trimEnd().length);
    expect(new IncrementalParse().take(doc.text)).toBeUndefined();
  });
});
