import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Group, Panel, Separator, useGroupRef, type Layout, type LayoutChangedMeta, type PanelSize } from 'react-resizable-panels';
import { useShallow } from 'zustand/react/shallow';
import { Canvas } from '../features/canvas/Canvas.tsx';
import { CodeEditor } from '../features/editor/CodeEditor.tsx';
import { Palette } from '../features/palette/Palette.tsx';
import { useA11yUi } from '../features/a11y/focus.ts';
import { PaneBoundary } from '../ui/PaneBoundary.tsx';
import { PANE_LIMITS, paneSize, usePanes } from './panes.ts';
import { PaneSlot, usePaneHost } from './PaneSlot.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ViewBar } from './ViewBar.tsx';

const IDS = { palette: 'pane-palette', canvas: 'pane-canvas', editor: 'pane-editor', side: 'pane-side' } as const;

/**
 * The pixels the panels share: the group's width less its separators' (the layout's percentages are of this; of the
 * whole group's width, a remembered 580 px editor came back 5 px wider after a reload).
 */
function panelSpace(group: HTMLElement | null): number {
  if (!group) return 0;
  let space = group.getBoundingClientRect().width;
  for (const child of group.children) if (child.classList.contains('pane-separator')) space -= child.getBoundingClientRect().width;
  return space;
}

/**
 * The panes between the toolbar and the bottom of the window, in resizable panels (drag a separator, or focus it and
 * use the arrow keys; Enter collapses the pane before it). The view (Design, Code, Split) decides which panes are in
 * the group; the palette and the side panel collapse; the sizes the user sets are remembered.
 */
export function Workspace() {
  const hosts = {
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
  const groupRef = useGroupRef();
  const group = useRef<HTMLDivElement>(null);
  // The default sizes follow the window's width when the group is built (on load and on a change of view).
  const width = typeof window === 'undefined' ? 1440 : window.innerWidth;
  const px = (pane: Parameters<typeof paneSize>[1]) => paneSize(usePanes.getState().sizes, pane, width);

  /**
   * Give a pane a width (0 collapses it); the canvas (the editor in the Code view) gives or takes the difference,
   * not the pane's neighbour: opening the simulation must not squeeze the code editor.
   */
  const setWidth = (id: string, width: number) => {
    const g = groupRef.current;
    const total = panelSpace(group.current);
    if (!g || total <= 0) return;
    const layout = g.getLayout();
    const flex = layout[IDS.canvas] !== undefined ? IDS.canvas : IDS.editor;
    const want = (width / total) * 100;
    const rest = (layout[flex] ?? 0) - (want - (layout[id] ?? 0));
    const flexMin = ((flex === IDS.canvas ? PANE_LIMITS.canvas.min : PANE_LIMITS.editor.min) / total) * 100;
    // Too little room left: let the library share the change out within the panels' limits.
    g.setLayout(rest >= flexMin ? { ...layout, [id]: want, [flex]: rest } : { ...layout, [id]: want });
  };
  const shownWidth = (id: string) => ((groupRef.current?.getLayout()[id] ?? 0) * panelSpace(group.current)) / 100;

  // The store says whether the palette and the side panel are open; the panels follow it (and tell it when a drag
  // collapses or opens them, in onResize below).
  useEffect(() => {
    if (mode === 'code') return;
    const shown = shownWidth(IDS.palette) > 0;
    if (paletteOpen !== shown) setWidth(IDS.palette, paletteOpen ? px('palette') : 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paletteOpen, mode]);
  useEffect(() => {
    const shown = shownWidth(IDS.side);
    // Each side view has its own width (the simulation's tables want more room than the inspector's form).
    const want = sideOpen ? px(tab) : 0;
    if (Math.abs(shown - want) > 1) setWidth(IDS.side, want);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sideOpen, tab, mode]);
  // A side view asked for from elsewhere (F5 runs, Enter on a node edits) opens a collapsed side panel.
  useEffect(() => {
    if (sideAsked > 0) usePanes.getState().setSideOpen(true);
  }, [sideAsked]);

  const onPaletteResize = (size: PanelSize) => {
    const open = size.inPixels > 0;
    if (open !== usePanes.getState().paletteOpen) usePanes.getState().setPaletteOpen(open);
  };
  const onSideResize = (size: PanelSize) => {
    const open = size.inPixels > 0;
    if (open !== usePanes.getState().sideOpen) usePanes.getState().setSideOpen(open);
  };
  /** Remember the sizes the user sets (not those the window's width or a change of view gives). */
  const onLayoutChanged = (layout: Layout, meta: LayoutChangedMeta) => {
    const total = panelSpace(group.current);
    if (!meta.isUserInteraction || total <= 0) return;
    const at = (id: string) => ((layout[id] ?? 0) * total) / 100;
    const { setSize } = usePanes.getState();
    if (at(IDS.palette) > 0) setSize('palette', at(IDS.palette));
    if (mode === 'split' && at(IDS.editor) > 0) setSize('editor', at(IDS.editor));
    if (at(IDS.side) > 0) setSize(useA11yUi.getState().sideTab, at(IDS.side));
  };

  return (
    <main className="workspace-area">
      <ViewBar />
      <Group key={mode} id="workspace" className="workspace" orientation="horizontal" elementRef={group} groupRef={groupRef} onLayoutChanged={onLayoutChanged}>
        {mode !== 'code' && (
          <>
            <Panel
              id={IDS.palette}
              collapsible
              collapsedSize={0}
              minSize={PANE_LIMITS.palette.min}
              maxSize={PANE_LIMITS.palette.max}
              defaultSize={paletteOpen ? px('palette') : 0}
              groupResizeBehavior="preserve-pixel-size"
              onResize={onPaletteResize}
            >
              <PaneSlot host={hosts.palette} hidden={!paletteOpen} />
            </Panel>
            <Separator className="pane-separator" aria-label="Resize the palette" />
            <Panel id={IDS.canvas} minSize={PANE_LIMITS.canvas.min}>
              <PaneSlot host={hosts.canvas} />
            </Panel>
          </>
        )}
        {mode === 'split' && <Separator className="pane-separator" aria-label="Resize the code editor" />}
        {mode !== 'design' && (
          <Panel
            id={IDS.editor}
            minSize={PANE_LIMITS.editor.min}
            defaultSize={mode === 'split' ? px('editor') : undefined}
            groupResizeBehavior={mode === 'split' ? 'preserve-pixel-size' : 'preserve-relative-size'}
          >
            <PaneSlot host={hosts.editor} />
          </Panel>
        )}
        <Separator className="pane-separator" aria-label="Resize the side panel" />
        <Panel
          id={IDS.side}
          collapsible
          collapsedSize={0}
          minSize={PANE_LIMITS.side.min}
          maxSize="60%"
          defaultSize={sideOpen ? px(tab) : 0}
          groupResizeBehavior="preserve-pixel-size"
          onResize={onSideResize}
        >
          <PaneSlot host={hosts.side} hidden={!sideOpen} />
        </Panel>
      </Group>
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
