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

export function PaneSlot({ host, hidden = false }: { host: HTMLElement; hidden?: boolean }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    slot.current?.appendChild(host);
    return () => host.remove();
  }, [host]);
  // A collapsed pane is hidden too: its controls leave the tab order and the accessibility tree.
  return <div ref={slot} className="pane-slot" hidden={hidden} />;
}
