import { describe, expect, it, vi } from 'vitest';
import { parseProxyArgs, run } from './proxy.ts';

describe('asl-studio proxy options', () => {
  it('listens on loopback for the vite preview origin by default', () => {
    expect(parseProxyArgs([])).toEqual({
      port: 8787,
      host: '127.0.0.1',
      hostExplicit: false,
      allowOrigins: ['http://127.0.0.1:4173', 'http://localhost:4173'],
      endpoint: undefined,
    });
  });

  it('takes a port, an explicit host, origins (normalised) and one endpoint', () => {
    const args = ['--port', '9000', '--host', '0.0.0.0', '--allow-origin', 'https://studio.example.com/app', '--allow-origin', 'http://127.0.0.1:5173', '--endpoint', 'https://sfn.internal.example:9443'];
    expect(parseProxyArgs(args)).toEqual({
      port: 9000,
      host: '0.0.0.0',
      hostExplicit: true,
      allowOrigins: ['https://studio.example.com', 'http://127.0.0.1:5173'],
      endpoint: 'https://sfn.internal.example:9443/',
    });
  });

  it.each([
    [['--port', 'x'], /bad --port/],
    [['--port', '70000'], /bad --port/],
    [['--host'], /needs a value/],
    [['--allow-origin', 'not a url'], /Invalid URL/],
    [['--open', 'yes'], /unknown option --open/],
    [['--host', '0.0.0.0', '--endpoint', 'http://localhost:4566'], /refusing to relay to http:\/\/localhost:4566\/ while listening on 0\.0\.0\.0/],
    [['--host', '192.168.1.20', '--endpoint', 'http://127.0.0.1:8083'], /refusing to relay/],
  ])('refuses %j', (args, message) => {
    expect(() => parseProxyArgs(args)).toThrow(message);
  });
});

describe('asl-studio proxy on a non-loopback host', () => {
  it('exits with a clear error, listening on nothing, when the endpoint is on this machine', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    try {
      expect(await run(['--host', '0.0.0.0', '--port', '0', '--endpoint', 'http://127.0.0.1:4566'])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('\n')).toMatch(/^asl-studio proxy: refusing to relay to http:\/\/127\.0\.0\.1:4566\/ while listening on 0\.0\.0\.0/);
  });
});
