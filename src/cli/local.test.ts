import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMockConfig, parseLocalArgs } from './local.ts';

describe('asl-studio local arguments', () => {
  it('defaults to 127.0.0.1:8083, real-time waits, memory storage', () => {
    expect(parseLocalArgs([], {})).toMatchObject({ port: 8083, host: '127.0.0.1', hostExplicit: false, waitScale: 1, dataDir: undefined, mockConfigFile: undefined });
  });
  it('reads every option, and SFN_MOCK_CONFIG when --mock-config is absent', () => {
    const a = parseLocalArgs(['--port', '9000', '--host', '0.0.0.0', '--data', '/tmp/d', '--wait-scale', '0.1', '--allow-origin', 'http://app.test:8080/x', '--lambda-endpoint', 'http://127.0.0.1:3001'], { SFN_MOCK_CONFIG: '/m.json' });
    expect(a).toMatchObject({ port: 9000, host: '0.0.0.0', hostExplicit: true, dataDir: '/tmp/d', waitScale: 0.1, mockConfigFile: '/m.json', allowOrigins: ['http://app.test:8080'], lambdaEndpoint: 'http://127.0.0.1:3001/' });
    expect(parseLocalArgs(['--skip-waits', '--mock-config', 'a.json'], { SFN_MOCK_CONFIG: 'b.json' })).toMatchObject({ waitScale: 0, mockConfigFile: 'a.json' });
  });
  it('refuses bad values and unknown options', () => {
    expect(() => parseLocalArgs(['--port', 'x'], {})).toThrow(/--port/);
    expect(() => parseLocalArgs(['--wait-scale', '-1'], {})).toThrow(/--wait-scale/);
    expect(() => parseLocalArgs(['--data'], {})).toThrow(/needs a value/);
    expect(() => parseLocalArgs(['--frobnicate', '1'], {})).toThrow(/unknown option/);
  });
  it('loads a MockConfigFile and names what is wrong with a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'local-args-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ StateMachines: { M: { TestCases: { T: { A: 'R' } } } }, MockedResponses: { R: { '0': { Return: 1 } } } }));
    expect(loadMockConfig(good).StateMachines?.M?.TestCases?.T).toEqual({ A: 'R' });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ MockedResponses: { R: { x: { Return: 1 } } } }));
    expect(() => loadMockConfig(bad)).toThrow(/invocation key 'x'/);
  });
});
