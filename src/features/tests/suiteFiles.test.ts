import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { TEMPLATES } from '../../asl/templates/index.ts';
import { exportSuite } from '../../suites/files.ts';
import { TEMPLATE_SUITES } from '../../suites/templateSuites.ts';
import { importedSuite, suiteZip } from './suiteFiles.ts';

const saga = TEMPLATES.find((t) => t.id === 'saga')!;
const def = JSON.parse(saga.text) as StateMachineDefinition;
const suite = TEMPLATE_SUITES.saga!;

describe('suite files in the designer', () => {
  it('a zip of the exported files imports back to the same suite', () => {
    expect(importedSuite([{ name: 'saga-tests.zip', bytes: suiteZip(def, suite) }])).toEqual({ ok: true, suite });
    // A download saved under another name is still read as a zip.
    expect(importedSuite([{ name: '4f1c2a', bytes: suiteZip(def, suite) }])).toEqual({ ok: true, suite });
  });

  it('reads the .json files themselves, and says what is wrong', () => {
    const files = exportSuite(def, suite).map((f) => ({ name: f.name, bytes: strToU8(JSON.stringify(f.content)) }));
    expect(importedSuite(files)).toEqual({ ok: true, suite });
    expect(importedSuite(files.slice(0, 1))).toMatchObject({ ok: false, message: expect.stringMatching(/^No tests imported: 01-.*cannot read MockConfigFile\.json/) });
    expect(importedSuite([{ name: 'x.zip', bytes: strToU8('not a zip') }])).toMatchObject({ ok: false, message: expect.stringMatching(/^The files could not be read/) });
  });
});
