/** A labelled select, applied on change. An empty option (when given) stands for "not set". */
import { useId, useState } from 'react';
import type { CommitResult } from './useDraft.ts';
import { describedBy, Field } from './Field.tsx';

export interface SelectOption {
  value: string;
  label?: string;
}

export interface SelectFieldProps {
  label: string;
  value: string | undefined;
  options: readonly (SelectOption | string)[];
  /** Options shown in labelled groups (after `options`). */
  groups?: readonly { label: string; options: readonly (SelectOption | string)[] }[];
  /** Applies the choice; a returned string is the reason it was refused (shown inline). */
  onChange: (value: string | undefined) => CommitResult;
  /** The label of the empty option ("not set"); without it there is none. */
  emptyLabel?: string;
  help?: string;
  error?: string;
}

export function SelectField({ label, value, options, groups = [], onChange, emptyLabel, help, error }: SelectFieldProps) {
  const id = useId();
  const [refusal, setRefusal] = useState<{ reason: string; value: string | undefined } | undefined>();
  // A refusal is shown until the value changes or another choice is made.
  const shownError = (refusal && refusal.value === value ? refusal.reason : undefined) ?? error;
  const norm = (list: readonly (SelectOption | string)[]) => list.map((o) => (typeof o === 'string' ? { value: o } : o));
  const opts = norm(options);
  const grouped = groups.map((g) => ({ label: g.label, options: norm(g.options) }));
  // A value the list does not know (typed in the editor) stays visible.
  const known =
    value === undefined || value === '' || opts.some((o) => o.value === value) || grouped.some((g) => g.options.some((o) => o.value === value));
  return (
    <Field label={label} htmlFor={id} help={help} error={shownError}>
      <select
        id={id}
        className="ui-input"
        value={value ?? ''}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, help, shownError)}
        onChange={(e) => {
          const r = onChange(e.target.value === '' ? undefined : e.target.value);
          setRefusal(typeof r === 'string' ? { reason: r, value } : undefined);
        }}
      >
        {(emptyLabel !== undefined || value === undefined || value === '') && <option value="">{emptyLabel ?? '—'}</option>}
        {!known && <option value={value}>{value} (unknown)</option>}
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
          </option>
        ))}
        {grouped.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label ?? o.value}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
