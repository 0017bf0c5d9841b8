/**
 * Fields that are alternatives of each other (Wait `Seconds`/`Timestamp`/`SecondsPath`/`TimestampPath`, Task
 * `TimeoutSeconds`/`TimeoutSecondsPath`, Fail `Error`/`ErrorPath`): a mode select picks which one the state uses.
 * Switching the mode removes the old field and sets the new one, in one edit.
 */
import type { JsonPathSegments } from '../../asl/types.ts';

export type ModeKind = 'number' | 'text' | 'path' | 'timestamp';

export interface Mode {
  /** The field name (e.g. `SecondsPath`). */
  field: string;
  label: string;
  kind: ModeKind;
  /** The value the field gets when the mode is chosen. */
  initial: unknown;
}

export interface FieldChange {
  path: JsonPathSegments;
  value: unknown;
}

/** The mode in use: the first mode whose field is present (undefined when none is). */
export function currentMode(obj: Record<string, unknown> | undefined, modes: readonly Mode[]): Mode | undefined {
  if (!obj) return undefined;
  return modes.find((m) => Object.prototype.hasOwnProperty.call(obj, m.field));
}

/**
 * The changes that switch `obj` to mode `field` (undefined: no mode, every field removed). The new field takes the
 * old value when both hold the same kind of value (a number stays a number), else the mode's initial value.
 */
export function switchMode(
  obj: Record<string, unknown> | undefined,
  modes: readonly Mode[],
  field: string | undefined,
  base: JsonPathSegments = [],
): FieldChange[] {
  const from = currentMode(obj, modes);
  const to = modes.find((m) => m.field === field);
  if (from?.field === to?.field) return [];
  const changes: FieldChange[] = [];
  for (const m of modes) {
    if (m !== to && obj && Object.prototype.hasOwnProperty.call(obj, m.field)) changes.push({ path: [...base, m.field], value: undefined });
  }
  if (to) {
    const old = from ? obj?.[from.field] : undefined;
    const keep = from && from.kind === to.kind && old !== undefined;
    changes.push({ path: [...base, to.field], value: keep ? old : to.initial });
  }
  return changes;
}

/** The Wait state's four ways to say how long to wait. */
export function waitModes(jsonata: boolean): Mode[] {
  const modes: Mode[] = [
    { field: 'Seconds', label: 'Seconds', kind: 'number', initial: 10 },
    { field: 'Timestamp', label: 'Timestamp', kind: 'timestamp', initial: '2026-01-01T00:00:00Z' },
  ];
  if (!jsonata) {
    modes.push(
      { field: 'SecondsPath', label: 'Seconds path', kind: 'path', initial: '$.seconds' },
      { field: 'TimestampPath', label: 'Timestamp path', kind: 'path', initial: '$.timestamp' },
    );
  }
  return modes;
}

/** A number field and its `…Path` form (TimeoutSeconds, HeartbeatSeconds, MaxConcurrency…). */
export function numberOrPathModes(field: string, jsonata: boolean, initial: number): Mode[] {
  const modes: Mode[] = [{ field, label: 'Value', kind: 'number', initial }];
  if (!jsonata) modes.push({ field: `${field}Path`, label: 'Path', kind: 'path', initial: `$.${field.charAt(0).toLowerCase()}${field.slice(1)}` });
  return modes;
}

/** A text field and its `…Path` form (Fail Error/ErrorPath, Cause/CausePath). */
export function textOrPathModes(field: string, jsonata: boolean, initial: string): Mode[] {
  const modes: Mode[] = [{ field, label: 'Value', kind: 'text', initial }];
  if (!jsonata) modes.push({ field: `${field}Path`, label: 'Path', kind: 'path', initial: `$.${field.toLowerCase()}` });
  return modes;
}
