/**
 * Checking a test suite that comes from outside (storage, an imported file, a share link) before use: the shape of
 * every case, its mocks as MockConfigFile `MockedResponses` (src/simulator/mockConfig.ts) and unique names. The first
 * problem is reported, naming the case.
 */
import type { JsonValue } from '../asl/types.ts';
import { isRecord } from '../asl/values.ts';
import { parseMockConfig } from '../simulator/mockConfig.ts';
import { CASE_STATUSES, type CaseStatus, type Expectation, type TestCase, type TestSuite } from './model.ts';

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function parseExpectation(v: unknown, at: string): Result<Expectation> {
  if (!isRecord(v)) return { ok: false, message: `${at}: the expectation is not an object` };
  if (!CASE_STATUSES.includes(v.status as CaseStatus)) return { ok: false, message: `${at}: status must be one of ${CASE_STATUSES.join(', ')}` };
  const e: Expectation = { status: v.status as CaseStatus };
  if ('output' in v && v.output !== undefined) e.output = v.output as JsonValue;
  if (v.outputMatch !== undefined) {
    if (v.outputMatch !== 'exact' && v.outputMatch !== 'subset') return { ok: false, message: `${at}: outputMatch must be "exact" or "subset"` };
    e.outputMatch = v.outputMatch;
  }
  for (const f of ['error', 'cause'] as const) {
    if (v[f] === undefined) continue;
    if (typeof v[f] !== 'string') return { ok: false, message: `${at}: ${f} is not a string` };
    e[f] = v[f];
  }
  for (const f of ['visits', 'path'] as const) {
    if (v[f] === undefined) continue;
    if (!isStringArray(v[f])) return { ok: false, message: `${at}: ${f} is not a list of state names` };
    e[f] = v[f].slice();
  }
  return { ok: true, value: e };
}

export function parseCase(v: unknown, at: string): Result<TestCase> {
  if (!isRecord(v)) return { ok: false, message: `${at} is not an object` };
  if (typeof v.name !== 'string' || v.name.trim() === '') return { ok: false, message: `${at} has no name` };
  const where = `test '${v.name}'`;
  const mocks = v.mocks === undefined ? {} : v.mocks;
  const m = parseMockConfig({ MockedResponses: mocks });
  if (!m.ok) return { ok: false, message: `${where}: ${m.message.replace(/^MockedResponses/, 'mocks')}` };
  const exp = parseExpectation(v.expect, where);
  if (!exp.ok) return exp;
  return {
    ok: true,
    value: { name: v.name, input: v.input === undefined ? {} : (v.input as JsonValue), mocks: m.file.MockedResponses ?? {}, expect: exp.value },
  };
}

/** The suite, or the first thing wrong with it. */
export function parseSuite(v: unknown): Result<TestSuite> {
  if (!isRecord(v) || !Array.isArray(v.cases)) return { ok: false, message: 'a test suite is an object with a list of cases' };
  const cases: TestCase[] = [];
  const names = new Set<string>();
  for (let i = 0; i < v.cases.length; i++) {
    const c = parseCase(v.cases[i], `case ${i + 1}`);
    if (!c.ok) return c;
    if (names.has(c.value.name)) return { ok: false, message: `two tests are named '${c.value.name}'` };
    names.add(c.value.name);
    cases.push(c.value);
  }
  return { ok: true, value: { cases } };
}
