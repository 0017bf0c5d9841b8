/**
 * The app's simulation view (the canvas's run colours and breakpoints), made for the app's store `useAppStore`
 * by `createSimulationView` (./slices/simulation.ts). Tests make their own pair: `createSimulationView(createAppStore())`.
 */
import { createSimulationView } from './slices/simulation.ts';
import { useAppStore } from './store.ts';

export type { NodeRunStatus, SimulationView, SimulationViewActions, SimulationViewStore } from './slices/simulation.ts';

export const useSimulationView = createSimulationView(useAppStore);
