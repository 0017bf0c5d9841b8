import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/store.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { deleteSelection, disconnectEdge, duplicateSelection, pasteText, selectionAsText } from '../actions/actions.ts';
import { neighbour } from './navigation.ts';
import { focusInspector, useA11yUi } from '../a11y/focus.ts';
import { dispatchKey, isTyping, type KeyHandler } from '../keyboard/keymap.ts';

/**
 * Keyboard and clipboard on the canvas (only while focus is inside it): the keymap's Canvas commands
 * (src/features/keyboard/keymap.ts) act on the focused node, else the selection; copy/cut/paste as ASL JSON.
 */
export function useCanvasKeys(root: RefObject<HTMLElement | null>, selectedEdge: () => string | undefined) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const state = () => {
      const s = useAppStore.getState();
      return { s, current: s.ui.selectedId };
    };
    /** The focused node (a state), else the selection. */
    const target = (e: KeyboardEvent) => {
      const s = useAppStore.getState();
      const focused = e.target instanceof HTMLElement ? e.target.closest('.react-flow__node')?.getAttribute('data-id') : undefined;
      const current = focused && s.doc.graph.byId.get(focused)?.kind === 'state' ? focused : s.ui.selectedId;
      return { s, focused, current };
    };
    const handlers: Record<string, KeyHandler> = {
      'canvas.edit': (e) => {
        const { s, focused, current } = target(e);
        if (!focused || current !== focused) return false;
        s.select(focused, 'canvas');
        focusInspector();
      },
      'canvas.connect': (e) => {
        const { s, current } = target(e);
        if (!current || s.doc.stale) return false;
        useA11yUi.getState().openDialog({ kind: 'connect', source: current });
      },
      'canvas.delete': () => {
        const edge = selectedEdge();
        if (edge) disconnectEdge(edge);
        else if (state().s.ui.selectedIds.length) deleteSelection();
      },
      'canvas.duplicate': () => void duplicateSelection(),
      'canvas.rename': (e) => {
        const { s, current } = target(e);
        if (!current) return false;
        if (current !== s.ui.selectedId) s.select(current, 'canvas');
        s.setRenaming(current);
      },
      'canvas.breakpoint': (e) => {
        const { current } = target(e);
        if (!current) return false;
        useSimulationView.getState().toggleBreakpoint(current);
      },
      'canvas.clearSelection': () => state().s.select(undefined, 'other'),
      'canvas.move': (e) => {
        const { s, current } = target(e);
        const next = neighbour(s.doc.graph, current, e.key, s.sidecar.direction);
        if (!next) return false;
        s.select(next, 'canvas');
        el.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`)?.focus();
      },
    };
    const onKey = (e: KeyboardEvent) => void dispatchKey(e, handlers);
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (isTyping(e.target) || !el.contains(document.activeElement)) return;
      const text = selectionAsText();
      if (!text || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      if (cut) deleteSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || !el.contains(document.activeElement)) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text) return;
      e.preventDefault();
      pasteText(text);
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    el.addEventListener('keydown', onKey);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      el.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [root, selectedEdge]);
}
