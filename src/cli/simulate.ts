/**
 * `asl-studio simulate FILE [--input JSON|@file] [--mock-config FILE --test-case NAME] [--state-machine NAME]
 * [--events]`: runs one execution in the simulator and prints `{status, output | error, cause, transitions,
 * costUsd, events?}` as JSON. Without --mock-config, Task states fail with a clear "no invoker" error. The state
 * machine in the mock config defaults to its only (or first) entry. FILE is JSON or YAML (read as `validate` reads
 * it); the input and the mock config are JSON.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from '../asl/parse.ts';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { mockConfigInvoker } from '../simulator/mocks.ts';
import { parseMockConfig } from '../simulator/mockConfig.ts';
import { simulate } from '../simulator/run.ts';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined) throw new Error(`${name} needs a value`);
  return v;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The definition in a JSON or YAML file; a syntax error throws (its message names the line and column). */
function readDefinition(path: string): StateMachineDefinition {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const problem = doc.diagnostics.find((d) => d.severity === 'error');
  if (problem) throw new Error(`${path}: ${problem.message}`);
  return doc.value as StateMachineDefinition;
}

export async function run(args: string[]): Promise<number> {
  try {
    const file = args[0];
    if (!file || file.startsWith('--')) throw new Error('Usage: asl-studio simulate FILE [--input JSON|@file] [--mock-config FILE --test-case NAME] [--events]');
    const definition = readDefinition(file);
    const inputArg = option(args, '--input');
    const input: JsonValue = inputArg === undefined ? {} : (JSON.parse(inputArg.startsWith('@') ? readFileSync(inputArg.slice(1), 'utf8') : inputArg) as JsonValue);
    const mockFile = option(args, '--mock-config');
    let invoker;
    if (mockFile) {
      const checked = parseMockConfig(readJson(mockFile));
      if (!checked.ok) throw new Error(`${mockFile}: ${checked.message}`);
      const config = checked.file;
      const testCase = option(args, '--test-case');
      if (!testCase) throw new Error('--mock-config needs --test-case NAME');
      const sm = option(args, '--state-machine') ?? Object.keys(config.StateMachines ?? {})[0] ?? '';
      invoker = mockConfigInvoker(config, sm, testCase);
    }
    const r = await simulate(definition, { input, invoker, yieldEvery: Infinity });
    const out: Record<string, unknown> = { status: r.status };
    if (r.status === 'SUCCEEDED') out.output = r.output;
    else {
      out.error = r.error;
      out.cause = r.cause;
    }
    out.transitions = r.transitions;
    out.costUsd = r.costUsd;
    if (args.includes('--events')) out.events = r.events;
    console.log(JSON.stringify(out, null, 2));
    return r.status === 'SUCCEEDED' ? 0 : 1;
  } catch (e) {
    console.error(`asl-studio simulate: ${(e as Error).message}`);
    return 2;
  }
}
