/**
 * The page side of the engine worker: creates it on demand, sends the panel's commands, applies its deltas to the
 * session and to the canvas's simulation slice. Stop terminates the worker at once (a Map of 10,000 items or a
 * hanging step cannot delay it) and marks what was running as aborted; the next Run starts a fresh worker.
 *
 * `createSimulationController` makes one with its own worker and open-workflow id (no module state); the app's is
 * `simulation`. Tests give it their own app store, simulation view, worker and workflow storage.
 */
import type { JsonValue, StateMachineDefinition } from '../../asl/types.ts';
import type { MockSet } from './mockSet.ts';
import { useAppStore, type AppStore } from '../../store/store.ts';
import { useSimulationView, type SimulationViewStore } from '../../store/simulation.ts';
import { abortStatuses, toSliceView } from './runView.ts';
import type { EngineMessage, EngineRequest, Pacing } from './protocol.ts';
import { announce, applyUpdate, EMPTY_SESSION, useSession } from './session.ts';
import { parseInput, runStartTime, SPEEDS, useSimulationSettings } from './settings.ts';
import { workflowStorage } from '../library/workflowStorage.ts';
import { TEST_HOOKS } from '../../ui/testHooks.ts';
export interface SimulationControllerDeps {
  /** The app store whose definition runs. */
  app: AppStore;
  /** Its simulation view (the canvas's run colours and breakpoints). */
  simView: SimulationViewStore;
  /** A new engine worker (a fresh one per run after a Stop). */
  createWorker: () => Worker;
  /** Opening another workflow clears the run. */
  workflows: Pick<typeof workflowStorage, 'currentId' | 'onWorkflowOpened'>;
}

