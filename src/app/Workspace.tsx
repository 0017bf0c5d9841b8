import { lazy, Suspense, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { Canvas } from '../features/canvas/Canvas.tsx';
import { CodeEditor } from '../features/editor/CodeEditor.tsx';
import { Palette } from '../features/palette/Palette.tsx';
import { useA11yUi } from '../features/a11y/focus.ts';
import { PaneBoundary } from '../ui/PaneBoundary.tsx';
import { paneSize, usePanes, type PaneHosts } from './panes.ts';
import type { PanelGroupProps } from './PanelGroup.tsx';
import { PaneSlot, usePaneHost } from './PaneSlot.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ViewBar } from './ViewBar.tsx';

/**
 * The resizable panel group (react-resizable-panels) is a chunk of its own, fetched as soon as this module runs:
 * until it is there the panes stand in a plain row of the same widths (StaticPanes), so the first screen does not
 * wait for it. The panes render through portals into their hosts (PaneSlot.tsx), so the swap moves them without
 * remounting the canvas, the code editor or the side panel. Should the chunk fail to load, the plain row stays.
 */
const loadPanelGroup = () => import('./PanelGroup.tsx').catch(() => ({ default: StaticPanes }));
const panelGroup = typeof window === 'undefined' ? undefined : loadPanelGroup();
const PanelGroup = lazy(() => panelGroup ?? loadPanelGroup());

/**
 * The panes between the toolbar and the bottom of the window. The view (Design, Code, Split) decides which panes
 * are shown; the palette and the side panel collapse; the sizes the user sets are remembered (PanelGroup.tsx).
 */
export function Workspace() {
  const hosts: PaneHosts = {
    palette: usePaneHost('palette'),
    canvas: usePaneHost('canvas'),
    editor: usePaneHost('editor'),
    side: usePaneHost('side'),
  };
  const { mode, paletteOpen, sideOpen } = usePanes(
    useShallow((s) => ({ mode: s.mode, paletteOpen: s.paletteOpen, sideOpen: s.sideOpen })),
  );
  const tab = useA11yUi((s) => s.sideTab);
  const sideAsked = useA11yUi((s) => s.sideAsked);
  // The default sizes follow the window's width when the group is built (on load and on a change of view).
  const width = typeof window === 'undefined' ? 1440 : window.innerWidth;
  const px: PanelGroupProps['px'] = (pane) => paneSize(usePanes.getState().sizes, pane, width);

  // A side view asked for from elsewhere (F5 runs, Enter on a node edits) opens a collapsed side panel.
  useEffect(() => {
    if (sideAsked > 0) usePanes.getState().setSideOpen(true);
  }, [sideAsked]);

  const props: PanelGroupProps = { hosts, mode, paletteOpen, sideOpen, tab, px };
  return (
    <main className="workspace-area">
      <ViewBar />
      <Suspense fallback={<StaticPanes {...props} />}>
        <PanelGroup {...props} />
      </Suspense>
      {createPortal(
        <PaneBoundary name="Palette" className="palette">
          <Palette />
        </PaneBoundary>,
        hosts.palette,
      )}
      {createPortal(
        <PaneBoundary name="Canvas" className="canvas">
          <Canvas />
        </PaneBoundary>,
        hosts.canvas,
      )}
      {createPortal(
        <PaneBoundary name="Code editor" className="editor">
          <CodeEditor />
        </PaneBoundary>,
        hosts.editor,
      )}
      {createPortal(<SidePanel />, hosts.side)}
    </main>
  );
}

/**
 * The panes in a plain row at the sizes the panel group starts with, in the same boxes (a panel and its content
 * element); its separators are drawn, not yet draggable.
 */
function StaticPanes({ hosts, mode, paletteOpen, sideOpen, tab, px }: PanelGroupProps) {
  const panel = (host: HTMLDivElement, width: number | undefined, hidden = false) => (
    <div style={{ display: 'flex', flex: width === undefined ? '1 1 0' : `0 0 ${width}px`, overflow: 'visible' }}>
      <div style={{ flexGrow: 1, maxWidth: '100%', maxHeight: '100%', overflow: 'auto' }}>
        <PaneSlot host={host} hidden={hidden} />
      </div>
    </div>
  );
  const separator = <div className="pane-separator" aria-hidden="true" />;
  return (
    <div className="workspace" style={{ display: 'flex', flexDirection: 'row', flexWrap: 'nowrap', width: '100%', height: '100%', overflow: 'hidden' }}>
      {mode !== 'code' && (
        <>
          {panel(hosts.palette, paletteOpen ? px('palette') : 0, !paletteOpen)}
          {separator}
          {panel(hosts.canvas, undefined)}
        </>
      )}
      {mode === 'split' && separator}
      {mode !== 'design' && panel(hosts.editor, mode === 'split' ? px('editor') : undefined)}
      {separator}
      {panel(hosts.side, sideOpen ? px(tab) : 0, !sideOpen)}
    </div>
  );
}
