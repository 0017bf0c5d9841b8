/** A number input (with bounds) committed on blur or Enter; empty removes the field. */
import { useId } from 'react';
import { describedBy, Field } from './Field.tsx';
import { numberText, parseNumberInput, type NumberRules } from './numberInput.ts';
import { useDraft, type CommitResult } from './useDraft.ts';

export interface NumberFieldProps extends NumberRules {
  label: string;
  value: unknown;
  /** The new value: a number, a JSONata expression, or undefined (removed). */
  onCommit: (value: number | string | undefined) => CommitResult;
  help?: string;
  placeholder?: string;
  error?: string;
}

export function NumberField({ label, value, onCommit, help, placeholder, error, ...rules }: NumberFieldProps) {
  const id = useId();
  const d = useDraft(numberText(value), (text) => {
    const r = parseNumberInput(text, rules);
    return r.ok ? onCommit(r.value) : r.error;
  });
  const shownError = d.error ?? error;
  return (
    <Field label={label} htmlFor={id} help={help} error={shownError}>
      <input
        id={id}
        type="text"
        inputMode={rules.allowExpression ? 'text' : 'decimal'}
        className="ui-input ui-number"
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
