import { describe, expect, it } from 'vitest';
import { parseProxyArgs } from './proxy.ts';

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
    const args = ['--port', '9000', '--host', '0.0.0.0', '--allow-origin', 'https://studio.example.com/app', '--allow-origin', 'http://127.0.0.1:5173', '--endpoint', 'http://localhost:4566'];
    expect(parseProxyArgs(args)).toEqual({
      port: 9000,
      host: '0.0.0.0',
      hostExplicit: true,
      allowOrigins: ['https://studio.example.com', 'http://127.0.0.1:5173'],
      endpoint: 'http://localhost:4566/',
    });
  });

  it.each([
    [['--port', 'x'], /bad --port/],
    [['--port', '70000'], /bad --port/],
    [['--host'], /needs a value/],
    [['--allow-origin', 'not a url'], /Invalid URL/],
    [['--open', 'yes'], /unknown option --open/],
  ])('refuses %j', (args, message) => {
    expect(() => parseProxyArgs(args)).toThrow(message);
  });
});
