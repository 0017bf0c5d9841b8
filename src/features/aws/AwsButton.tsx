import { lazy, Suspense } from 'react';
import { Dialog } from '../../ui/Dialog.tsx';
import { useAwsStore } from './awsStore.ts';

/** Loaded on first use: the AWS panel and the SDK are not in the initial bundle. */
const AwsDialog = lazy(() => import('./AwsDialog.tsx'));

const LABEL = { disconnected: 'AWS: off', testing: 'AWS: connecting…', connected: 'AWS: connected', failed: 'AWS: failed' } as const;

/** The toolbar's AWS mode button: shows the connection status and opens the AWS panel. */
export function AwsButton() {
  const status = useAwsStore((s) => s.status);
  const open = useAwsStore((s) => s.open);
  const setOpen = useAwsStore((s) => s.setOpen);
  return (
    <>
      <button type="button" className="aws-button" data-aws-status={status} aria-expanded={open} onClick={() => setOpen(!open)} title="AWS mode: browse, save and run state machines in your account">
        {LABEL[status]}
      </button>
      {open && (
        <Suspense
          fallback={
            <Dialog title="AWS mode" label="AWS connection" onClose={() => setOpen(false)} className="aws-dialog" placement="start" modal={false} closeLabel="Close AWS panel">
              <p>Loading AWS mode…</p>
            </Dialog>
          }
        >
          <AwsDialog />
        </Suspense>
      )}
    </>
  );
}
