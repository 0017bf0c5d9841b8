/** The modal primitive of the keyboard dialogs. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useA11yUi } from './focus.ts';

/**
 * A modal dialog on the native <dialog> (focus moves in, the page behind is inert, Escape closes); focus returns
 * to where it was when it opened, unless the dialog's action put it somewhere on purpose.
 */
export function Dialog({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useA11yUi((s) => s.closeDialog);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // React's autoFocus runs before showModal, which then focuses the first button: focus the marked field again.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.close();
      // Unless the dialog's action puts the focus somewhere itself (Go to state focuses the node it went to).
      if (!useA11yUi.getState().focusHandled && opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`a11y-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby="a11y-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <header className="a11y-dialog-header">
        <h2 id="a11y-dialog-title">{title}</h2>
        <button type="button" onClick={() => close()} aria-label="Close">
          ✕
        </button>
      </header>
      {children}
    </dialog>
  );
}

