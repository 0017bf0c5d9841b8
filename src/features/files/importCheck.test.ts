import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadYaml } from '../../asl/yamlLib.ts';
import { fixturePath } from '../../testing/fixtures.ts';
import { importProblem } from './importCheck.ts';

beforeAll(() => loadYaml());

describe('importProblem', () => {
  const broken = fixturePath('corpus/aws-samples/broken');
  test.each(readdirSync(broken))('refuses the broken corpus file %s with a line and column', (file) => {
    expect(importProblem(readFileSync(`${broken}/${file}`, 'utf8'))).toMatch(/line \d+, column \d+/);
  });

  test('a state that is a string is named with its place', () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "QueryLanguage": "JSONata",\n    "A": { "Type": "Pass", "End": true }\n  }\n}\n';
    expect(importProblem(text)).toMatch(/^States member 'QueryLanguage' is a string, not a state object \(line 4, column 5\)/);
  });

  test('States that is a list is refused with its place', () => {
    expect(importProblem('StartAt: A\nStates:\n  - A\n')).toBe('States must be an object of states by name (line 3, column 3)');
  });

  test('a definition with ordinary mistakes is imported, to be fixed in the editor', () => {
    expect(importProblem('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}')).toBeUndefined();
    expect(importProblem('StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n')).toBeUndefined();
  });

  test('a template machine that does not parse yet is let through when syntax is not checked', () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": ${Delay}, "End": true}}}';
    expect(importProblem(text)).toMatch(/line 1, column \d+/);
    expect(importProblem(text, { syntax: false })).toBeUndefined();
    expect(importProblem('{"StartAt": "A", "States": {"A": 1}}', { syntax: false })).toMatch(/line 1, column 29/);
  });

  test('every real-world definition of the corpus is accepted', () => {
    const dir = fixturePath('corpus/aws-samples/definitions');
    const refused = readdirSync(dir).filter((f) => importProblem(readFileSync(`${dir}/${f}`, 'utf8')) !== undefined);
    expect(refused).toEqual([]);
  });
});
