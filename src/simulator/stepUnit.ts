/**
 * Step and Step back by the same unit: one state. An engine step can stop in the middle of a state — a Wait, or a
 * Task that takes virtual time, inside a Parallel branch or a Map iteration is entered in one step and completed
 * in a later one (`nextState(...).resuming`). Step goes on until no state is left half-done; Step back goes back
 * over the same stops, so each lands where the other started.
 */
import { nextState, step, stepBack } from './engine.ts';
import type { ExecutionSnapshot } from './execution.ts';

const midState = (s: ExecutionSnapshot) => s.status === 'RUNNING' && nextState(s)?.resuming === true;

/** Run one state (the engine steps up to the next stop that is not in the middle of a state). */
export async function stepState(s: ExecutionSnapshot, limit = 10_000): Promise<ExecutionSnapshot> {
  let next = await step(s);
  for (let n = 0; n < limit && midState(next); n++) next = await step(next);
  return next;
}

/** Go back one state: to the previous stop that is not in the middle of a state (or the start). */
export function stepBackState(s: ExecutionSnapshot): ExecutionSnapshot {
  let back = stepBack(s);
  while (back.previous && midState(back)) back = stepBack(back);
  return back;
}
