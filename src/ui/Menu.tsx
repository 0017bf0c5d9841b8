/**
 * The menu button primitive of the toolbar (WAI-ARIA menu button pattern). The menus themselves (Radix's
 * DropdownMenu, `menuRadix.tsx`) are a chunk of their own, out of the initial bundle: until it has arrived a menu is a
 * plain button that looks and is named the same. The chunk is fetched when the page is first idle, or before that when
 * a menu button is hovered or focused; pressing the plain button (pointer, Enter, Space, ArrowDown) opens the menu as
 * soon as the chunk is there, focus and all.
 *
 * The items (`MenuItem`, `MenuGroup`, `MenuSeparator`, `MenuRadioGroup`) only render inside an open menu, so they
 * take the loaded implementation from the menu above them.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { whenIdle } from './idle.ts';
import type { ItemProps, RadioProps } from './menuProps.ts';
import './menu.css';

type Impl = typeof import('./menuRadix.tsx');
let loaded: Impl | undefined;
let loading: Promise<Impl> | undefined;

/** Fetch the menus' chunk once; resolves with it. */
export function loadMenus(): Promise<Impl> {
  loading ??= import('./menuRadix.tsx').then((m) => (loaded = m));
  return loading;
}

const ImplContext = createContext<Impl | undefined>(undefined);

function useImpl(): Impl {
  const impl = useContext(ImplContext);
  if (!impl) throw new Error('A menu item renders only inside a Menu');
  return impl;
}

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

/**
 * `preload`: what the items need besides the menus' chunk (a chunk of their own); fetched with it, and the menu
 * opens once both are there.
 */
export function Menu({ label, title, preload, children }: { label: string; title?: string; preload?: () => Promise<unknown>; children: ReactNode }) {
  const [impl, setImpl] = useState(loaded);
  const [openAtMount, setOpenAtMount] = useState<'pointer' | 'keyboard' | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const [focusAtMount, setFocusAtMount] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    const cancel = impl ? undefined : whenIdle(load);
    return () => {
      mounted.current = false;
      cancel?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  function load() {
    void Promise.all([loadMenus(), preload?.().catch(() => undefined)]).then(([m]) => {
      if (!mounted.current) return;
      setFocusAtMount(document.activeElement !== null && document.activeElement === button.current);
      setImpl(() => m);
    });
  }
  if (impl) {
    return (
      <ImplContext.Provider value={impl}>
        <impl.RadixMenu label={label} title={title} openAtMount={openAtMount} focusAtMount={focusAtMount}>
          {children}
        </impl.RadixMenu>
      </ImplContext.Provider>
    );
  }
  return (
    <button
      ref={button}
      type="button"
      className="menu-trigger"
      title={title}
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={load}
      onFocus={load}
      onPointerDown={(e) => {
        // As Radix's trigger: the main button without Ctrl opens (a Ctrl+click is a context menu on macOS).
        if (e.button !== 0 || e.ctrlKey) return;
        e.preventDefault();
        setOpenAtMount('pointer');
        load();
      }}
      onKeyDown={(e) => {
        if (!OPEN_KEYS.has(e.key)) return;
        e.preventDefault();
        setOpenAtMount('keyboard');
        load();
      }}
    >
      {label}
      <span className="menu-caret" aria-hidden="true">
        ▾
      </span>
    </button>
  );
}


export function MenuItem(props: ItemProps) {
  const { MenuItem: Item } = useImpl();
  return <Item {...props} />;
}

/** A labelled group of items: the heading is visible and names the group. */
export function MenuGroup(props: { label: string; children: ReactNode }) {
  const { MenuGroup: Group } = useImpl();
  return <Group {...props} />;
}

export function MenuSeparator() {
  const { MenuSeparator: Separator } = useImpl();
  return <Separator />;
}


/** A labelled group of menuitemradio items (one checked). */
export function MenuRadioGroup<T extends string>(props: RadioProps<T>) {
  const { MenuRadioGroup: Radio } = useImpl();
  return <Radio {...props} />;
}
