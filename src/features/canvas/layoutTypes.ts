/** The shape of a computed layout, as the canvas consumes it (produced by src/layout). */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasLayout {
  /** Positions relative to the parent group (React Flow's convention for child nodes). */
  nodes: Record<string, NodeBox>;
  /** Absolute polylines of routed edges. */
  edges: Record<string, { points: { x: number; y: number }[]; labelPos?: { x: number; y: number } }>;
}
