/**
 * The highlighted option of a state picker (the combobox + listbox pattern of WAI-ARIA): which option a key moves
 * the highlight to. Pure; the dialog keeps the highlighted id and renders it as `aria-activedescendant`.
 */
export interface NavOption {
  id: string;
  /** False for an option the rule refuses: it can be highlighted (its reason is read out) but not picked. */
  enabled: boolean;
}

/** The highlight to show: the kept one while it is still listed, else the first option that can be picked. */
export function activeOption(options: readonly NavOption[], kept: string | undefined): string | undefined {
  if (kept !== undefined && options.some((o) => o.id === kept)) return kept;
  return (options.find((o) => o.enabled) ?? options[0])?.id;
}

/** Where ArrowDown/ArrowUp/Home/End/PageDown/PageUp move the highlight (stops at the ends); undefined: not a move key. */
export function moveActive(options: readonly NavOption[], active: string | undefined, key: string, page = 10): string | undefined {
  if (options.length === 0) return undefined;
  const at = options.findIndex((o) => o.id === active);
  const last = options.length - 1;
  const to =
    key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, last))
    : key === 'ArrowUp' ? (at < 0 ? last : Math.max(at - 1, 0))
    : key === 'Home' ? 0
    : key === 'End' ? last
    : key === 'PageDown' ? Math.min(Math.max(at, 0) + page, last)
    : key === 'PageUp' ? Math.max(at - page, 0)
    : undefined;
  return to === undefined ? undefined : options[to]!.id;
}
