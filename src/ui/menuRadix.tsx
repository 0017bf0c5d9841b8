/**
 * The menus of `Menu.tsx` on Radix's DropdownMenu, in their own chunk (loaded when a menu button is first hovered,
 * focused or pressed; `Menu.tsx` shows a plain menu button until then). WAI-ARIA menu button pattern: a trigger button
 * with aria-haspopup="menu"; the menu renders in a portal on document.body, placed from the trigger and kept inside
 * the viewport (flip and shift); Enter, Space and ArrowDown open it, the arrows, Home, End and typeahead move, Escape
 * and outside clicks close it and focus goes back to the trigger.
 *
 * An item's action runs after the menu has closed and focus is back on the trigger: a dialog the item opens then
 * takes the focus from the trigger and gives it back to the trigger when it closes.
 */
import * as Radix from '@radix-ui/react-dropdown-menu';
import type { ItemProps, RadioProps } from './menuProps.ts';
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';

type Defer = (action: () => void) => void;
const DeferContext = createContext<Defer>((action) => action());

export interface RadixMenuProps {
  label: string;
  title?: string;
  children: ReactNode;
  /** Open on mount: the plain button was pressed before this chunk arrived. */
  openAtMount: 'pointer' | 'keyboard' | undefined;
  /** Focus the trigger on mount: it replaces the plain button, which had the focus. */
  focusAtMount: boolean;
}

export function RadixMenu({ label, title, children, openAtMount, focusAtMount }: RadixMenuProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const openedBy = useRef(openAtMount);
  useLayoutEffect(() => {
    if (focusAtMount && !openAtMount) trigger.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const pending = useRef<(() => void) | undefined>(undefined);
  const defer: Defer = (action) => {
    pending.current = action;
  };
  return (
    <Radix.Root defaultOpen={openAtMount !== undefined}>
      <Radix.Trigger asChild>
        <button ref={trigger} type="button" className="menu-trigger" title={title}>
          {label}
          <span className="menu-caret" aria-hidden="true">
            ▾
          </span>
        </button>
      </Radix.Trigger>
      <Radix.Portal>
        <Radix.Content
          ref={content}
          className="menu"
          align="start"
          sideOffset={4}
          collisionPadding={8}
          loop
          onFocus={(e) => {
            // Opened from the keyboard on the plain button: the first item takes the focus, as after Enter or
            // ArrowDown on the trigger (Radix saw no key press: it was not mounted yet).
            if (e.target !== e.currentTarget || openedBy.current !== 'keyboard') return;
            openedBy.current = undefined;
            content.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus();
          }}
          onCloseAutoFocus={(e) => {
            // Focus goes back to the trigger however the menu closed (an item, Escape or an outside click).
            const action = pending.current;
            pending.current = undefined;
            e.preventDefault();
            trigger.current?.focus();
            action?.();
          }}
        >
          <DeferContext.Provider value={defer}>{children}</DeferContext.Provider>
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}


export function MenuItem({ children, onSelect, disabled, hint, keys, title }: ItemProps) {
  const defer = useContext(DeferContext);
  return (
    <Radix.Item className="menu-item" disabled={disabled} onSelect={() => defer(onSelect)} aria-keyshortcuts={keys} title={title}>
      <span className="menu-item-label">{children}</span>
      {hint && (
        <span className="menu-hint" aria-hidden="true">
          {hint}
        </span>
      )}
    </Radix.Item>
  );
}

/** A labelled group of items: the heading is visible and names the group. */
export function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Radix.Group className="menu-group" aria-label={label}>
      <Radix.Label className="menu-label" aria-hidden="true">
        {label}
      </Radix.Label>
      {children}
    </Radix.Group>
  );
}

export function MenuSeparator() {
  return <Radix.Separator className="menu-separator" />;
}


/** A labelled group of menuitemradio items (one checked). */
export function MenuRadioGroup<T extends string>({ label, value, options, onChange, stayOpen }: RadioProps<T>) {
  return (
    <Radix.Group className="menu-group" aria-label={label}>
      <Radix.Label className="menu-label" aria-hidden="true">
        {label}
      </Radix.Label>
      <Radix.RadioGroup value={value} onValueChange={(v) => onChange(v as T)}>
        {options.map((o) => (
          <Radix.RadioItem key={o.value} value={o.value} className="menu-item" onSelect={stayOpen ? (e) => e.preventDefault() : undefined}>
            <span className="menu-check" aria-hidden="true">
              <Radix.ItemIndicator>✓</Radix.ItemIndicator>
            </span>
            <span className="menu-item-label">{o.label}</span>
          </Radix.RadioItem>
        ))}
      </Radix.RadioGroup>
    </Radix.Group>
  );
}
