import { describe, expect, it } from 'vitest';
import { locationToPath, parseExportedCredentials } from './gateway.ts';

const definition = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Next: 'x' }] }, '0': { Type: 'Pass' }, 'a/b': { Type: 'Pass' } } };

describe('locationToPath', () => {
  it.each([
    ['/States/C/Choices/0/Next', ['States', 'C', 'Choices', 0, 'Next']],
    ['/States/0/Type', ['States', '0', 'Type']],
    ['/States/a~1b', ['States', 'a/b']],
    ['/States/Missing/Next', ['States', 'Missing', 'Next']],
    ['/', []],
  ])('%s', (location, expected) => {
    expect(locationToPath(definition, location)).toEqual(expected);
  });
  it('has no path without a pointer', () => {
    expect([locationToPath(definition, undefined), locationToPath(definition, 'line 3')]).toEqual([undefined, undefined]);
  });
});

describe('parseExportedCredentials', () => {
  it('reads `aws configure export-credentials` output', () => {
    const text = JSON.stringify({ Version: 1, AccessKeyId: 'AKIA1', SecretAccessKey: 's3cr3t', SessionToken: 'tok', Expiration: '2026-01-01T00:00:00Z' });
    expect(parseExportedCredentials(text)).toEqual({ accessKeyId: 'AKIA1', secretAccessKey: 's3cr3t', sessionToken: 'tok' });
  });
  it('reads the SDK field names, without a session token', () => {
    expect(parseExportedCredentials('{"accessKeyId":"A","secretAccessKey":"B"}')).toEqual({ accessKeyId: 'A', secretAccessKey: 'B', sessionToken: undefined });
  });
  it.each([
    ['not json', /Not JSON/],
    ['42', /JSON object/],
    ['{"AccessKeyId":"A"}', /no AccessKeyId and SecretAccessKey/],
  ])('refuses %s', (text, message) => {
    expect(parseExportedCredentials(text)).toMatch(message);
  });
});
