import { useMemo } from 'react';
import type { StateGraph } from '../../asl/index.ts';
import type { Direction } from '../../store/store.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { naiveLayout } from './naiveLayout.ts';

/** The layout of the current graph. */
export function useCanvasLayout(graph: StateGraph, _direction: Direction): CanvasLayout {
  return useMemo(() => naiveLayout(graph), [graph]);
}
