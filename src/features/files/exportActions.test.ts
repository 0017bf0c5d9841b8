import { beforeEach, describe, expect, test } from 'vitest';
import { SEED_DEFINITION_TEXT } from '../../asl/seed.ts';
import { useAppStore } from '../../store/store.ts';
import { aslText } from './exportActions.ts';

const YAML = 'StartAt: Typed\nStates:\n  Typed:   # just pasted\n    Type: Succeed\n';

beforeEach(() => useAppStore.getState().loadText(SEED_DEFINITION_TEXT));

describe('aslText: the export of the text as typed', () => {
  test('text pasted a moment ago in another format exports as pasted, not the old definition converted', async () => {
    useAppStore.getState().setText(YAML);
    expect(await aslText('yaml')).toBe(YAML);
    expect(await aslText('json')).toBe('{\n  "StartAt": "Typed",\n  "States": {\n    "Typed": {\n      "Type": "Succeed"\n    }\n  }\n}\n');
  });

  test('the same format exports the text byte for byte', async () => {
    expect(await aslText('json')).toBe(SEED_DEFINITION_TEXT);
  });
});
