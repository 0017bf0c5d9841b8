/** The keyboard dialogs' modal: the app's dialog primitive, closed through the keyboard-dialog store. */
import type { ReactNode } from 'react';
import { Dialog as UiDialog } from '../../ui/Dialog.tsx';
import { useA11yUi } from './focus.ts';

/** Focus returns to where it was when the dialog opened, unless the dialog's action put it somewhere on purpose. */
export function Dialog({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const close = useA11yUi((s) => s.closeDialog);
  return (
    <UiDialog title={title} className={`a11y-dialog${className ? ` ${className}` : ''}`} onClose={() => close()} restoreFocus={() => !useA11yUi.getState().focusHandled}>
      {children}
    </UiDialog>
  );
}
