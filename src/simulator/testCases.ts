/**
 * The conformance-case runner shared by `asl-studio test` and vitest. A case (see
 * fixtures/conformance/README.md): `{name, definition, input, mocks?, expected: {status, output?, error?, cause?,
 * path?}}`; mocks are a MockConfigFile for state machine `SM`, test case `T`. SUCCEEDED compares the output by deep
 * JSON equality (key order ignored); FAILED compares `error` exactly and `cause` when given; `path` lists the
 * top-level states entered, in order (a retry does not re-enter).
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { startExecution } from './engine.ts';
import type { ExecutionSnapshot } from './execution.ts';
import { mockConfigInvoker, type MockConfigFile } from './mocks.ts';
import { run } from './run.ts';
import { deepEqual } from './scope.ts';

export interface ConformanceCase {
  name: string;
  area?: string;
  source?: string;
  definition: StateMachineDefinition;
  input?: JsonValue;
  mocks?: MockConfigFile;
  expected: { status: string; output?: JsonValue; error?: string; cause?: string; path?: string[] };
}

export interface CaseResult {
  name: string;
  passed: boolean;
  problems: string[];
  actual: { status: string; output?: JsonValue; error?: string; cause?: string; path: string[] };
}

export function isConformanceCase(v: unknown): v is ConformanceCase {
  const o = v as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && typeof o.definition === 'object' && typeof o.expected === 'object';
}

/** Top-level states entered, in order (first attempts only). */
export function enteredPath(s: ExecutionSnapshot): string[] {
  const out: string[] = [];
  for (const rec of s.inspections.view(s.inspectionCount)) {
    if (rec.retryCount === 0 && !rec.path.includes('/')) out.push(rec.stateName);
  }
  return out;
}

export async function runCase(c: ConformanceCase): Promise<CaseResult> {
  let end: ExecutionSnapshot;
  try {
    const invoker = c.mocks ? mockConfigInvoker(c.mocks, 'SM', 'T') : undefined;
    end = await run(startExecution(c.definition, { input: c.input === undefined ? {} : c.input, invoker }));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { name: c.name, passed: false, problems: [`the simulator threw: ${message}`], actual: { status: 'ERROR', path: [] } };
  }
  const actual: CaseResult['actual'] = { status: end.status, path: enteredPath(end) };
  if (end.status === 'SUCCEEDED') actual.output = end.output;
  else {
    actual.error = end.error;
    actual.cause = end.cause;
  }
  const problems = compare(c.expected, actual);
  return { name: c.name, passed: problems.length === 0, problems, actual };
}

function compare(exp: ConformanceCase['expected'], act: CaseResult['actual']): string[] {
  const p: string[] = [];
  if (exp.status !== act.status) {
    p.push(`status: expected ${exp.status}, got ${act.status}${act.error ? ` (${act.error}: ${act.cause ?? ''})` : ''}`);
    return p;
  }
  if (exp.status === 'SUCCEEDED' && 'output' in exp && !deepEqual(exp.output as JsonValue, act.output as JsonValue)) {
    p.push(`output: expected ${JSON.stringify(exp.output)}, got ${JSON.stringify(act.output)}`);
  }
  if (exp.status !== 'SUCCEEDED') {
    if (exp.error !== undefined && exp.error !== act.error) p.push(`error: expected ${exp.error}, got ${act.error}`);
    if (exp.cause !== undefined && exp.cause !== act.cause) p.push(`cause: expected ${JSON.stringify(exp.cause)}, got ${JSON.stringify(act.cause)}`);
  }
  if (exp.path && JSON.stringify(exp.path) !== JSON.stringify(act.path)) {
    p.push(`path: expected ${JSON.stringify(exp.path)}, got ${JSON.stringify(act.path)}`);
  }
  return p;
}
