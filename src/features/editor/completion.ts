/**
 * Completion items for the cursor's place, computed from the store's last parsed definition and the field table
 * (no Monaco here, so it is unit-tested in Node): field names per owner (state type, Retrier, Catcher, Choice
 * rule, …) in the query language in effect, and values: state names of the right scope for `Next`, `Default` and
 * `StartAt`, the eight state types for `Type`, the Task presets for `Resource`, enum values and booleans.
 */
import { CHOICE_OPERATORS, fieldsOf, type FieldSpec } from '../../asl/fields.ts';
import type { DocumentFormat } from '../../asl/parse.ts';
import { TASK_PRESETS } from '../../asl/presets.ts';
import { STATE_TYPES } from '../../asl/types.ts';
import type { CursorContext } from './cursorContext.ts';
import { anyStateFieldTable, enclosingStatePath, resolveOwner, specOf, stateNamesFor, valueAt, type Owner, type OwnerInfo } from './owners.ts';

export type SuggestionKind = 'field' | 'operator' | 'state' | 'type' | 'resource' | 'enum';

export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  /** Snippet syntax (`$1`, `${1|a,b|}`). */
  insertText: string;
  detail: string;
  documentation?: string;
  /** Sorts before the others (required fields). */
  sortText: string;
  /** Open the suggestions again after inserting (a key whose value has its own completions). */
  retrigger?: boolean;
}

const STATE_DOCS: Record<string, string> = {
  Task: 'Runs work: a Lambda function, an activity or a service integration.',
  Choice: 'Branches on the input: the first matching rule names the next state.',
  Pass: 'Passes its input on (optionally with a fixed Result or transformed).',
  Wait: 'Waits for some seconds or until a timestamp.',
  Succeed: 'Ends the execution (or branch) successfully.',
  Fail: 'Ends the execution with an error and a cause.',
  Parallel: 'Runs branches in parallel and collects their outputs.',
  Map: 'Runs a sub-workflow for every item of an array.',
};

const OBJECTS = new Set(['object', 'payloadTemplate', 'assign', 'sub', 'subMachine', 'states', 'choiceRule']);
const ARRAYS = new Set(['errorNames', 'branches', 'retriers', 'catchers', 'choiceRules']);
const OPEN_AGAIN = new Set(['stateName', 'enum', 'resource', 'boolean']);

function jsonValueSnippet(spec: FieldSpec): string {
  if (spec.name === 'End') return 'true';
  if (spec.kind === 'enum' && spec.enum) return `"\${1|${spec.enum.join(',')}|}"`;
  if (spec.kind === 'boolean') return '${1|true,false|}';
  if (spec.kind === 'integer' || spec.kind === 'number') return '${1:0}';
  if (OBJECTS.has(spec.kind)) return '{$1}';
  if (ARRAYS.has(spec.kind)) return '[$1]';
  if (spec.kind === 'condition') return '"{% $1 %}"';
  if (spec.kind === 'json' || spec.kind === 'jsonata') return '$1';
  return '"$1"';
}

function yamlValueSnippet(spec: FieldSpec): string {
  if (spec.name === 'End') return ' true';
  if (spec.kind === 'enum' && spec.enum) return ` \${1|${spec.enum.join(',')}|}`;
  if (spec.kind === 'boolean') return ' ${1|true,false|}';
  if (OBJECTS.has(spec.kind)) return '\n  $1';
  if (ARRAYS.has(spec.kind)) return '\n  - $1';
  if (spec.kind === 'condition') return ' "{% $1 %}"';
  return ' $1';
}

/** A key as written in the format (quoted in JSON; plain in YAML when that reads back the same). */
export function quoteFor(format: DocumentFormat, s: string): string {
  if (format === 'json') return JSON.stringify(s);
  return /^[A-Za-z_][\w .\-/]*$/.test(s) && !/\s$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(s) ? s : JSON.stringify(s);
}

function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

