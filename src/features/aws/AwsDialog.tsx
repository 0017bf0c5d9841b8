import { Dialog } from '../../ui/Dialog.tsx';
import { ConnectionForm } from './ConnectionForm.tsx';
import { MachineBrowser } from './MachineBrowser.tsx';
import { RunPanel } from './RunPanel.tsx';
import { SavePanel } from './SavePanel.tsx';
import { useAwsStore } from './awsStore.ts';
import './aws.css';

/** AWS mode (lazy-loaded): connection, browse, save and run, in a non-modal side sheet on the left (the canvas and the Simulation tab it reports to stay in view). */
export default function AwsDialog() {
  const connected = useAwsStore((s) => s.status === 'connected');
  const setOpen = useAwsStore((s) => s.setOpen);
  return (
    <Dialog title="AWS mode" label="AWS connection" onClose={() => setOpen(false)} className="aws-dialog" placement="start" modal={false} closeLabel="Close AWS panel">
      <ConnectionForm />
      {connected && (
        <>
          <MachineBrowser />
          <SavePanel />
          <RunPanel />
        </>
      )}
    </Dialog>
  );
}
