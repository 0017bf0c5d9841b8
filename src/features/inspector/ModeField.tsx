/**
 * Alternative fields (Wait Seconds/Timestamp/SecondsPath/TimestampPath, TimeoutSeconds/TimeoutSecondsPath,
 * Error/ErrorPath): a select picks the field in use (switching is one edit), then the value of that field.
 */
import type { FieldOwner } from '../../asl/fields.ts';
import type { JsonPathSegments, QueryLanguage } from '../../asl/types.ts';
import { SelectField } from '../../ui/SelectField.tsx';
import type { EditResult } from './edits.ts';
import { currentMode, switchMode, type FieldChange, type Mode } from './modes.ts';
import { SpecField } from './SpecField.tsx';

export interface ModeFieldProps {
  /** The label of the mode select (e.g. "Wait for"). */
  label: string;
  owner: FieldOwner;
  obj: Record<string, unknown>;
  modes: readonly Mode[];
  lang: QueryLanguage;
  /** Whether "not set" is a choice (optional fields). */
  optional?: boolean;
  /** Where `obj` stands inside the state. */
  base?: JsonPathSegments;
  apply: (changes: FieldChange[]) => EditResult;
  errorAt?: (field: string) => string | undefined;
}

export function ModeField({ label, owner, obj, modes, lang, optional, base = [], apply, errorAt }: ModeFieldProps) {
  const mode = currentMode(obj, modes);
  return (
    <div className="insp-mode">
      <SelectField
        label={label}
        value={mode?.field}
        options={modes.map((m) => ({ value: m.field, label: m.label }))}
        emptyLabel={optional ? '(not set)' : undefined}
        onChange={(field) => apply(switchMode(obj, modes, field, base))}
      />
      {mode && (
        <SpecField
          owner={owner}
          name={mode.field}
          label={mode.field}
          value={obj[mode.field]}
          lang={lang}
          error={errorAt?.(mode.field)}
          onCommit={(value) => (value === undefined && !optional ? 'A value is required' : apply([{ path: [...base, mode.field], value }]))}
        />
      )}
    </div>
  );
}
