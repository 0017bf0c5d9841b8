/**
 * Conformance: every case in fixtures/conformance (documented behaviour) must pass, one `it` per case; the 904
 * recorded cases in fixtures/conformance-recorded must pass except exactly those listed in
 * conformance-known-failures.json. A missing or empty folder fails these tests.
 * Also runs `asl-studio test` on the documented cases as a subprocess.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import knownFailures from './conformance-known-failures.json' with { type: 'json' };
import { fixturePath } from '../testing/fixtures.ts';
import { runCase, type ConformanceCase } from './testCases.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const docsCases = fixturePath('conformance/cases');
const recordedCases = fixturePath('conformance-recorded/cases');

function caseFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? caseFiles(p) : p.endsWith('.json') ? [p] : [];
    });
}

function load(file: string): ConformanceCase {
  return JSON.parse(readFileSync(file, 'utf8')) as ConformanceCase;
}

const docsFiles = caseFiles(docsCases);
const recordedFiles = caseFiles(recordedCases);

describe('documented conformance cases (fixtures/conformance)', () => {
  it('finds the shared case folder with its 86 cases', () => {
    expect(existsSync(docsCases), `missing ${docsCases}`).toBe(true);
    expect(docsFiles.length).toBeGreaterThanOrEqual(86);
  });
  it.each(docsFiles.map((file) => ({ name: relative(docsCases, file), file })))('$name', async ({ file }) => {
    const r = await runCase(load(file));
    expect(r.problems).toEqual([]);
  });
});

describe('recorded conformance cases (fixtures/conformance-recorded)', () => {
  const listed: Record<string, string> = knownFailures.failures;
  it('finds the recorded case folder with its 904 cases', () => {
    expect(existsSync(recordedCases), `missing ${recordedCases}`).toBe(true);
    expect(recordedFiles.length).toBeGreaterThanOrEqual(904);
  });
  it('fails exactly the cases listed in conformance-known-failures.json', async () => {
    const failing: Record<string, string> = {};
    for (const file of recordedFiles) {
      const r = await runCase(load(file));
      if (!r.passed) failing[relative(recordedCases, file)] = r.problems.join('; ');
    }
    expect(Object.keys(failing).sort()).toEqual(Object.keys(listed).sort());
  });
});

describe('asl-studio test (CLI)', () => {
  it('passes every documented case and prints "N passed, 0 failed"', () => {
    const r = spawnSync(process.execPath, [join(repo, 'bin/asl-studio.mjs'), 'test', fixturePath('conformance')], {
      cwd: repo,
      encoding: 'utf8',
    });
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(Number(/^(\d+)/.exec(lines.at(-1) ?? '')?.[1])).toBeGreaterThanOrEqual(86);
    expect(r.status).toBe(0);
  });
});
