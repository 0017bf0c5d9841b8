/**
 * What the local endpoint keeps: state machines (with their tags) and executions (a finished one with its whole
 * history). The service holds everything in memory and writes through an `ExecutionStore`: `memoryStore` keeps
 * nothing else (the default), `fileStore` (fileStore.ts, `--data DIR`) writes each record to disk so that
 * machines and finished executions survive a restart or a kill.
 */
import type { HistoryEvent } from '../simulator/events.ts';

export type MachineType = 'STANDARD' | 'EXPRESS';
export type Status = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface Tag {
  key: string;
  value: string;
}

export interface MachineRecord {
  arn: string;
  name: string;
  type: MachineType;
  /** The definition text as the client sent it (DescribeStateMachine returns it unchanged). */
  definition: string;
  roleArn: string;
  /** ms since epoch. */
  creationDate: number;
  updateDate?: number;
  revisionId: string;
  description?: string;
  loggingConfiguration: Record<string, unknown>;
  tracingConfiguration: { enabled: boolean };
  tags: Tag[];
  /** Published versions, oldest first (PublishStateMachineVersion, or `publish: true`); kept with the machine. */
  versions?: VersionRecord[];
  /** The number the next version gets (numbers are never reused, even after a delete). */
  nextVersion?: number;
  aliases?: AliasRecord[];
}

/** An immutable snapshot of a machine's revision, `<machine ARN>:<number>`. */
export interface VersionRecord {
  number: number;
  definition: string;
  roleArn: string;
  revisionId: string;
  description?: string;
  creationDate: number;
}

/** `<machine ARN>:<name>`: routes executions to one version or splits them between two by weight. */
export interface AliasRecord {
  name: string;
  description?: string;
  routing: { stateMachineVersionArn: string; weight: number }[];
  creationDate: number;
  updateDate?: number;
}

export interface ExecutionRecord {
  arn: string;
  name: string;
  machineArn: string;
  /** The machine as it was when the execution started (DescribeStateMachineForExecution). */
  definition: string;
  roleArn: string;
  machineRevisionId: string;
  machineUpdateDate: number;
  /** The version that ran, when started through a version or an alias ARN. */
  versionArn?: string;
  aliasArn?: string;
  /** A MockConfigFile test case (`stateMachineArn#TestCase`). */
  testCase?: string;
  status: Status;
  startDate: number;
  stopDate?: number;
  /** The input text as sent. */
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  /** Present once the execution has ended (a running one's history lives with its runner). */
  events?: HistoryEvent[];
}

export interface ExecutionStore {
  /** Everything stored, to fill the service's memory at start-up. */
  load(): { machines: MachineRecord[]; executions: ExecutionRecord[] };
  putMachine(m: MachineRecord): void;
  deleteMachine(arn: string): void;
  putExecution(e: ExecutionRecord): void;
  /** Where it stores (for the start-up line). */
  readonly description: string;
}

/** The default store: nothing outlives the process. */
export function memoryStore(): ExecutionStore {
  return {
    description: 'in memory (nothing is kept after the server stops)',
    load: () => ({ machines: [], executions: [] }),
    putMachine: () => undefined,
    deleteMachine: () => undefined,
    putExecution: () => undefined,
  };
}
