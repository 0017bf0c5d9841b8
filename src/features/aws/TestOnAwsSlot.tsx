import { lazy, Suspense, useState } from 'react';
import { useAwsStore } from './awsStore.ts';

/** Loaded on first use: the panel, the data-flow view and their styles stay out of the initial bundle. */
const TestStatePanel = lazy(() => import('./TestStatePanel.tsx'));

interface Props {
  id: string;
  name: string;
  state: Record<string, unknown>;
}

/** The inspector's "Test on AWS" action for the selected state (enabled while AWS mode is connected). */
export function TestOnAwsSlot({ id, name, state }: Props) {
  const connected = useAwsStore((s) => s.status === 'connected');
  const [open, setOpen] = useState(false);
  return (
    <div className="insp-aws-test">
      <button
        type="button"
        disabled={!connected}
        aria-expanded={open && connected}
        onClick={() => setOpen(!open)}
        title={connected ? 'Run this state alone on AWS (TestState, inspection level DEBUG)' : 'Connect AWS mode (toolbar) to test this state on AWS'}
      >
        Test on AWS
      </button>
      {open && connected && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <TestStatePanel id={id} name={name} state={state} />
        </Suspense>
      )}
    </div>
  );
}
