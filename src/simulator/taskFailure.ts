/** An error a task reported (mock Throw, handler error, timeout): its cause is the task's own, never rewritten. */
import { StatesError } from './errors.ts';

export class TaskFailure extends StatesError {}