export function createSimulationController({ app, simView, createWorker, workflows }: SimulationControllerDeps) {
  let worker: Worker | null = null;

  function say(announcement: string): void {
    useSession.setState({ announcement });
  }

  /**
   * The engine worker died (an uncaught error, or a fatal message): the run is aborted and says so, the canvas
   * shows the running states as aborted, and the next Run starts a fresh worker. The workflow is never touched.
   */
  function engineCrashed(message: string): void {
    stopWorker();
    useSession.setState({
      status: 'ABORTED',
      running: false,
      pausedAt: undefined,
      error: 'Simulation.EngineCrashed',
      cause: message,
      announcement: `The simulation engine stopped unexpectedly (${message}). The run was aborted; your workflow is unchanged. Press Run to start again.`,
    });
    const view = simView.getState();
    view.setView({ nodeStatus: abortStatuses(view.nodeStatus), currentId: undefined });
  }

  function onMessage(e: MessageEvent<EngineMessage>): void {
    const m = e.data;
    if (m.type === 'fatal') {
      engineCrashed(m.message);
      return;
    }
    const prev = useSession.getState();
    const text = announce(prev, m, (path) => path);
    useSession.setState({ ...applyUpdate(prev, m), ...(text ? { announcement: text } : {}) });
    simView.getState().setView(toSliceView(m.view, app.getState().doc.graph.edges));
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    worker = createWorker();
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      engineCrashed(e.message || 'the engine worker failed');
    });
    return worker;
  }

  function send(req: EngineRequest): void {
    ensureWorker().postMessage(req);
  }

  function pacing(): Pacing {
    const s = SPEEDS[useSimulationSettings.getState().speed];
    return { delayMs: s.delayMs, msPerVirtualSecond: s.msPerVirtualSecond };
  }

  function breakpoints(): string[] {
    return Object.keys(simView.getState().breakpoints);
  }

  /**
   * Start a fresh execution; returns false (and says why) when there is no definition or the input is invalid.
   * `given` runs another input and mock set than the panel's (a test case opened from the Tests panel).
   */
  function start(given?: { input: JsonValue; mocks: MockSet }): boolean {
    const definition = app.getState().doc.definition as StateMachineDefinition | undefined;
    const settings = useSimulationSettings.getState();
    const input = given ? ({ ok: true, value: given.input } as const) : parseInput(settings.inputText);
    if (!definition) {
      say('Cannot run: the definition does not parse');
      return false;
    }
    if (!input.ok) {
      say(`Cannot run: the input is not valid JSON (${input.message})`);
      return false;
    }
    stopWorker();
    useSession.setState({ ...EMPTY_SESSION, announcement: 'Execution started' });
    simView.getState().setView({ stale: false });
    send({
      type: 'start',
      definition,
      input: input.value,
      mocks: given ? given.mocks : settings.mocks,
      stateMachineName: 'SimulatedStateMachine',
      sandboxTimeoutMs: settings.sandboxTimeoutMs,
      startTime: runStartTime(settings.clock),
    });
    return true;
  }

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
  }

  /** Whether a paused execution can go on (Continue/Step) rather than start over. */
  function canContinue(): boolean {
    const s = useSession.getState();
    return worker !== null && s.status === 'RUNNING' && !s.running;
  }

  const controller = {
    canContinue,
    /** Fault injection for browser tests: make the engine worker throw mid-run. */
    crashEngine(): void {
      worker?.postMessage({ type: 'crash' } satisfies EngineRequest);
    },
    run(): void {
      if (!canContinue() && !start()) return;
      send({ type: 'run', breakpoints: breakpoints(), pacing: pacing() });
    },
    /** A fresh run of this input and these mocks (the panel's own input and mocks stay as they are). */
    runWith(given: { input: JsonValue; mocks: MockSet }): void {
      if (!start(given)) return;
      send({ type: 'run', breakpoints: breakpoints(), pacing: pacing() });
    },
    pause(): void {
      send({ type: 'pause' });
    },
    step(): void {
      if (!canContinue() && !start()) return;
      send({ type: 'step' });
    },
    stepBack(): void {
      if (worker) send({ type: 'stepBack' });
    },
    stop(): void {
      const s = useSession.getState();
      if (s.status !== 'RUNNING') return;
      stopWorker();
      const last = s.events[s.events.length - 1];
      const id = s.events.length + 1;
      const aborted = {
        id,
        previousEventId: id - 1,
        timestamp: last?.timestamp ?? new Date(s.now).toISOString(),
        type: 'ExecutionAborted',
        executionAbortedEventDetails: { error: 'States.Aborted', cause: 'Stopped by the user' },
      };
      useSession.setState({
        status: 'ABORTED',
        running: false,
        pausedAt: undefined,
        canStepBack: false,
        error: 'States.Aborted',
        cause: 'Stopped by the user',
        events: [...s.events, aborted],
        announcement: 'Execution aborted',
      });
      const view = simView.getState();
      view.setView({ nodeStatus: abortStatuses(view.nodeStatus), currentId: undefined });
    },
    reset(): void {
      stopWorker();
      useSession.setState({ ...EMPTY_SESSION, announcement: 'Simulation reset' });
      simView.getState().clearRun();
    },
    /** Breakpoints and speed changes reach a running loop at once. */
    syncBreakpoints(): void {
      if (worker) send({ type: 'breakpoints', breakpoints: breakpoints() });
    },
    syncPacing(): void {
      if (worker) send({ type: 'pacing', pacing: pacing() });
    },
  };

  // Breakpoints toggled anywhere (the canvas context menu, F9 on the canvas) reach a running loop at once.
  simView.subscribe((state, prev) => {
    if (state.breakpoints !== prev.breakpoints) controller.syncBreakpoints();
  });

  // Another workflow opened (library, import, share link, template): the last run belonged to the previous one, so
  // the panel and the canvas colours start empty. Reopening the same workflow (a two-tab conflict) keeps the run.
  let openWorkflowId = workflows.currentId();
  workflows.onWorkflowOpened((id) => {
    const changed = openWorkflowId !== undefined && id !== openWorkflowId;
    openWorkflowId = id;
    if (!changed) return;
    stopWorker();
    useSession.setState({ ...EMPTY_SESSION });
    simView.getState().clearRun();
  });
  return controller;
}

/** A controller made by createSimulationController. */
export type SimulationController = ReturnType<typeof createSimulationController>;

/** The app's simulation controller. */
export const simulation = createSimulationController({
  app: useAppStore,
  simView: useSimulationView,
  createWorker: () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
  workflows: workflowStorage,
});

/** Whether the app's paused execution can go on (Continue/Step) rather than start over. */
export function canContinue(): boolean {
  return simulation.canContinue();
}

/** Fault injection for browser tests (instrumented builds only): make the engine worker throw mid-run. */
if (TEST_HOOKS) {
  (globalThis as { __aslStudioSimulation?: object }).__aslStudioSimulation = {
    crashEngine: () => simulation.crashEngine(),
  };
}
