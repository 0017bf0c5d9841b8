/** The props of a menu's items, shared by the facade (Menu.tsx) and the Radix implementation loaded on first use. */
import type { ReactNode } from 'react';

export interface ItemProps {
  children: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
  /** Shown at the end of the item (e.g. "Ctrl+Z"); also given as aria-keyshortcuts when `keys` is set. */
  hint?: string;
  keys?: string;
  title?: string;
}

export interface RadioProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** Keep the menu open after a pick (a setting for the next item, such as the image theme). */
  stayOpen?: boolean;
}
