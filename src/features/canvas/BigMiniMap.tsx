import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { StateGraph } from '../../asl/index.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { minimapFrame, minimapScroll, sameBoxInputs, toFlowPoint, viewportRect, type MiniFrame } from './miniMapGeometry.ts';

const WIDTH = 200;
const HEIGHT = 150;

/** Absolute boxes of the states (not branch groups) from positions relative to parents. */
function absoluteBoxes(graph: StateGraph, layout: CanvasLayout): { x: number; y: number; width: number; height: number; group: boolean }[] {
  const abs = new Map<string, { x: number; y: number }>();
  const at = (id: string): { x: number; y: number } => {
    const known = abs.get(id);
    if (known) return known;
    const own = layout.nodes[id] ?? { x: 0, y: 0 };
    const parent = graph.byId.get(id)?.parentId;
    const base = parent ? at(parent) : { x: 0, y: 0 };
    const p = { x: base.x + own.x, y: base.y + own.y };
    abs.set(id, p);
    return p;
  };
  const out = [];
  for (const n of graph.nodes) {
    const b = layout.nodes[n.id];
    if (!b) continue;
    out.push({ ...at(n.id), width: b.width, height: b.height, group: n.isGroup || n.kind === 'branch' || n.kind === 'processor' });
  }
  return out;
}

type MiniBox = ReturnType<typeof absoluteBoxes>[number];

const boxesOf = new WeakMap<CanvasLayout, { graph: StateGraph; boxes: MiniBox[] }>();

/**
 * The boxes, the same array (so the minimap is not redrawn) while the layout and the graph's nodes stay: an edit of
 * a comment or a field gives a new graph over the same layout, and drawing 6,000 boxes again per keystroke is waste.
 */
function miniBoxes(graph: StateGraph, layout: CanvasLayout): MiniBox[] {
  const known = boxesOf.get(layout);
  if (known && sameBoxInputs(known.graph, graph)) return known.boxes;
  const boxes = absoluteBoxes(graph, layout);
  boxesOf.set(layout, { graph, boxes });
  return boxes;
}

const selectView = (s: ReactFlowState) => `${s.transform[0]},${s.transform[1]},${s.transform[2]},${s.width},${s.height}`;

/**
 * The minimap for big machines: React Flow's MiniMap renders one SVG rect per node, each subscribed to the flow
 * store, and recomputes the bounds of all nodes on every pan frame (at 5,000 states that dominated a frame). This
 * one draws the laid-out boxes once per layout into a canvas; a pan or zoom only moves the viewport mask. Click or
 * drag on it to move the view there; the wheel zooms. A machine far longer than it is wide (or the reverse) is drawn
 * filling the minimap's short side and scrolls with the view (minimapFrame).
 */
export const BigMiniMap = memo(function BigMiniMap({ graph, layout, theme }: { graph: StateGraph; layout: CanvasLayout; theme: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const fillOf = useRef<{ theme: string; fill: string }>(undefined);
  const flow = useReactFlow();
  const boxes = useMemo(() => miniBoxes(graph, layout), [graph, layout]);
  const frame: MiniFrame = useMemo(() => minimapFrame(boxes, WIDTH, HEIGHT), [boxes]);
  const view = useStore(selectView);
  const [tx, ty, zoom, w, h] = view.split(',').map(Number) as [number, number, number, number, number];
  const rect = viewportRect(frame, { x: tx, y: ty, zoom }, w, h);
  // A drawing longer than the minimap can show scrolls with the view (minimapFrame), except while the pointer drags
  // on it: the content then stays put under the pointer, and re-centres on release.
  const [held, setHeld] = useState<{ x: number; y: number }>();
  const scroll = held ?? minimapScroll(frame, rect, WIDTH, HEIGHT);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = Math.ceil(frame.fullWidth * ratio);
    el.height = Math.ceil(frame.fullHeight * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, frame.fullWidth, frame.fullHeight);
    // Read once per theme: getComputedStyle right after a commit forces a style recalculation of the whole page
    // (tens of ms at 1,000 states, in the way of every edit reaching the editor).
    if (fillOf.current?.theme !== theme) {
      const read = getComputedStyle(el).getPropertyValue('--minimap-node').trim();
      fillOf.current = { theme, fill: read || '#7d8795' };
    }
    const { fill } = fillOf.current;
    ctx.fillStyle = fill;
    ctx.strokeStyle = fill;
    for (const b of boxes) {
      const x = (b.x - frame.x) * frame.scale + frame.offsetX;
      const y = (b.y - frame.y) * frame.scale + frame.offsetY;
      const bw = Math.max(1, b.width * frame.scale);
      const bh = Math.max(1, b.height * frame.scale);
      if (b.group) ctx.strokeRect(x, y, bw, bh);
      else ctx.fillRect(x, y, bw, bh);
    }
    // The theme sets the node colour (a CSS variable read above).
  }, [boxes, frame, theme]);

  const moveTo = useCallback(
    (e: React.PointerEvent<HTMLDivElement>, at: { x: number; y: number }) => {
      const r = e.currentTarget.getBoundingClientRect();
      const p = toFlowPoint(frame, e.clientX - r.left + at.x, e.clientY - r.top + at.y);
      void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
    },
    [flow, frame],
  );

  return (
    <Panel position="bottom-right" className="react-flow__minimap big-minimap">
      <div
        role="img"
        aria-label="Minimap"
        style={{ position: 'relative', width: WIDTH, height: HEIGHT, overflow: 'hidden', cursor: 'pointer', touchAction: 'none' }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setHeld(scroll);
          moveTo(e, scroll);
        }}
        onPointerMove={(e) => held && moveTo(e, held)}
        onPointerUp={() => setHeld(undefined)}
        onPointerCancel={() => setHeld(undefined)}
        onWheel={(e) => void (e.deltaY < 0 ? flow.zoomIn() : flow.zoomOut())}
      >
        <canvas
          ref={canvas}
          style={{ width: frame.fullWidth, height: frame.fullHeight, display: 'block', transform: `translate(${-scroll.x}px, ${-scroll.y}px)` }}
        />
        <svg className="react-flow__minimap-svg" width={WIDTH} height={HEIGHT} style={{ position: 'absolute', inset: 0 }} aria-hidden="true">
          <path
            className="react-flow__minimap-mask"
            fillRule="evenodd"
            pointerEvents="none"
            d={`M0,0h${WIDTH}v${HEIGHT}h${-WIDTH}z M${rect.x - scroll.x},${rect.y - scroll.y}h${rect.width}v${rect.height}h${-rect.width}z`}
          />
        </svg>
      </div>
    </Panel>
  );
});
