/**
 * One field of an ASL object, edited with the control its kind asks for (from the field table in
 * src/asl/fields.ts): text, number with bounds, path, JSON, enum, state name. Label and help come from the table.
 */
import { fieldSpec, type FieldOwner } from '../../asl/fields.ts';
import type { QueryLanguage } from '../../asl/types.ts';
import { CheckboxField } from '../../ui/CheckboxField.tsx';
import { JsonField } from '../../ui/JsonField.tsx';
import { NumberField } from '../../ui/NumberField.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { CommitResult } from '../../ui/useDraft.ts';
import { isTimestamp } from './choiceRules.ts';
import { PathField } from './PathField.tsx';
import { isJsonataExpression } from '../../ui/numberInput.ts';

export interface SpecFieldProps {
  owner: FieldOwner;
  name: string;
  value: unknown;
  onCommit: (value: unknown) => CommitResult;
  lang: QueryLanguage;
  /** Overrides the label (the field name). */
  label?: string;
  error?: string;
  /** Options of a `stateName` field. */
  stateNames?: readonly string[];
}

export function SpecField({ owner, name, value, onCommit, lang, label = name, error, stateNames = [] }: SpecFieldProps) {
  const spec = fieldSpec(owner, name);
  const help = spec?.doc;
  const expression = lang === 'JSONata' && spec?.jsonata === true;
  switch (spec?.kind) {
    case 'string':
    case 'resource':
      return <TextField label={label} value={typeof value === 'string' ? value : ''} help={help} error={error} onCommit={(t) => onCommit(t === '' ? undefined : t)} />;
    case 'integer':
    case 'number':
      return (
        <NumberField
          label={label}
          value={value}
          help={help}
          error={error}
          min={spec.min}
          max={spec.max}
          integer={spec.kind === 'integer'}
          allowExpression={expression}
          onCommit={onCommit}
        />
      );
    case 'timestamp':
      return (
        <TextField
          label={label}
          value={typeof value === 'string' ? value : ''}
          help={help}
          error={error}
          validate={(t) =>
            t === '' || isTimestamp(t.trim()) || (expression && isJsonataExpression(t)) ? undefined : 'Enter an RFC 3339 timestamp, e.g. 2026-01-01T00:00:00Z'
          }
          onCommit={(t) => onCommit(t.trim() === '' ? undefined : t.trim())}
        />
      );
    case 'path':
    case 'nullablePath':
    case 'referencePath':
    case 'pathOrIntrinsic':
      return <PathField label={label} value={value} kind={spec.kind} help={help} error={error} onCommit={onCommit} />;
    case 'enum':
      return (
        <SelectField
          label={label}
          value={typeof value === 'string' ? value : undefined}
          options={spec.enum ?? []}
          emptyLabel="(not set)"
          help={help}
          error={error}
          onChange={onCommit}
        />
      );
    case 'boolean':
      return <CheckboxField label={label} checked={value === true} help={help} onChange={(c) => onCommit(c ? true : undefined)} />;
    case 'stateName':
      return (
        <SelectField
          label={label}
          value={typeof value === 'string' ? value : undefined}
          options={stateNames}
          emptyLabel="(none)"
          help={help}
          error={error}
          onChange={onCommit}
        />
      );
    case 'payloadTemplate':
    case 'object':
      return <JsonField label={label} value={value} expect="object" allowExpression={lang === 'JSONata'} help={help} error={error} onCommit={onCommit} />;
    case 'assign':
      return <JsonField label={label} value={value} expect="object" help={help} error={error} onCommit={onCommit} />;
    default:
      return <JsonField label={label} value={value} allowExpression={lang === 'JSONata'} help={help} error={error} onCommit={onCommit} />;
  }
}