function fieldItem(spec: FieldSpec, owner: Owner, ctx: CursorContext, format: DocumentFormat, index: number): Suggestion {
  const key = escapeSnippet(quoteFor(format, spec.name));
  let insertText = format === 'json' ? key : `${key}:`;
  if (!ctx.colonFollows) {
    insertText = format === 'json' ? `${key}: ${jsonValueSnippet(spec)}${ctx.commaNeeded ? ',' : ''}` : `${key}:${yamlValueSnippet(spec)}`;
  }
  const where = owner === 'AnyState' ? 'state' : owner;
  return {
    label: spec.name,
    kind: 'field',
    insertText,
    detail: `${where} field${spec.required ? ' (required)' : ''} · ${spec.languages.join(', ')}`,
    documentation: spec.doc,
    sortText: `${spec.required ? 0 : 1}${String(index).padStart(3, '0')}`,
    retrigger: !ctx.colonFollows && (OPEN_AGAIN.has(spec.kind) || spec.name === 'Type'),
  };
}

function fieldSuggestions(ctx: CursorContext, info: OwnerInfo, format: DocumentFormat): Suggestion[] {
  const present = new Set(Object.keys(info.value ?? {}));
  const all = info.owner === 'AnyState' ? Object.values(anyStateFieldTable()) : fieldsOf(info.owner);
  const fields = all.filter(
    (f) => (!info.language || f.languages.includes(info.language)) && !present.has(f.name) && !(f.exclusive ?? []).some((x) => present.has(x)),
  );
  const out = fields.map((f, i) => fieldItem(f, info.owner, ctx, format, i));
  if (info.owner === 'ChoiceRule' && info.language !== 'JSONata') {
    Object.values(CHOICE_OPERATORS).forEach((op, i) => {
      if (present.has(op.name)) return;
      const key = quoteFor(format, op.name);
      const value = op.operand === 'boolean' ? 'true' : op.operand === 'number' ? '${1:0}' : '"$1"';
      const insertText = ctx.colonFollows ? (format === 'json' ? key : `${key}:`) : `${key}: ${value}${format === 'json' && ctx.commaNeeded ? ',' : ''}`;
      out.push({ label: op.name, kind: 'operator', insertText, detail: `Choice rule operator · ${op.operand}`, documentation: op.doc, sortText: `2${String(i).padStart(3, '0')}` });
    });
  }
  return out;
}

function valueSuggestions(definition: unknown, ctx: CursorContext, format: DocumentFormat): Suggestion[] {
  const field = ctx.path[ctx.path.length - 1];
  const objectPath = ctx.path.slice(0, -1);
  const info = typeof field === 'string' ? resolveOwner(definition, objectPath) : undefined;
  const spec = info && typeof field === 'string' ? specOf(info.owner, field) : undefined;
  if (!info || !spec) return [];
  const value = (label: string, kind: SuggestionKind, detail: string, documentation?: string, i = 0): Suggestion => ({
    label,
    kind,
    insertText: escapeSnippet(quoteFor(format, label)),
    detail,
    documentation,
    sortText: String(i).padStart(4, '0'),
  });
  if (spec.name === 'Type' && info.owner !== 'Machine') {
    return STATE_TYPES.map((t, i) => value(t, 'type', 'State type', STATE_DOCS[t], i));
  }
  if (spec.kind === 'stateName') {
    const self = enclosingStatePath(info, objectPath);
    const selfName = self?.[self.length - 1];
    const names = stateNamesFor(definition, info);
    const ordered = [...names.filter((n) => n !== selfName), ...names.filter((n) => n === selfName)];
    return ordered.map((n, i) => {
      const state = valueAt(definition, [...info.statesPath, n]) as { Type?: unknown } | undefined;
      const type = typeof state?.Type === 'string' ? state.Type : 'state';
      return value(n, 'state', `${type} state`, undefined, i);
    });
  }
  if (spec.kind === 'resource') {
    return TASK_PRESETS.map((p, i) => ({ ...value(p.resource, 'resource', p.name, p.description, i), label: p.resource }));
  }
  if (spec.kind === 'enum' && spec.enum) return spec.enum.map((e, i) => value(e, 'enum', `${spec.name} value`, undefined, i));
  if (spec.kind === 'boolean') {
    return ['true', 'false'].map((b, i) => ({ ...value(b, 'enum', 'boolean', undefined, i), insertText: b }));
  }
  return [];
}

/** The completion items at a cursor context, or none when the place is free-form data. */
export function completionsAt(definition: unknown, ctx: CursorContext, format: DocumentFormat): Suggestion[] {
  if (!ctx.atKey) return valueSuggestions(definition, ctx, format);
  const info = resolveOwner(definition, ctx.path);
  return info ? fieldSuggestions(ctx, info, format) : [];
}
