/** `asl-studio simulate` as a subprocess: the seed workflow with a MockConfigFile, and --events. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_DEFINITION_TEXT, SEED_MOCK_RESULTS } from '../asl/seed.ts';
import { lambdaInvokeResponse } from '../simulator/mocks.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('asl-studio simulate', () => {
  it('runs the seed workflow with a mock config and prints status, output, transitions and events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asl-sim-'));
    const def = join(dir, 'seed.asl.json');
    const mocks = join(dir, 'mocks.json');
    writeFileSync(def, SEED_DEFINITION_TEXT);
    const responses = Object.fromEntries(
      Object.entries(SEED_MOCK_RESULTS).map(([name, v]) => [`${name}R`, { '0': { Return: lambdaInvokeResponse(v as never) } }]),
    );
    const testCase = Object.fromEntries(Object.keys(SEED_MOCK_RESULTS).map((name) => [name, `${name}R`]));
    writeFileSync(mocks, JSON.stringify({ StateMachines: { Seed: { TestCases: { Happy: testCase } } }, MockedResponses: responses }));
    const r = spawnSync(process.execPath, [join(repo, 'bin/asl-studio.mjs'), 'simulate', def, '--input', '{"name":"x"}', '--mock-config', mocks, '--test-case', 'Happy', '--events'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { status: string; output: unknown; transitions: number; events: { type: string }[] };
    expect(out.status).toBe('SUCCEEDED');
    expect(out.output).toEqual({ status: 'Notification sent successfully' });
    expect(out.transitions).toBe(3);
    expect(out.events[0]?.type).toBe('ExecutionStarted');
    expect(out.events.at(-1)?.type).toBe('ExecutionSucceeded');
  });

  it('reports a failed execution with its error and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asl-sim-'));
    const def = join(dir, 'fail.asl.json');
    writeFileSync(def, JSON.stringify({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: 'C' } } }));
    const r = spawnSync(process.execPath, [join(repo, 'bin/asl-studio.mjs'), 'simulate', def], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'FAILED', error: 'E', cause: 'C', transitions: 1 });
  });

  it('reads a YAML definition as validate does, and names the line of a syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asl-sim-'));
    const def = join(dir, 'hello.asl.yaml');
    writeFileSync(def, 'StartAt: Hello\nStates:\n  Hello:\n    Type: Pass\n    Result: { greeting: hello }\n    ResultPath: $.said\n    End: true\n');
    const ok = spawnSync(process.execPath, [join(repo, 'bin/asl-studio.mjs'), 'simulate', def, '--input', '{"name":"x"}'], { cwd: repo, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ status: 'SUCCEEDED', output: { name: 'x', said: { greeting: 'hello' } }, transitions: 1 });
    const bad = join(dir, 'bad.asl.yaml');
    writeFileSync(bad, 'StartAt: Hello\nStates: [\n');
    const r = spawnSync(process.execPath, [join(repo, 'bin/asl-studio.mjs'), 'simulate', bad], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`asl-studio simulate: ${bad}: `);
    expect(r.stderr).toContain('line 3, column 1');
  });
});
