/**
 * Recorded (real AWS) and documented intrinsic cases whose machine is a single Pass state with Parameters: the
 * payload template is evaluated against the input and compared with the recorded output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../asl/types.ts';
import { evaluatePayloadTemplate } from '../payloadTemplate.ts';
import { fixturePath } from '../../testing/fixtures.ts';

interface Case {
  definition: { StartAt: string; States: Record<string, Record<string, JsonValue>> };
  input: JsonValue;
  expected: { status: string; output?: JsonValue };
}

const dirs = [fixturePath('conformance-recorded/cases/intrinsics'), fixturePath('conformance/cases/intrinsics')];
const all = dirs.flatMap((dir) =>
  readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Case] as const),
);
const single = all.filter(([, c]) => {
  const states = Object.values(c.definition.States);
  const s = states[0];
  return states.length === 1 && s?.Type === 'Pass' && s.Parameters !== undefined && s.ResultPath === undefined;
});

describe('conformance: intrinsic functions in single Pass states', () => {
  it('finds most of the cases', () => {
    expect(single.length).toBeGreaterThanOrEqual(125);
  });
  it.each(single)('%s', (_f, c) => {
    const state = c.definition.States[c.definition.StartAt] as Record<string, JsonValue>;
    const scope = { input: c.input, context: { Execution: { Input: c.input } }, variables: {} };
    expect(c.expected.status).toBe('SUCCEEDED');
    expect(evaluatePayloadTemplate(state.Parameters as JsonValue, scope)).toEqual(c.expected.output);
  });
});
