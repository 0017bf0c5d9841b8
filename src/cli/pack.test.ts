/**
 * The command line as other projects get it: `npm pack` this repository (its `prepack` builds dist-cli/), install
 * the tarball into a scratch project under the system's temp folder (outside the repository, so none of this
 * project's node_modules is reachable), and run `npx asl-studio validate|simulate|test|proxy` there on the
 * repository's fixtures. It proves the package carries built JavaScript (no tsx, no TypeScript) and that its
 * `dependencies` hold every module the built CLI imports. The npm cache serves the dependencies (--prefer-offline).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(repo, 'fixtures');
const definitions = join(fixtures, 'corpus/aws-samples/definitions');
const work = mkdtempSync(join(tmpdir(), 'asl-pack-'));
const project = join(work, 'project');

/**
 * The environment of a user's shell: no npm_* variables from a surrounding `npm test` (npm_config_local_prefix
 * would point npm at this repository), no node_modules/.bin folders on PATH, and this Node first on PATH so that
 * `npx` and the package's `#!/usr/bin/env node` run under the Node that runs the tests.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE_OPTIONS') env[k] = v;
  const path = (process.env.PATH ?? '').split(delimiter).filter((p) => p && !p.includes('node_modules'));
  env.PATH = [dirname(process.execPath), ...path].join(delimiter);
  env.NO_COLOR = '1';
  return env;
}

function sh(cmd: string, args: string[], cwd: string, timeout = 90_000): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env: userEnv(), encoding: 'utf8', timeout });
  if (r.error) throw r.error;
  return r;
}

/** A set-up step that must succeed: its output explains a failure. */
function must(r: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** `npx asl-studio …` in the scratch project (`--no`: never download a package). */
function cli(...args: string[]) {
  return sh('npx', ['--no', 'asl-studio', ...args], project);
}

function caseFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? caseFiles(p) : p.endsWith('.json') ? [p] : [];
  });
}

let packed: string[] = [];

beforeAll(() => {
  const pack = must(sh('npm', ['pack', '--json', '--pack-destination', work], repo), 'npm pack');
  const report = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  packed = report[0]!.files.map((f) => f.path);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }));
  must(sh('npm', ['install', join(work, report[0]!.filename), '--prefer-offline', '--no-audit', '--no-fund'], project), 'npm install');
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed asl-studio command line, installed into another project', { timeout: 120_000 }, () => {
  it('ships built JavaScript, the bin and the notices, and no sources', () => {
    expect(packed).toContain('bin/asl-studio.mjs');
    expect(packed).toContain('dist-cli/asl-studio.mjs');
    expect(packed).toContain('NOTICE');
    expect(packed).toContain('README.md');
    expect(packed).toContain('LICENSE');
    expect(packed.filter((p) => !/^(bin|dist-cli)\/.+\.mjs$|^(NOTICE|README\.md|LICENSE|package\.json)$/.test(p))).toEqual([]);
    // The scratch project sees its own node_modules only: no tsx, TypeScript or Vite from this repository.
    const req = createRequire(join(project, 'package.json'));
    expect(req.resolve('asl-studio/package.json')).toBe(join(project, 'node_modules/asl-studio/package.json'));
    for (const devOnly of ['tsx', 'typescript', 'vite', 'react']) expect(() => req.resolve(devOnly)).toThrow(/Cannot find module/);
  });

  it('validate: the corpus passes (exit 0), the broken files fail with file:line:col errors (exit 1)', () => {
    const files = readdirSync(definitions).map((f) => join(definitions, f));
    const good = cli('validate', ...files);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).not.toMatch(/ error /);
    const broken = join(fixtures, 'corpus/aws-samples/broken');
    const bad = cli('validate', ...readdirSync(broken).map((f) => join(broken, f)));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/uml-statemachine_example-workflow\.json:\d+:\d+ error syntax\.json /);
  });

  it('simulate: runs a corpus definition (JSON) to its end, and reads a YAML one', () => {
    const input = { type: 'Private', value: 25 };
    const ok = cli('simulate', join(definitions, 'path-based-on-data_statemachine_statemachine.asl.json'), '--input', JSON.stringify(input));
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ status: 'SUCCEEDED', output: input, transitions: 2 });
    // A YAML definition with Task states and no mock config: it parses, and its first Task fails the run (exit 1).
    const yaml = cli('simulate', join(definitions, 'bedrock-blog-generator_statemachine_statemachine.asl.yaml'));
    expect(yaml.status).toBe(1);
    expect(JSON.parse(yaml.stdout)).toMatchObject({ status: 'FAILED', cause: expect.stringMatching(/no task invoker/i) });
  });

  it('test: runs every documented conformance case and they all pass', () => {
    const cases = join(fixtures, 'conformance/cases');
    const expected = caseFiles(cases).length;
    const r = cli('test', cases);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('PASS ')).length).toBe(expected);
    expect(r.stdout).toContain(`${expected} passed, 0 failed`);
  });

  it('proxy: listens on a free loopback port, answers, and stops on SIGTERM', async () => {
    const child = spawn('npx', ['--no', 'asl-studio', 'proxy', '--port', '0'], { cwd: project, env: userEnv(), detached: true });
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM'); // the process group: npx, its shell and the node running the proxy
      } catch {
        /* already gone */
      }
    };
    try {
      let out = '';
      const url = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /AWS proxy on (http:\/\/127\.0\.0\.1:\d+)\/aws-proxy/.exec(out);
          if (m) ok(m[1]!);
        });
        child.on('exit', (code) => fail(new Error(`proxy exited (${code}) before listening: ${out}`)));
      });
      const target = `${url}/aws-proxy/states.us-east-1.amazonaws.com/`;
      expect((await fetch(`${url}/`)).status).toBe(404);
      const foreign = await fetch(target, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(foreign.status).toBe(403);
      const preflight = await fetch(target, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:4173', 'access-control-request-method': 'POST' } });
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
      const exited = new Promise<void>((done) => child.on('exit', () => done()));
      stop();
      await exited;
      expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
    } finally {
      stop();
    }
  });

  it('local: serves the Step Functions API on a free loopback port and runs an execution', async () => {
    const child = spawn('npx', ['--no', 'asl-studio', 'local', '--port', '0', '--skip-waits'], { cwd: project, env: userEnv(), detached: true });
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    };
    try {
      let out = '';
      const url = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /endpoint on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) ok(m[1]!);
        });
        child.on('exit', (code) => fail(new Error(`asl-studio local exited (${code}) before listening: ${out}`)));
      });
      const call = async (op: string, body: object) => {
        const res = await fetch(url, { method: 'POST', headers: { 'x-amz-target': `AWSStepFunctions.${op}`, 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(body) });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      const definition = JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, Next: 'P' }, P: { Type: 'Pass', Result: 'ok', End: true } } });
      const created = await call('CreateStateMachine', { name: 'Packed', definition, roleArn: 'arn:aws:iam::123456789012:role/R' });
      expect(created.status).toBe(200);
      const started = await call('StartSyncExecution', { stateMachineArn: created.body.stateMachineArn });
      expect(started.body.__type).toBe('StateMachineTypeNotSupported');
      const { body } = await call('StartExecution', { stateMachineArn: created.body.stateMachineArn, name: 'one' });
      let d = await call('DescribeExecution', { executionArn: body.executionArn });
      for (let i = 0; i < 100 && d.body.status === 'RUNNING'; i++) d = await call('DescribeExecution', { executionArn: body.executionArn });
      expect(d.body).toMatchObject({ status: 'SUCCEEDED', output: '"ok"' });
    } finally {
      stop();
    }
  });
});
