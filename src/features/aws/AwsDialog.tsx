import { ConnectionForm } from './ConnectionForm.tsx';
import { MachineBrowser } from './MachineBrowser.tsx';
import { RunPanel } from './RunPanel.tsx';
import { SavePanel } from './SavePanel.tsx';
import { useAwsStore } from './awsStore.ts';
import './aws.css';

/** AWS mode (lazy-loaded): connection, browse, save and run, in a non-modal side sheet over the workspace. */
export default function AwsDialog() {
  const connected = useAwsStore((s) => s.status === 'connected');
  const setOpen = useAwsStore((s) => s.setOpen);
  return (
    <div role="dialog" aria-label="AWS connection" className="aws-dialog" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <header className="aws-header">
        <h2>AWS mode</h2>
        <button type="button" onClick={() => setOpen(false)} aria-label="Close AWS panel">
          ×
        </button>
      </header>
      <ConnectionForm />
      {connected && (
        <>
          <MachineBrowser />
          <SavePanel />
          <RunPanel />
        </>
      )}
    </div>
  );
}
