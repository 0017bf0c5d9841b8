/**
 * A press-and-move that starts on the canvas (a pan, a node drag, a selection box) is the canvas's alone: its
 * pointermove events are marked handled (`preventDefault`, which has no default action on pointermove) before they
 * reach the document. react-resizable-panels listens for pointermove on the document to find the separators under
 * the pointer and skips events already handled; otherwise it measured every separator (getBoundingClientRect, a
 * synchronous style and layout of the page) on each move of a pan, which d7e105c (no resizable panes) did not:
 * input handling per pan frame at 1,000 states 3.57 -> 3.36 ms (scripts/bench/pan-breakdown.ts). A press a pane
 * separator takes (it handles pointerdown first, on the document in the capture phase, and marks it) is left
 * alone, so dragging a separator over the canvas still resizes.
 */
import { useEffect, type RefObject } from 'react';

export function usePanPointer(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let pressed: number | undefined;
    const down = (e: PointerEvent) => {
      pressed = e.defaultPrevented ? undefined : e.pointerId;
    };
    const move = (e: PointerEvent) => {
      if (pressed === e.pointerId && e.buttons !== 0) e.preventDefault();
    };
    const up = (e: PointerEvent) => {
      if (pressed === e.pointerId) pressed = undefined;
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, [root]);
}
