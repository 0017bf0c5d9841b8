/**
 * A text draft for a committed value: the draft follows the value while it is not being edited, and is committed
 * on blur or Enter (one command per edit, never one per keystroke). A refused commit keeps the draft and shows the
 * reason; Escape reverts to the value.
 */
import { useState, type KeyboardEvent } from 'react';

/** What `onCommit` answers: nothing/true (accepted) or the reason the value is refused. */
export type CommitResult = true | string | void | undefined;

export interface Draft {
  draft: string;
  setDraft: (v: string) => void;
  error: string | undefined;
  commit: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export function useDraft(value: string, onCommit: (text: string) => CommitResult, opts: { commitOnEnter?: boolean } = {}): Draft {
  const [draft, setDraftState] = useState(value);
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | undefined>();
  if (shown !== value) {
    // The value changed outside (undo, the code editor): follow it.
    setShown(value);
    setDraftState(value);
    setError(undefined);
  }
  const commit = () => {
    if (draft === value) {
      setError(undefined);
      return;
    }
    const r = onCommit(draft);
    setError(typeof r === 'string' ? r : undefined);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const enter = e.key === 'Enter' && (opts.commitOnEnter !== false || e.ctrlKey || e.metaKey);
    if (enter) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraftState(value);
      setError(undefined);
    }
  };
  return {
    draft,
    setDraft: (v) => {
      setDraftState(v);
    },
    error,
    commit,
    onKeyDown,
  };
}
