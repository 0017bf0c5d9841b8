/**
 * Where the read-only shared fixtures live: `../shared` beside the repository (so in CI, a fresh clone with a copy
 * of shared/ beside it, they are found too). Tests only; a missing folder makes the tests that read it fail.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED_DIR = resolve(REPO_DIR, '../shared');

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
