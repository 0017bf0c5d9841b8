/** Libraries made by createLibrary share no workflow data: storage, extras, the open workflow and listeners are their own. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/store.ts';
import { createLibrary } from './controller.ts';

describe('createLibrary', () => {
  it('keeps extras, the open workflow and its listeners per library', async () => {
    const storeA = createAppStore();
    const storeB = createAppStore();
    const a = createLibrary(storeA);
    const b = createLibrary(storeB);
    const opened = { a: [] as string[], b: [] as string[] };
    a.session.onOpened((id) => opened.a.push(id));
    b.session.onOpened((id) => opened.b.push(id));

    expect(await a.newWorkflow('map')).toBe(true);
    expect(storeA.getState().doc.text).toContain('"Type": "Map"');
    expect(storeB.getState().doc.text).not.toContain('"Type": "Map"');
    expect(opened.a).toEqual([a.session.currentId()]);
    expect(opened.b).toEqual([]);
    expect(b.session.currentId()).toBeUndefined();
    expect(a.session.extras()).toHaveProperty('simulation');
    expect(b.session.extras()).toEqual({});

    b.session.setExtras('simulation', { inputText: '{}' });
    expect(b.session.extras()).toEqual({ simulation: { inputText: '{}' } });
    expect(a.session.extras().simulation).not.toEqual({ inputText: '{}' });
    expect(a.currentContent().text).toBe(storeA.getState().doc.text);
    expect(b.currentContent().text).toBe(storeB.getState().doc.text);
  });
});
