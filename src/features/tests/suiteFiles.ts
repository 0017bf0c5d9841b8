/**
 * The suite as files from the designer: Export files downloads a zip of the conformance-format case files and the
 * MockConfigFile (src/suites/files.ts) that `asl-studio test` runs once unzipped; Import files reads such a zip (or
 * the .json files themselves) back and adds its cases to the open workflow's suite. The zip is fflate's (small,
 * synchronous, no dependencies).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { JsonValue, StateMachineDefinition } from '../../asl/types.ts';
import { exportSuite, importSuite, type SuiteFile } from '../../suites/files.ts';
import type { TestSuite } from '../../suites/model.ts';

/** The zip of a suite's files. */
export function suiteZip(definition: StateMachineDefinition, suite: TestSuite): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of exportSuite(definition, suite)) entries[f.name] = strToU8(`${JSON.stringify(f.content, null, 2)}\n`);
  return zipSync(entries);
}

/** A zip by its signature (PK 3 4), whatever the file is called (a saved download may have no extension). */
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Suite files from a zip's bytes or from .json files (name, text). */
export function readSuiteFiles(inputs: readonly { name: string; bytes: Uint8Array }[]): { ok: true; files: SuiteFile[] } | { ok: false; message: string } {
  const files: SuiteFile[] = [];
  const add = (name: string, bytes: Uint8Array) => {
    const base = name.split('/').pop() ?? name;
    if (!base.endsWith('.json')) return;
    files.push({ name: base, content: JSON.parse(strFromU8(bytes)) as JsonValue });
  };
  try {
    for (const i of inputs) {
      if (isZip(i.bytes) || i.name.endsWith('.zip')) for (const [name, bytes] of Object.entries(unzipSync(i.bytes))) add(name, bytes);
      else add(i.name, i.bytes);
    }
  } catch (e) {
    return { ok: false, message: `The files could not be read: ${(e as Error).message}` };
  }
  return { ok: true, files };
}

/** The cases of imported files, or why not. */
export function importedSuite(inputs: readonly { name: string; bytes: Uint8Array }[]): { ok: true; suite: TestSuite } | { ok: false; message: string } {
  const r = readSuiteFiles(inputs);
  if (!r.ok) return r;
  const s = importSuite(r.files);
  return s.ok ? { ok: true, suite: s.value.suite } : { ok: false, message: `No tests imported: ${s.message}` };
}
