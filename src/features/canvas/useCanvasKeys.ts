import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/store.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { deleteSelection, disconnectEdge, duplicateSelection, pasteText, selectionAsText } from '../actions/actions.ts';
import { neighbour } from './navigation.ts';
import { focusInspector, useA11yUi } from '../a11y/focus.ts';

/**
 * Keyboard and clipboard on the canvas (only while focus is inside it): Delete/Backspace, Ctrl+D duplicate, F2
 * rename, F9 breakpoint, arrow keys move between states along the graph (from the focused node, else the selection),
 * Enter edits the focused state in the inspector, C opens "Connect to…", Escape clears the selection, copy/cut/paste
 * as ASL JSON.
 */
export function useCanvasKeys(root: RefObject<HTMLElement | null>, selectedEdge: () => string | undefined) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const editing = (t: EventTarget | null) => t instanceof HTMLElement && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');
    const onKey = (e: KeyboardEvent) => {
      if (editing(e.target)) return;
      const s = useAppStore.getState();
      const mod = e.ctrlKey || e.metaKey;
      const focused = e.target instanceof HTMLElement ? e.target.closest('.react-flow__node')?.getAttribute('data-id') : undefined;
      const current = focused && s.doc.graph.byId.get(focused)?.kind === 'state' ? focused : s.ui.selectedId;
      if (e.key === 'Enter' && focused && current === focused) {
        e.preventDefault();
        s.select(focused, 'canvas');
        focusInspector();
      } else if (!mod && !e.altKey && e.key.toLowerCase() === 'c' && current && !s.doc.stale) {
        e.preventDefault();
        useA11yUi.getState().openDialog({ kind: 'connect', source: current });
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        const edge = selectedEdge();
        if (edge) disconnectEdge(edge);
        else if (s.ui.selectedIds.length) deleteSelection();
      } else if (mod && e.key.toLowerCase() === 'd') {
        e.preventDefault();
        duplicateSelection();
      } else if (e.key === 'F2' && current) {
        e.preventDefault();
        if (current !== s.ui.selectedId) s.select(current, 'canvas');
        s.setRenaming(current);
      } else if (e.key === 'F9' && current) {
        e.preventDefault();
        useSimulationView.getState().toggleBreakpoint(current);
      } else if (e.key === 'Escape') {
        s.select(undefined, 'other');
      } else if (!mod && e.key.startsWith('Arrow')) {
        const next = neighbour(s.doc.graph, current, e.key, s.sidecar.direction);
        if (next) {
          e.preventDefault();
          s.select(next, 'canvas');
          el.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`)?.focus();
        }
      }
    };
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (editing(e.target) || !el.contains(document.activeElement)) return;
      const text = selectionAsText();
      if (!text || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      if (cut) deleteSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (editing(e.target) || !el.contains(document.activeElement)) return;
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
