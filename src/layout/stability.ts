import type { StateGraph } from '../asl/graph.ts';
import type { Direction, LayoutResult } from './types.ts';
export function stabilize(_g: StateGraph, fresh: LayoutResult, _p: LayoutResult, _d: Direction): LayoutResult { return fresh; }
