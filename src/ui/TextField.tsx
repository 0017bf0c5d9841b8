/** A one-line (or multi-line) text input committed on blur or Enter. */
import { useId } from 'react';
import { describedBy, Field } from './Field.tsx';
import { useDraft, type CommitResult } from './useDraft.ts';

export interface TextFieldProps {
  label: string;
  value: string | undefined;
  /** Called with the new text ('' when cleared); returns a reason to refuse it. */
  onCommit: (text: string) => CommitResult;
  /** Checked before committing: a message refuses the text. */
  validate?: (text: string) => string | undefined;
  help?: string;
  placeholder?: string;
  /** An error from outside (the validator's diagnostics). */
  error?: string;
  multiline?: boolean;
  list?: string;
  monospace?: boolean;
}

export function TextField({ label, value, onCommit, validate, help, placeholder, error, multiline, list, monospace }: TextFieldProps) {
  const id = useId();
  const d = useDraft(
    value ?? '',
    (text) => {
      const problem = validate?.(text);
      return problem ?? onCommit(text);
    },
    { commitOnEnter: !multiline },
  );
  const shownError = d.error ?? error;
  const common = {
    id,
    value: d.draft,
    placeholder,
    className: `ui-input${monospace ? ' ui-mono' : ''}`,
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': describedBy(id, help, shownError),
    onBlur: d.commit,
    onKeyDown: d.onKeyDown,
  };
  return (
    <Field label={label} htmlFor={id} help={help} error={shownError}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => d.setDraft(e.target.value)} />
      ) : (
        <input {...common} type="text" list={list} onChange={(e) => d.setDraft(e.target.value)} />
      )}
    </Field>
  );
}
