/**
 * Where the test fixtures live: `fixtures/` in the repository (the real-world corpus, the documented conformance
 * cases and the cases recorded against AWS; see fixtures/README.md). Tests, benches and scripts read only these
 * copies, so a fresh clone with nothing beside it passes its tests.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURES_DIR = resolve(REPO_DIR, 'fixtures');

export function fixturePath(...parts: string[]): string {
  return resolve(FIXTURES_DIR, ...parts);
}
