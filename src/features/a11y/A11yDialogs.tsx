import { lazy, Suspense } from 'react';
import { useA11yUi } from './a11yStore.ts';
import './a11y.css';

/** Loaded on first use: neither dialog is in the initial bundle. */
const ShortcutSheet = lazy(() => import('./ShortcutSheet.tsx'));
const ConnectDialog = lazy(() => import('./ConnectDialog.tsx'));

/** The keyboard dialogs: the shortcut sheet (`?`) and "Connect to…" (`C` on a state). */
export function A11yDialogs() {
  const dialog = useA11yUi((s) => s.dialog);
  if (!dialog) return null;
  return (
    <Suspense fallback={null}>
      {dialog.kind === 'shortcuts' ? <ShortcutSheet /> : <ConnectDialog key={dialog.source} source={dialog.source} />}
    </Suspense>
  );
}
