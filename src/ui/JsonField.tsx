/**
 * A JSON textarea: committed on blur or Ctrl+Enter. Invalid JSON shows the parser's message inline and is not
 * applied; empty text removes the field.
 */
import { useId } from 'react';
import { describedBy, Field } from './Field.tsx';
import { jsonText, parseJsonInput } from './jsonInput.ts';
import { useDraft, type CommitResult } from './useDraft.ts';
import { deepEqual as deepEqualJson } from '../asl/values.ts';

export interface JsonFieldProps {
  label: string;
  value: unknown;
  onCommit: (value: unknown) => CommitResult;
  /** The shape the value must have. */
  expect?: 'object' | 'array';
  /** Accept a bare `{% … %}` JSONata expression (stored as a string). */
  allowExpression?: boolean;
  help?: string;
  error?: string;
  rows?: number;
  placeholder?: string;
}

export function JsonField({ label, value, onCommit, expect, allowExpression, help, error, rows = 4, placeholder }: JsonFieldProps) {
  const id = useId();
  const d = useDraft(
    jsonText(value, allowExpression),
    (text) => {
      const r = parseJsonInput(text, expect, allowExpression);
      if (!r.ok) return r.error;
      // Reformatting alone changes nothing.
      if (deepEqualJson(r.value, value)) return true;
      return onCommit(r.value);
    },
    { commitOnEnter: false },
  );
  const shownError = d.error ?? error;
  return (
    <Field label={label} htmlFor={id} help={help} error={shownError}>
      <textarea
        id={id}
        className="ui-input ui-mono"
        rows={Math.min(12, Math.max(rows, d.draft.split('\n').length))}
        spellCheck={false}
        value={d.draft}
        placeholder={placeholder}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, help, shownError)}
        onChange={(e) => d.setDraft(e.target.value)}
        onBlur={d.commit}
        onKeyDown={d.onKeyDown}
      />
    </Field>
  );
}
