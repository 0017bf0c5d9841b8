/** A JSONPath field: checked as typed paths are (see pathInput.ts); `null` where the spec allows it. */
import { TextField } from '../../ui/TextField.tsx';
import type { CommitResult } from '../../ui/useDraft.ts';
import { parsePathInput, pathText, type PathKind } from './pathInput.ts';

export interface PathFieldProps {
  label: string;
  value: unknown;
  kind: PathKind;
  onCommit: (value: string | null | undefined) => CommitResult;
  help?: string;
  error?: string;
  placeholder?: string;
}

export function PathField({ label, value, kind, onCommit, help, error, placeholder }: PathFieldProps) {
  return (
    <TextField
      label={label}
      value={pathText(value)}
      monospace
      help={help}
      error={error}
      placeholder={placeholder ?? (kind === 'nullablePath' || kind === 'referencePath' ? '$ (or null)' : '$.field')}
      validate={(text) => {
        const r = parsePathInput(text, kind);
        return r.ok ? undefined : r.error;
      }}
      onCommit={(text) => {
        const r = parsePathInput(text, kind);
        return r.ok ? onCommit(r.value) : r.error;
      }}
    />
  );
}
