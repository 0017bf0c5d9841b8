/**
 * The simulation panel (lazy-loaded): controls, summary and legend, then tabs for the input, the mocks, the
 * event history, the state runs, the data flow of one run and the mocks' log. Progress and errors are announced
 * in a polite live region.
 */
import { useState, type ReactNode } from 'react';
import { useAppStore } from '../../store/store.ts';
import { PaneBoundary } from '../../ui/PaneBoundary.tsx';
import { Controls } from './Controls.tsx';
import { DataFlowView } from './DataFlowView.tsx';
import { HistoryView, LogView } from './HistoryView.tsx';
import { InputPanel } from './InputPanel.tsx';
import { MocksPanel } from './MocksPanel.tsx';
import { RunsView } from './RunsView.tsx';
import { StepDetails } from './StepDetails.tsx';
import { useSession } from './session.ts';
import { Legend, Summary } from './Summary.tsx';
import './simulation.css';

const TABS = ['Input', 'Mocks', 'Step details', 'History', 'State runs', 'Data flow', 'Log'] as const;
type Tab = (typeof TABS)[number];

/** `banner`: shown under the title (the app passes AWS mode's imported-run bar; features do not import each other in circles). */
export default function SimulationPanel({ banner }: { banner?: ReactNode }) {
  const [tab, setTab] = useState<Tab>('Input');
  const announcement = useSession((s) => s.announcement);
  // After a run (or while paused), selecting a state that ran on the canvas shows its step details.
  const selectedId = useAppStore((s) => s.ui.selectedId);
  const ran = useSession((s) => selectedId !== undefined && s.runs.some((r) => r.id === selectedId));
  const [seen, setSeen] = useState(selectedId);
  if (seen !== selectedId) {
    setSeen(selectedId);
    if (ran) setTab('Step details');
  }
  return (
    <section className="simulation-panel" aria-label="Simulation">
      <h2>Simulation</h2>
      {banner}
      <PaneBoundary name="Run controls">
        <Controls />
      </PaneBoundary>
      <div className="sim-live" role="status" aria-live="polite">
        {announcement}
      </div>
      <PaneBoundary name="Summary">
        <Summary />
        <Legend />
      </PaneBoundary>
      <div className="side-tabs" role="tablist" aria-label="Simulation views">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
            {t}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab} className="sim-tabpanel">
        <PaneBoundary key={tab} name={tab}>
          {tab === 'Input' && <InputPanel />}
          {tab === 'Mocks' && <MocksPanel />}
          {tab === 'Step details' && <StepDetails />}
          {tab === 'History' && <HistoryView />}
          {tab === 'State runs' && <RunsView onOpen={() => setTab('Data flow')} />}
          {tab === 'Data flow' && <DataFlowView />}
          {tab === 'Log' && <LogView />}
        </PaneBoundary>
      </div>
    </section>
  );
}
