/** Auto-layout (ELK in a worker, a fast fallback for huge machines), stability, and the layout sidecar. */
export type { Box, Direction, EdgeLayout, LayoutEngineKind, LayoutOptions, LayoutResult, Point, Size } from './types.ts';
export { layoutGraph, DEFAULT_FAST_THRESHOLD } from './layoutGraph.ts';
export { createLayoutEngine, LayoutSupersededError, type LayoutEngine, type LayoutEngineOptions } from './engine.ts';
export type { PortableLayoutOptions } from './protocol.ts';
export {
  applySidecar,
  emptySidecar,
  migrateSidecar,
  removeFromSidecar,
  renameInSidecar,
  setSidecarPosition,
  SIDECAR_VERSION,
  type LayoutSidecar,
} from './sidecar.ts';
export { defaultNodeSize, edgeLabelSize, estimateTextWidth, truncateLabel, GROUP_PADDING, MARKER_SIZE } from './sizes.ts';
export { layoutProblems } from './verify.ts';
