/**
 * The inspector form's identity across renames. The form is keyed so that selecting another state starts a fresh
 * form (no draft or refusal carried over), but a rename of the inspected state must not: remounting the whole form
 * loses the focus and rebuilds every field, including the state-name selects that list every sibling (a thousand
 * `<option>`s to restyle in a big scope: most of a canvas rename's cost at 1,000 states).
 */
import { useState } from 'react';

export interface FormTrack {
  id: string | undefined;
  key: string;
}

export interface Inspected {
  id: string;
  type: string | undefined;
  parentId: string | undefined;
}

/**
 * The key for `next` after `track`: the same key when `next` is the previously inspected state under its new id
 * (the old id is gone from the graph, the new one is in the same scope and of the same type), else its own id.
 */
export function nextFormKey(track: FormTrack, previous: Inspected | undefined, next: Inspected | undefined, exists: (id: string) => boolean): string {
  if (!next) return '';
  if (next.id === track.id) return track.key;
  const renamed = previous !== undefined && previous.id === track.id && !exists(previous.id) && previous.type === next.type && previous.parentId === next.parentId;
  return renamed ? track.key : next.id;
}

/** `nextFormKey` held across renders (the previous inspected state is remembered here). */
export function useFormKey(next: Inspected | undefined, exists: (id: string) => boolean): string {
  const [held, setHeld] = useState<{ track: FormTrack; inspected: Inspected | undefined }>(() => ({
    track: { id: next?.id, key: next?.id ?? '' },
    inspected: next,
  }));
  const key = nextFormKey(held.track, held.inspected, next, exists);
  const moved = held.inspected?.type !== next?.type || held.inspected?.parentId !== next?.parentId;
  if (held.track.id !== next?.id || held.track.key !== key || moved) setHeld({ track: { id: next?.id, key }, inspected: next });
  return key;
}
