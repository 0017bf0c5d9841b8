/**
 * Checking a workflow record read back from IndexedDB before it is opened: another version of the app, another
 * tab or a hand-edited database may have stored anything. The layout is repaired rather than refused (migrateSidecar
 * drops positions that are not finite or out of range, which once hung every start); anything else that is wrong
 * makes the record unopenable, with the reason. Hand-written: a handful of fields on the start-up path.
 */
import type { WorkflowRecord } from './db.ts';
import { isRecord } from '../asl/values.ts';

const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** What makes a stored record unopenable, or undefined. */
export function recordProblem(v: unknown): string | undefined {
  if (!isRecord(v)) return 'the stored entry is not a workflow record';
  if (typeof v.id !== 'string' || v.id === '') return 'it has no id';
  if (typeof v.name !== 'string') return 'its name is not text';
  if (typeof v.text !== 'string') return 'its definition is not text';
  if (v.format !== 'json' && v.format !== 'yaml') return `its format ${JSON.stringify(v.format)?.slice(0, 20) ?? 'is missing'} is neither json nor yaml`;
  if (!isCount(v.revision)) return 'its revision is not a whole number';
  if (!isTime(v.createdAt) || !isTime(v.updatedAt)) return 'its dates are not numbers';
  if (v.extras !== undefined && !isRecord(v.extras)) return 'its extras (input and mocks) are not an object';
  return undefined;
}

/** The record, typed, when it is openable. */
export function asRecord(v: unknown): { ok: true; record: WorkflowRecord } | { ok: false; message: string } {
  const problem = recordProblem(v);
  return problem ? { ok: false, message: problem } : { ok: true, record: v as WorkflowRecord };
}
