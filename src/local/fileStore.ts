/**
 * `--data DIR`: machines and executions as one JSON file each, written atomically (a temporary file in the same
 * folder, flushed with fsync, then renamed over the old one), so a file is always either the old record or the
 * new one, never half written, and a kill at any moment loses no finished execution.
 *
 * Why files and not SQLite: Node 20 (this package's minimum) has no built-in `node:sqlite` (it came in 22.5),
 * and better-sqlite3 is a native addon that must be compiled or fetched as a prebuilt binary at install time,
 * which breaks `npx asl-studio` on machines without a compiler or without access to its download host. The
 * records are written whole and read once at start-up; there are no queries or partial updates a database would
 * help with. Layout: DIR/state-machines/<name>.json, DIR/executions/<machine>/<execution>.json (names are ARN
 * parts, which cannot contain `/`).
 * An execution still running when the process died is found as RUNNING at start-up; it is marked ABORTED with a
 * cause that says so (nothing can resume it).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecutionRecord, ExecutionStore, MachineRecord } from './store.ts';

let tmpCounter = 0;

/** Writes `text` to `file` atomically: temporary file, fsync, rename. */
export function writeAtomic(file: string, text: string, sync = true): void {
  const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, text);
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** A file name for an ARN part (names never contain `/`; encode the rest that a file system may refuse). */
const fileName = (part: string) => `${encodeURIComponent(part)}.json`;
const lastPart = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);

function readJsonFiles<T>(dir: string): T[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: T[] = [];
  for (const n of names) {
    if (!n.endsWith('.json')) continue;
    try {
      out.push(JSON.parse(readFileSync(join(dir, n), 'utf8')) as T);
    } catch {
      // A file that is not a record (not ours, or damaged outside this program): skip it rather than refuse to start.
    }
  }
  return out;
}

export function fileStore(dir: string): ExecutionStore {
  const machines = join(dir, 'state-machines');
  const executions = join(dir, 'executions');
  mkdirSync(machines, { recursive: true });
  mkdirSync(executions, { recursive: true });
  const executionFile = (e: ExecutionRecord) => {
    // Express execution ARNs end with a UUID; the machine's name is the part before the execution's name.
    const parts = e.arn.split(':');
    const kind = parts[5];
    const machine = parts[6] ?? 'unknown';
    const folder = join(executions, encodeURIComponent(machine));
    mkdirSync(folder, { recursive: true });
    return join(folder, fileName(kind === 'express' ? `${parts[7]}:${parts[8]}` : lastPart(e.arn)));
  };
  return {
    description: `in ${dir}`,
    load() {
      const ms = readJsonFiles<MachineRecord>(machines);
      const es: ExecutionRecord[] = [];
      let folders: string[] = [];
      try {
        folders = readdirSync(executions);
      } catch {
        folders = [];
      }
      for (const f of folders) es.push(...readJsonFiles<ExecutionRecord>(join(executions, f)));
      for (const e of es) {
        if (e.status !== 'RUNNING') continue;
        // It was running when the server stopped without finishing it: record how it ended.
        const stopDate = Date.now();
        e.status = 'ABORTED';
        e.stopDate = stopDate;
        e.error = 'States.Aborted';
        e.cause = 'The asl-studio local server stopped while the execution was running';
        const events = e.events ?? [];
        events.push({ id: events.length + 1, previousEventId: events.length, timestamp: new Date(stopDate).toISOString(), type: 'ExecutionAborted', executionAbortedEventDetails: { error: e.error, cause: e.cause } });
        e.events = events;
        writeAtomic(executionFile(e), JSON.stringify(e));
      }
      return { machines: ms, executions: es };
    },
    putMachine(m) {
      writeAtomic(join(machines, fileName(m.name)), JSON.stringify(m, null, 2));
    },
    deleteMachine(arn) {
      rmSync(join(machines, fileName(lastPart(arn))), { force: true });
    },
    putExecution(e) {
      // The record of a start need not survive a power cut (the execution could not resume anyway): no fsync.
      writeAtomic(executionFile(e), JSON.stringify(e), e.status !== 'RUNNING');
    },
  };
}
