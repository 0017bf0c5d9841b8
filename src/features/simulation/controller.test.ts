/**
 * The simulation controller owns its engine worker and the id of the open workflow: two controllers (each with
 * its own app store and simulation view) share neither; opening another workflow ends only its own run.
 */
import { describe, expect, it } from 'vitest';
import { createSimulationView } from '../../store/slices/simulation.ts';
import { createAppStore } from '../../store/store.ts';
import type { EngineRequest } from './protocol.ts';
import { createSimulationController } from './controller.ts';

interface FakeWorker {
  posted: EngineRequest[];
  terminated: boolean;
}

function setup(workflowId: string) {
  const app = createAppStore();
  app.getState().loadText(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }));
  const simView = createSimulationView(app);
  const workers: FakeWorker[] = [];
  const opened: ((id: string) => void)[] = [];
  const createWorker = () => {
    const w: FakeWorker = { posted: [], terminated: false };
    workers.push(w);
    return {
      postMessage: (m: EngineRequest) => w.posted.push(m),
      terminate: () => {
        w.terminated = true;
      },
      addEventListener: () => {},
    } as unknown as Worker;
  };
  const workflows = {
    currentId: () => workflowId,
    onWorkflowOpened: (listener: (id: string) => void) => {
      opened.push(listener);
      return () => {};
    },
  };
  const controller = createSimulationController({ app, simView, createWorker, workflows });
  return { controller, simView, workers, open: (id: string) => opened.forEach((l) => l(id)) };
}

describe('simulation controller', () => {
  it('starts its own worker on Run, with its own breakpoints', () => {
    const a = setup('w1');
    const b = setup('w2');
    a.simView.getState().toggleBreakpoint('A');
    a.controller.run();
    expect(a.workers).toHaveLength(1);
    expect(a.workers[0]!.posted.map((m) => m.type)).toEqual(['start', 'run']);
    expect(a.workers[0]!.posted[1]).toMatchObject({ type: 'run', breakpoints: ['A'] });
    expect(b.workers).toHaveLength(0);
  });

  it('ends its run when another workflow opens, not when the same one reopens', () => {
    const a = setup('w1');
    const b = setup('w1');
    a.controller.run();
    b.controller.run();
    a.simView.getState().setView({ active: true, nodeStatus: { A: 'succeeded' } });
    a.open('w1');
    expect(a.workers[0]!.terminated).toBe(false);
    a.open('w2');
    expect(a.workers[0]!.terminated).toBe(true);
    expect(a.simView.getState().active).toBe(false);
    expect(b.workers[0]!.terminated).toBe(false);
  });
});
