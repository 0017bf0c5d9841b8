import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'asl-validate-'));
const good = join(dir, 'good.asl.yaml');
const bad = join(dir, 'bad.asl.json');
const warn = join(dir, 'warn.asl.json');
writeFileSync(good, 'StartAt: A\nStates:\n  A:\n    Type: Wait\n    Seconds: ${Timeout}\n    End: true\n');
writeFileSync(bad, '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "B" }\n  }\n}\n');
writeFileSync(warn, '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.x", "IsPresent": true, "Next": "D" }] },\n    "D": { "Type": "Succeed" }\n  }\n}\n');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/asl-studio.mjs', 'validate', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('asl-studio validate', () => {
  it('exits 0 and prints nothing for a valid YAML file', () => {
    const r = cli(good);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 0 when there are only warnings, and prints them', () => {
    const r = cli(warn);
    expect(r.out).toBe(`${warn}:4:5 warning choice.default.none Choice state 'C' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched.\n`);
    expect(r.code).toBe(0);
  });

  it('prints file:line:col severity code message and exits 1 on an error', () => {
    const r = cli(good, bad);
    expect(r.out).toContain(`${bad}:4:36 error state.next.unknown State 'A': Next names 'B'`);
    expect(r.out.split('\n').every((l) => l === '' || l.startsWith(bad))).toBe(true);
    expect(r.code).toBe(1);
  });

  it('reports an unreadable file as an error line', () => {
    const missing = join(dir, 'missing.json');
    const r = cli(missing, good);
    expect(r.out).toBe(`${missing}:1:1 error file.unreadable cannot read the file (ENOENT)\n`);
    expect(r.code).toBe(1);
  });

  it('exits 2 without files or with an unknown option', () => {
    expect(cli().code).toBe(2);
    const r = cli('--strict', good);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option '--strict'");
  });
});
