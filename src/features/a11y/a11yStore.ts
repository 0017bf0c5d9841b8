/** UI state for the keyboard features: which side-panel tab shows, and which keyboard dialog is open. */
import { create } from 'zustand';

export type SideTab = 'inspector' | 'simulation';
export type A11yDialog = { kind: 'shortcuts' } | { kind: 'connect'; source: string };

interface A11yUi {
  sideTab: SideTab;
  dialog: A11yDialog | undefined;
  setSideTab: (t: SideTab) => void;
  openDialog: (d: A11yDialog) => void;
  closeDialog: () => void;
}

export const useA11yUi = create<A11yUi>()((set) => ({
  sideTab: 'inspector',
  dialog: undefined,
  setSideTab: (sideTab) => set({ sideTab }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: undefined }),
}));
