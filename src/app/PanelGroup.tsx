/**
 * The panes in resizable panels (react-resizable-panels; a chunk of its own, see Workspace.tsx): drag a separator,
 * or focus it and use the arrow keys; Enter collapses the pane before it. The view (Design, Code, Split) decides
 * which panes are in the group; the palette and the side panel collapse; the sizes the user sets are remembered.
 */
import { useEffect, useRef } from 'react';
import { Group, Panel, Separator, useGroupRef, type Layout, type LayoutChangedMeta, type PanelSize } from 'react-resizable-panels';
import { useA11yUi, type SideTab } from '../features/a11y/focus.ts';
import { PANE_IDS as IDS, PANE_LIMITS, usePanes, type PaneHosts, type ViewMode } from './panes.ts';
import { PaneSlot } from './PaneSlot.tsx';

export interface PanelGroupProps {
  hosts: PaneHosts;
  mode: ViewMode;
  paletteOpen: boolean;
  sideOpen: boolean;
  tab: SideTab;
  /** A pane's pixel size for the window's width now (the user's, else the default). */
  px: (pane: 'palette' | 'editor' | SideTab) => number;
}

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

export default function PanelGroup({ hosts, mode, paletteOpen, sideOpen, tab, px }: PanelGroupProps) {
  const groupRef = useGroupRef();
  const group = useRef<HTMLDivElement>(null);

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
  );
}
