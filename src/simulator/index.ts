/** Public API of the simulator (pure: runs in the browser, a Web Worker and Node). */
export { startExecution, step, stepBack, abortExecution, activeThreads, nextState } from './engine.ts';
export { run, simulate, summarize, type RunOptions, type ExecutionResult, type PausedSnapshot } from './run.ts';
export type {
  ExecutionOptions,
  ExecutionSnapshot,
  ExecutionStatus,
  SimulationLimits,
  StateInspection,
  TaskInvoker,
  TaskOutcome,
  TaskRequest,
  Thread,
} from './execution.ts';
export type { HistoryEvent } from './events.ts';
export { eventThread } from './runtime.ts';
export { mockConfigInvoker, handlerInvoker, resultsInvoker, lambdaInvokeResponse, type MockConfigFile, type MockHandler } from './mocks.ts';
export { standardCostUsd, STANDARD_PRICE_PER_TRANSITION_USD } from './cost.ts';
export { AWS_MAX_HISTORY_EVENTS, AWS_MAX_PAYLOAD_BYTES, DEFAULT_MAX_TRANSITIONS } from './limits.ts';
export { StatesError, ERRORS } from './errors.ts';
