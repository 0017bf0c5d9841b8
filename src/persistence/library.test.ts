import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../asl/templates.ts';
import { parseDocument } from '../asl/parse.ts';
import { copyName, makeRecord, nameFromFile, searchWorkflows, uniqueName } from './library.ts';
import { createMemoryDb } from './db.ts';

describe('library helpers', () => {
  it.each([
    ['A', [], 'A'],
    ['A', ['a'], 'A (2)'],
    ['A', ['A', 'A (2)'], 'A (3)'],
    ['  ', [], 'Untitled workflow'],
  ])('uniqueName(%s, %j) = %s', (name, taken, expected) => {
    expect(uniqueName(name, taken)).toBe(expected);
  });

  it('copyName counts copies', () => {
    expect(copyName('X', ['X'])).toBe('X (copy)');
    expect(copyName('X', ['X', 'X (copy)'])).toBe('X (copy 2)');
  });

  it('search matches every word, case-insensitive', () => {
    const list = ['Order flow', 'Payments', 'order retry'].map((name, i) => ({ id: String(i), name, createdAt: 0, updatedAt: 0 }));
    expect(searchWorkflows(list, 'ORDER').map((w) => w.name)).toEqual(['Order flow', 'order retry']);
    expect(searchWorkflows(list, 'order re').map((w) => w.name)).toEqual(['order retry']);
    expect(searchWorkflows(list, '')).toHaveLength(3);
  });

  it.each([
    ['orders.asl.json', 'orders'],
    ['flow.yml', 'flow'],
    ['x.asl.yaml', 'x'],
    ['.json', 'Imported workflow'],
  ])('nameFromFile(%s) = %s', (file, name) => {
    expect(nameFromFile(file)).toBe(name);
  });

  it('makeRecord detects the format', () => {
    expect(makeRecord({ name: 'y', text: 'StartAt: A\n' }, 5).format).toBe('yaml');
    expect(makeRecord({ name: 'j', text: '{}' }, 5)).toMatchObject({ format: 'json', revision: 0, createdAt: 5 });
  });

  it.each(TEMPLATES.map((t) => [t.id, t.text]))('template %s parses and has states', (_id, text) => {
    const parsed = parseDocument(text);
    expect(parsed.diagnostics).toEqual([]);
    expect(typeof (parsed.value as { States: unknown }).States).toBe('object');
  });
});

describe('memory db', () => {
  it('lists most recent first, deletes, keeps settings', async () => {
    const db = createMemoryDb();
    await db.put(makeRecord({ name: 'old', text: '{}' }, 1, 'a'), 0);
    await db.put(makeRecord({ name: 'new', text: '{}' }, 2, 'b'), 0);
    expect((await db.list()).map((m) => m.name)).toEqual(['new', 'old']);
    await db.delete('b');
    expect((await db.list()).map((m) => m.id)).toEqual(['a']);
    await db.setSetting('last', 'a');
    expect(await db.getSetting('last')).toBe('a');
  });
});
