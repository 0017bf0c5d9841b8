/**
 * A workflow's test suite: named cases, each an execution input, the mocked Task results of one MockConfigFile test
 * case, and what the run must end with. Plain JSON data, stored with the workflow (library, export, share links);
 * every function here is pure and returns a new suite (the input is never mutated).
 *
 * A case's `mocks` are the `MockedResponses` its MockConfigFile test case maps each Task state to, inlined by state
 * name: `{ "Charge": { "0": {"Throw": …}, "1": {"Return": …} } }` (keys are invocations, "0" the first call, a range
 * "1-2" several; Step Functions Local keys mocks by state name, so same-named states in two branches share one).
 *
 * The expectation extends the conformance case format (fixtures/conformance/README.md): `status`; for SUCCEEDED
 * `output`, compared exactly (key order ignored) or, with `outputMatch: 'subset'`, as a JSON subset (every key and
 * array item given must match; extra keys in the actual output are allowed); for FAILED `error` exactly and `cause`
 * when given; `visits`, state ids (`Par/~b0/Inner`, src/asl/ids.ts) that must be entered at least once; `path`, the
 * top-level states entered in order (a retry does not re-enter).
 */
import type { JsonValue } from '../asl/types.ts';
import type { MockedInvocation } from '../simulator/mockConfig.ts';

export type CaseStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
export const CASE_STATUSES: readonly CaseStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

export interface Expectation {
  status: CaseStatus;
  output?: JsonValue;
  outputMatch?: 'exact' | 'subset';
  error?: string;
  cause?: string;
  visits?: string[];
  path?: string[];
}

/** Invocation key ("0", "1-2") → what that call returns or throws. */
export type InvocationMocks = Record<string, MockedInvocation>;

export interface TestCase {
  /** Unique within the suite (it names the exported file and the MockConfigFile test case). */
  name: string;
  input: JsonValue;
  /** By Task state name. */
  mocks: Record<string, InvocationMocks>;
  expect: Expectation;
}

export interface TestSuite {
  cases: TestCase[];
}

export const EMPTY_SUITE: TestSuite = Object.freeze({ cases: Object.freeze([]) as unknown as TestCase[] });

export function findCase(suite: TestSuite, name: string): TestCase | undefined {
  return suite.cases.find((c) => c.name === name);
}

/** `base`, or `base 2`, `base 3`… : the first name no case of the suite has. */
export function uniqueCaseName(suite: TestSuite, base: string): string {
  const taken = new Set(suite.cases.map((c) => c.name));
  const stem = base.trim() || 'Test';
  if (!taken.has(stem)) return stem;
  const m = /^(.*?) (\d+)$/.exec(stem);
  const root = m ? m[1]! : stem;
  for (let i = m ? Number(m[2]) + 1 : 2; ; i++) if (!taken.has(`${root} ${i}`)) return `${root} ${i}`;
}

/** The suite with `c` appended (renamed to a free name when its name is taken). */
export function addCase(suite: TestSuite, c: TestCase): TestSuite {
  return { ...suite, cases: [...suite.cases, { ...c, name: uniqueCaseName(suite, c.name) }] };
}

/** The suite with case `name` replaced by `update(case)`; unchanged when there is no such case. */
export function updateCase(suite: TestSuite, name: string, update: (c: TestCase) => TestCase): TestSuite {
  const i = suite.cases.findIndex((c) => c.name === name);
  if (i < 0) return suite;
  const next = update(suite.cases[i]!);
  if (next === suite.cases[i]) return suite;
  const cases = suite.cases.slice();
  cases[i] = next;
  return { ...suite, cases };
}

/** Why case `from` cannot be named `to`, or undefined when it can. */
export function renameProblem(suite: TestSuite, from: string, to: string): string | undefined {
  if (!findCase(suite, from)) return `There is no test named '${from}'`;
  if (to.trim() === '') return 'A test needs a name';
  if (to !== from && findCase(suite, to)) return `A test named '${to}' already exists`;
  return undefined;
}

/** The suite with case `from` renamed (unchanged when `renameProblem` refuses). */
export function renameCase(suite: TestSuite, from: string, to: string): TestSuite {
  if (renameProblem(suite, from, to) !== undefined) return suite;
  return updateCase(suite, from, (c) => ({ ...c, name: to }));
}

/** The suite with a copy of case `name` right after it, under a free name ("Checkout 2"). */
export function duplicateCase(suite: TestSuite, name: string): TestSuite {
  const i = suite.cases.findIndex((c) => c.name === name);
  if (i < 0) return suite;
  const copy = { ...structuredClone(suite.cases[i]!), name: uniqueCaseName(suite, name) };
  const cases = suite.cases.slice();
  cases.splice(i + 1, 0, copy);
  return { ...suite, cases };
}

export function removeCase(suite: TestSuite, name: string): TestSuite {
  const cases = suite.cases.filter((c) => c.name !== name);
  return cases.length === suite.cases.length ? suite : { ...suite, cases };
}
