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

/**
 * A list longer than this (a Next among the hundreds of states of a big machine) is only built when the select is
 * about to be used (focus, pointer down): until then it holds the current value alone, so showing the form does not
 * create, style and lay out hundreds of options per select.
 */
export const LAZY_OPTIONS_ABOVE = 100;

export function SelectField({ label, value, options, groups = [], onChange, emptyLabel, help, error }: SelectFieldProps) {
  const id = useId();
  const [refusal, setRefusal] = useState<{ reason: string; value: string | undefined } | undefined>();
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  // A refusal is shown until the value changes or another choice is made.
  const shownError = (refusal && refusal.value === value ? refusal.reason : undefined) ?? error;
  const norm = (list: readonly (SelectOption | string)[]) => list.map((o) => (typeof o === 'string' ? { value: o } : o));
  const all = norm(options);
  const allGroups = groups.map((g) => ({ label: g.label, options: norm(g.options) }));
  const lazy = !wanted && all.length + allGroups.reduce((n, g) => n + g.options.length, 0) > LAZY_OPTIONS_ABOVE;
  const opts = lazy ? all.filter((o) => o.value === value) : all;
  const grouped = lazy ? allGroups.map((g) => ({ ...g, options: g.options.filter((o) => o.value === value) })).filter((g) => g.options.length > 0) : allGroups;
  // A value the list does not know (typed in the editor) stays visible.
  const known =
    value === undefined || value === '' || all.some((o) => o.value === value) || allGroups.some((g) => g.options.some((o) => o.value === value));
  return (
    <Field label={label} htmlFor={id} help={help} error={shownError}>
      <select
        id={id}
        className="ui-input"
        value={value ?? ''}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, help, shownError)}
        onFocus={want}
        onPointerDown={want}
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
