/**
 * Test suites of a workflow (issue 23): the model and its pure edits (model.ts), checking outside data (schema.ts),
 * running a case on the simulator (runner.ts), comparing with a readable diff (compare.ts), coverage of states and
 * transitions (coverage.ts) and turning a finished run into a case (capture.ts). Pure: imports only src/asl and
 * src/simulator. The stable entry points for other features: `addCase`, `caseFromRun`, `runTestCase`.
 */
export * from './model.ts';
export { parseSuite, parseCase } from './schema.ts';
export { compareExpectation, isSubset, jsonDiff, type Actual, type DiffLine } from './compare.ts';
export { coverageModel, countRun, summarizeCoverage, visitedStates, type CoverageCounts, type CoverageItem, type CoverageModel, type CoverageSummary } from './coverage.ts';
export { runTestCase, caseMockConfig, actualOf, inspectionsOf, MOCK_MACHINE, type CaseResult, type CaseRun } from './runner.ts';
export { caseFromRun, caseFromSnapshot, expectationOf, mocksFromCalls } from './capture.ts';
export { exportSuite, importSuite, caseFromFile, suiteMockConfig, type SuiteFile } from './files.ts';
export { TEMPLATE_SUITES } from './templateSuites.ts';
