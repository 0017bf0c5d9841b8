/** Step details' events of one state in one Map iteration, from a real simulated run (see StepDetails.tsx). */
import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { threadOf } from '../../asl/ids.ts';
import type { TaskInvoker } from '../../simulator/execution.ts';
import { eventThread, simulate, type HistoryEvent } from '../../simulator/index.ts';
import { eventStates, stepEventIndices } from './eventFilter.ts';
import { mapOfRetriedCall } from '../../testing/machines.ts';

const def = mapOfRetriedCall('M', 'Call') as StateMachineDefinition;

/** Item 2 fails twice, then succeeds; items 1 and 3 succeed at once. */
const invoker = (): TaskInvoker => {
  let fails = 2;
  return (req) => (req.input === 2 && fails-- > 0 ? { error: 'Flaky', cause: 'again' } : { output: req.input });
};

async function details() {
  const r = await simulate(def, { input: [1, 2, 3], invoker: invoker() });
  const s = r.snapshot;
  // As the engine session sends them: plain JSON events, and the threads beside them.
  const recorded = [...s.events.view(s.eventCount)];
  const events = JSON.parse(JSON.stringify(recorded)) as HistoryEvent[];
  const threads = recorded.map((e) => eventThread(e) ?? '');
  const names = eventStates(events, threads);
  const runs = [...s.inspections.view(s.inspectionCount)].map((x) => ({ ...x, thread: threadOf(x.path, x.stateName) }));
  return (thread: string, withThreads = true) => {
    const attempts = runs.filter((x) => x.stateName === 'Call' && x.thread === thread);
    const step = { stateName: 'Call', thread, from: attempts[0]!.enteredAt, to: attempts[attempts.length - 1]!.exitedAt! };
    const ths = withThreads ? threads : [];
    const types = stepEventIndices(events, ths, withThreads ? names : eventStates(events), step).map((i) => events[i]!.type);
    return { retries: attempts.length - 1, types };
  };
}

const count = (types: string[], t: string) => types.filter((x) => x === t).length;

describe('step details of a state in one Map iteration', () => {
  it('shows the retries and events of the iteration that retried, and none in the others', async () => {
    const of = await details();
    const second = of('M/1');
    expect(second.retries).toBe(2);
    expect(count(second.types, 'TaskFailed')).toBe(2);
    expect(count(second.types, 'TaskScheduled')).toBe(3);
    expect(count(second.types, 'TaskStateEntered')).toBe(1);
    for (const t of ['M/0', 'M/2']) {
      const other = of(t);
      expect(other.retries).toBe(0);
      expect(other.types).toEqual(['TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited']);
    }
  });

  it('by name and time alone (an AWS history, no threads), concurrent iterations would mix', async () => {
    const of = await details();
    // The control for the test above: without threads the first iteration's window takes its siblings' events.
    expect(count(of('M/0', false).types, 'TaskScheduled')).toBeGreaterThan(1);
  });
});
