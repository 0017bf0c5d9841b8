/**
 * The one dialog primitive of the app, on the native <dialog> element, rendered in a portal on <body> (never inside
 * the toolbar, whose colours it would inherit):
 * - modal (the default): showModal() puts it in the top layer, makes the page behind inert (focus stays inside) and
 *   closes it on Escape; a dialog opened from a modal dialog stacks above it.
 * - non-modal (`modal={false}`, a side sheet the user works beside): show(), Escape still closes it.
 * Focus moves in (to the element marked `data-autofocus`, else the first focusable one) and returns to the element
 * that had it when the dialog opened, unless `restoreFocus()` says the dialog's action has put it somewhere itself.
 */
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

export interface DialogProps {
  /** The visible heading; it names the dialog. */
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Where it sits: centred (default), or a sheet along the left or right edge. */
  placement?: 'center' | 'start' | 'end';
  modal?: boolean;
  /** The accessible name, when it differs from the heading. */
  label?: string;
  /** Accessible name of the close button (default "Close"). */
  closeLabel?: string;
  /** Called when the dialog goes away: false keeps the focus where the dialog's action put it. */
  restoreFocus?: () => boolean;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab past the last focusable element comes back to the first, Shift+Tab the other way (the browser would leave). */
function trapTab(dialog: HTMLElement, e: KeyboardEvent<HTMLElement>): void {
  const all = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = all[0];
  const last = all[all.length - 1];
  const active = document.activeElement;
  const target = e.shiftKey ? (active === first || active === dialog ? last : undefined) : active === last ? first : undefined;
  if (!target) return;
  e.preventDefault();
  target.focus();
}

export function Dialog({ title, label, onClose, children, className, placement = 'center', modal = true, closeLabel = 'Close', restoreFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The latest callbacks, for the effect's cleanup and handlers (the owner passes new closures each render).
  const close = useRef(onClose);
  const restore = useRef(restoreFocus);
  useLayoutEffect(() => {
    close.current = onClose;
    restore.current = restoreFocus;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (modal) dialog.showModal();
    else dialog.show();
    // React's autoFocus runs before showModal, which then focuses the first focusable element: focus the marked one.
    const marked = dialog.querySelector<HTMLElement>('[data-autofocus]');
    if (marked) marked.focus();
    else if (!modal) dialog.querySelector<HTMLElement>('button, input, select, textarea, [tabindex]')?.focus();
    return () => {
      dialog.close();
      if ((restore.current?.() ?? true) && opener?.isConnected) opener.focus();
    };
  }, [modal]);
  return createPortal(
    <dialog
      ref={ref}
      className={`ui-dialog ui-dialog-${placement}${className ? ` ${className}` : ''}`}
      aria-labelledby={label ? undefined : titleId}
      aria-label={label}
      onCancel={(e) => {
        // A dialog stacked on this one (a portal in React's tree) sends its cancel event here too: not ours.
        if (e.target !== ref.current) return;
        // The element closes itself on Escape; the owner's state decides instead (and unmounts it).
        e.preventDefault();
        close.current();
      }}
      onKeyDown={(e) => {
        // Keys from a dialog stacked on this one reach it through React's tree (portals): they are not ours.
        if (!(e.target instanceof Node) || !ref.current?.contains(e.target)) return;
        // A non-modal dialog gets no cancel event: Escape closes it here.
        if (!modal && e.key === 'Escape') {
          e.stopPropagation();
          close.current();
        }
        if (modal && e.key === 'Tab' && ref.current) trapTab(ref.current, e);
      }}
    >
      <header className="ui-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="ui-dialog-close" onClick={() => close.current()} aria-label={closeLabel}>
          ✕
        </button>
      </header>
      {children}
    </dialog>,
    document.body,
  );
}
