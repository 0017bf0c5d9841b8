/**
 * The inspector form's identity across renames. The form is keyed so that selecting another state starts a fresh
 * form (no draft or refusal carried over), but a rename of the inspected state must not: remounting the whole form
 * loses the focus and rebuilds every field, including the state-name selects that list every sibling (a thousand
 * `<option>`s to restyle in a big scope: most of a canvas rename's cost at 1,000 states).
 */
import { useState } from 'react';

export interface Inspected {
  id: string;
  type: string | undefined;
  parentId: string | undefined;
}

/**
 * The form key for `next`, the form of `previous` having had `key`: the same key when `next` is `previous` under
 * its new id (the old id is gone from the graph, the new one is in the same scope and of the same type), else its
 * own id ('' with nothing inspected).
 */
export function nextFormKey(key: string, previous: Inspected | undefined, next: Inspected | undefined, exists: (id: string) => boolean): string {
  if (!next) return '';
  if (!previous) return next.id;
  if (next.id === previous.id) return key;
  const renamed = !exists(previous.id) && previous.type === next.type && previous.parentId === next.parentId;
  return renamed ? key : next.id;
}

/** `nextFormKey` held across renders (the previously inspected state and its key are remembered here). */
export function useFormKey(next: Inspected | undefined, exists: (id: string) => boolean): string {
  const [held, setHeld] = useState<{ key: string; inspected: Inspected | undefined }>(() => ({ key: next?.id ?? '', inspected: next }));
  const key = nextFormKey(held.key, held.inspected, next, exists);
  const changed = key !== held.key || held.inspected?.id !== next?.id || held.inspected?.type !== next?.type || held.inspected?.parentId !== next?.parentId;
  if (changed) setHeld({ key, inspected: next });
  return key;
}
