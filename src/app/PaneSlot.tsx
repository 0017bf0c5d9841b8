import { useLayoutEffect, useRef, useState } from 'react';

/**
 * A pane's content is rendered once, through a portal, into a host element of its own; the host is moved into the
 * slot of whichever panel shows the pane. Switching views (Design, Code, Split) then rebuilds the panel group without
 * remounting the canvas, the code editor or the side panel (they keep their state, Monaco its undo stack and cursor).
 * A pane that no view shows is detached from the document.
 */
export function usePaneHost(name: string): HTMLDivElement {
  const [host] = useState(() => {
    const el = document.createElement('div');
    el.className = 'pane-host';
    el.dataset.pane = name;
    return el;
  });
  return host;
}

/**
 * What had focus in a host as its slot let it go, for the slot that takes it over in the same commit (the resizable
 * panels arriving after the first screen, a change of view): a node moved in the document loses focus, and F6 then
 * started over from the palette. React runs a removed slot's cleanup (mutation phase) before a new slot's layout
 * effect (layout phase) of the same commit; a host no slot takes forgets it after that commit (a microtask).
 */
const handedOver = new WeakMap<HTMLElement, HTMLElement>();

export function PaneSlot({ host, hidden = false }: { host: HTMLElement; hidden?: boolean }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    slot.current?.appendChild(host);
    const focused = handedOver.get(host);
    handedOver.delete(host);
    const active = document.activeElement;
    if (focused?.isConnected && host.contains(focused) && (!active || active === document.body)) focused.focus({ preventScroll: true });
    return () => {
      const now = document.activeElement;
      if (now instanceof HTMLElement && host.contains(now)) {
        handedOver.set(host, now);
        queueMicrotask(() => handedOver.delete(host));
      }
      host.remove();
    };
  }, [host]);
  // A collapsed pane is hidden too: its controls leave the tab order and the accessibility tree.
  return <div ref={slot} className="pane-slot" hidden={hidden} />;
}
