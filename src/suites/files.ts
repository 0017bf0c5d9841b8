/**
 * A suite as files that `asl-studio test` runs: one conformance-format case file per case (fixtures/conformance/
 * README.md: `name`, `definition`, `input`, `expected`) and one Step Functions Local MockConfigFile that all of them
 * name (`mockConfigFile`, `stateMachine`, `testCase`: the case's test case in it). `expected` carries the suite's
 * extensions (`outputMatch`, `visits`). Importing the files back gives the same suite: names, order (files are
 * numbered), inputs, mocks per invocation and expectations.
 *
 * A conformance case may instead hold its MockConfigFile inline (`mocks`, state machine `SM`, test case `T`).
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { isRecord } from '../asl/values.ts';
import { parseMockConfig, type MockConfigFile } from '../simulator/mockConfig.ts';
import type { InvocationMocks, TestCase, TestSuite } from './model.ts';
import { parseCase } from './schema.ts';
import { MOCK_MACHINE } from './runner.ts';

export const MOCK_CONFIG_FILE = 'MockConfigFile.json';

export interface SuiteFile {
  /** A file name (no folder). */
  name: string;
  content: JsonValue;
}

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** A file name for a case: its position and a slug of its name (`03-card-declined.json`). */
export function caseFileName(index: number, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${String(index + 1).padStart(2, '0')}-${slug || 'test'}.json`;
}

/** The suite's MockConfigFile: test case = case name, a response per (case, state) named `case: state`. */
export function suiteMockConfig(suite: TestSuite, machine = MOCK_MACHINE): MockConfigFile {
  const testCases: Record<string, Record<string, string>> = {};
  const responses: Record<string, InvocationMocks> = {};
  for (const c of suite.cases) {
    const mapping: Record<string, string> = {};
    for (const [state, calls] of Object.entries(c.mocks)) {
      let key = `${c.name}: ${state}`;
      for (let i = 2; Object.prototype.hasOwnProperty.call(responses, key); i++) key = `${c.name}: ${state} (${i})`;
      responses[key] = calls;
      mapping[state] = key;
    }
    testCases[c.name] = mapping;
  }
  return { StateMachines: { [machine]: { TestCases: testCases } }, MockedResponses: responses };
}

/** The case files and the MockConfigFile of a suite. */
export function exportSuite(definition: StateMachineDefinition, suite: TestSuite): SuiteFile[] {
  const files: SuiteFile[] = suite.cases.map((c, i) => ({
    name: caseFileName(i, c.name),
    content: {
      name: c.name,
      definition: definition as unknown as JsonValue,
      input: c.input,
      mockConfigFile: MOCK_CONFIG_FILE,
      stateMachine: MOCK_MACHINE,
      testCase: c.name,
      expected: c.expect as unknown as JsonValue,
    },
  }));
  files.push({ name: MOCK_CONFIG_FILE, content: suiteMockConfig(suite) as unknown as JsonValue });
  return files;
}

/** Whether a JSON value is a case file (a definition and an expectation). */
export function isCaseFile(v: unknown): v is Record<string, JsonValue> {
  return isRecord(v) && isRecord(v.definition) && isRecord(v.expected);
}

/** The responses a MockConfigFile's test case maps to, inlined by state name. */
export function inlineMocks(config: MockConfigFile, machine: string, testCase: string): Result<Record<string, InvocationMocks>> {
  const sm = config.StateMachines?.[machine];
  if (!sm || !Object.prototype.hasOwnProperty.call(config.StateMachines, machine)) return { ok: false, message: `the mock config has no state machine '${machine}'` };
  const tc = sm.TestCases && Object.prototype.hasOwnProperty.call(sm.TestCases, testCase) ? sm.TestCases[testCase] : undefined;
  if (!tc) return { ok: false, message: `the mock config has no test case '${testCase}' for state machine '${machine}'` };
  const out: Record<string, InvocationMocks> = {};
  for (const [state, response] of Object.entries(tc)) {
    const calls = config.MockedResponses && Object.prototype.hasOwnProperty.call(config.MockedResponses, response) ? config.MockedResponses[response] : undefined;
    if (!calls) return { ok: false, message: `test case '${testCase}' maps state '${state}' to '${response}', which MockedResponses lacks` };
    out[state] = calls;
  }
  return { ok: true, value: out };
}

/**
 * A case file as a test case and its definition. `loadConfig` reads the MockConfigFile a case names (relative to
 * the case file); an inline `mocks` is used as is.
 */
export function caseFromFile(v: unknown, loadConfig: (name: string) => unknown): Result<{ definition: StateMachineDefinition; testCase: TestCase }> {
  if (!isCaseFile(v)) return { ok: false, message: 'not a test case (needs definition and expected)' };
  const name = typeof v.name === 'string' && v.name.trim() !== '' ? v.name : 'test';
  let mocks: Record<string, InvocationMocks> = {};
  const inline = v.mocks !== undefined;
  if (inline || typeof v.mockConfigFile === 'string') {
    let raw: unknown;
    try {
      raw = inline ? v.mocks : loadConfig(v.mockConfigFile as string);
    } catch (e) {
      return { ok: false, message: `cannot read ${String(v.mockConfigFile)}: ${(e as Error).message}` };
    }
    const checked = parseMockConfig(raw);
    if (!checked.ok) return { ok: false, message: `mock config: ${checked.message}` };
    const machine = typeof v.stateMachine === 'string' ? v.stateMachine : MOCK_MACHINE;
    const testCase = typeof v.testCase === 'string' ? v.testCase : inline ? 'T' : name;
    const m = inlineMocks(checked.file, machine, testCase);
    if (!m.ok) return m;
    mocks = m.value;
  }
  const c = parseCase({ name, input: v.input, mocks, expect: v.expected }, name);
  if (!c.ok) return c;
  return { ok: true, value: { definition: v.definition as unknown as StateMachineDefinition, testCase: c.value } };
}

/** Exported files back into a definition and a suite (case files in file-name order). */
export function importSuite(files: readonly SuiteFile[]): Result<{ definition: StateMachineDefinition; suite: TestSuite }> {
  const byName = new Map(files.map((f) => [f.name, f.content]));
  const cases: TestCase[] = [];
  let definition: StateMachineDefinition | undefined;
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!isCaseFile(f.content)) continue;
    const r = caseFromFile(f.content, (name) => {
      if (!byName.has(name)) throw new Error('no such file among the imported ones');
      return byName.get(name);
    });
    if (!r.ok) return { ok: false, message: `${f.name}: ${r.message}` };
    definition ??= r.value.definition;
    if (cases.some((c) => c.name === r.value.testCase.name)) return { ok: false, message: `${f.name}: two tests are named '${r.value.testCase.name}'` };
    cases.push(r.value.testCase);
  }
  if (!definition) return { ok: false, message: 'none of the files is a test case' };
  return { ok: true, value: { definition, suite: { cases } } };
}
