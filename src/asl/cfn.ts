/**
 * Recognising what a file holds: a bare ASL definition, or a SAM / CloudFormation template whose
 * `AWS::Serverless::StateMachine` / `AWS::StepFunctions::StateMachine` resources carry their definition inline
 * (`Definition`, `DefinitionString`; `DefinitionUri` points elsewhere and is reported). CloudFormation intrinsics
 * are kept readable: `!Ref X` and `!GetAtt X.Arn` become `${X}` and `${X.Arn}` placeholders, `!Sub` keeps its
 * string, `DefinitionSubstitutions` placeholders stay as written. YAML short tags (`!Sub`, `!GetAtt`…) are read
 * with a custom tag set. Also the reverse: a SAM template around a definition. YAML needs `loadYaml()` first.
 */
import type { Node as YamlNode, Document as YamlDocument } from 'yaml';
import { parseDocument, type DocumentFormat } from './parse.ts';
import { toJson, toYaml } from './serialize.ts';
import { yaml } from './yamlLib.ts';
import { isRecord } from './values.ts';

export const MACHINE_TYPES = ['AWS::Serverless::StateMachine', 'AWS::StepFunctions::StateMachine'] as const;

export interface FoundMachine {
  logicalId: string;
  type: (typeof MACHINE_TYPES)[number];
  /** The definition as text to open (in the template's format), unless `error` says why it cannot be. */
  text?: string;
  error?: string;
  /** Names listed in DefinitionSubstitutions (kept as `${…}` placeholders in the definition). */
  substitutions: string[];
  /** Their values as written (long-form intrinsics), so that a SAM export can give them back. */
  substitutionValues: Record<string, unknown>;
}

export type Recognised =
  | { kind: 'definition'; text: string; format: DocumentFormat }
  | { kind: 'template'; format: DocumentFormat; machines: FoundMachine[] }
  | { kind: 'error'; message: string };

const SHORT_TAGS = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
  'Transform', 'Ref', 'Condition', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length'];


/** The YAML value with CloudFormation short tags turned into their long forms (`!Sub x` → `{ "Fn::Sub": x }`). */
export function readCfnYaml(text: string): unknown {
  const customTags = SHORT_TAGS.flatMap((name) =>
    (['scalar', 'seq', 'map'] as const).map((kind) =>
      kind === 'scalar'
        ? { tag: `!${name}`, resolve: (v: string) => v }
        : { tag: `!${name}`, collection: kind, resolve: (v: unknown) => v },
    ),
  );
  const doc = yaml().parseDocument(text, { customTags: customTags as never, uniqueKeys: false, strict: false });
  return doc.contents ? toValue(doc.contents as YamlNode, doc) : null;
}

function toValue(node: YamlNode | null, doc: YamlDocument): unknown {
  const Y = yaml();
  if (!node) return null;
  if (Y.isAlias(node)) return toValue(node.resolve(doc) as YamlNode, doc);
  let v: unknown = null;
  if (Y.isMap(node)) {
    const obj: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = Y.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (key !== '__proto__') obj[key] = toValue(pair.value as YamlNode | null, doc);
    }
    v = obj;
  } else if (Y.isSeq(node)) v = node.items.map((item) => toValue(item as YamlNode, doc));
  else if (Y.isScalar(node)) v = node.value;
  const tag = node.tag;
  if (!tag || !tag.startsWith('!') || tag.startsWith('!!')) return v;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return { [name]: v };
  if (name === 'GetAtt' && typeof v === 'string') {
    const dot = v.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [v] : [v.slice(0, dot), v.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: v };
}

/** Intrinsics made readable: Ref/GetAtt as `${…}` placeholders, Sub as its string; others kept as they are. */
export function readable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(readable);
  if (!isRecord(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1) {
    const [k] = keys as [string];
    const arg = v[k];
    if (k === 'Ref' && typeof arg === 'string') return `\${${arg}}`;
    if (k === 'Fn::GetAtt') {
      const parts = typeof arg === 'string' ? [arg] : Array.isArray(arg) ? arg.map(String) : undefined;
      if (parts) return `\${${parts.join('.')}}`;
    }
    if (k === 'Fn::Sub') {
      if (typeof arg === 'string') return arg;
      if (Array.isArray(arg) && typeof arg[0] === 'string') return arg[0];
    }
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, readable(x)]));
}

/** A DefinitionString as text: a string, a `Fn::Sub` string, or a `Fn::Join` of readable parts. */
function definitionString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const r = readable(v);
  if (typeof r === 'string') return r;
  if (isRecord(v) && Array.isArray(v['Fn::Join'])) {
    const [sep, parts] = v['Fn::Join'] as [unknown, unknown];
    if (typeof sep === 'string' && Array.isArray(parts)) {
      const texts = parts.map((p) => readable(p));
      if (texts.every((t) => typeof t === 'string')) return texts.join(sep);
    }
  }
  return undefined;
}

function machine(logicalId: string, type: FoundMachine['type'], props: Record<string, unknown>, format: DocumentFormat): FoundMachine {
  const values = isRecord(props.DefinitionSubstitutions) ? props.DefinitionSubstitutions : {};
  const found: FoundMachine = { logicalId, type, substitutions: Object.keys(values), substitutionValues: { ...values } };
  if (isRecord(props.Definition)) {
    const def = readable(props.Definition);
    return { ...found, text: format === 'json' ? toJson(def) : toYaml(def) };
  }
  if (props.DefinitionString !== undefined) {
    const text = definitionString(props.DefinitionString);
    if (text === undefined) return { ...found, error: 'DefinitionString is built with intrinsics that cannot be read here' };
    const parsed = parseDocument(text);
    const bad = parsed.diagnostics[0];
    if (bad) return { ...found, error: `DefinitionString: ${bad.message}` };
    return { ...found, text: text.endsWith('\n') ? text : `${text}\n` };
  }
  if (props.DefinitionUri !== undefined) {
    const uri = isRecord(props.DefinitionUri) ? `s3://${String(props.DefinitionUri.Bucket)}/${String(props.DefinitionUri.Key)}` : String(props.DefinitionUri);
    return { ...found, error: `The definition is in another file (DefinitionUri: ${uri}): open that file instead` };
  }
  return { ...found, error: 'The resource has no Definition, DefinitionString or DefinitionUri' };
}

/** What a file holds. Syntax errors name the line and column (from parseDocument). */
export function recognise(text: string): Recognised {
  const parsed = parseDocument(text);
  const bad = parsed.diagnostics[0];
  if (bad) return { kind: 'error', message: bad.message };
  const value = parsed.format === 'yaml' ? readCfnYaml(text) : parsed.value;
  if (!isRecord(value)) return { kind: 'error', message: 'The file is not a state machine definition (expected an object with StartAt and States)' };
  if (isRecord(value.Resources)) {
    const machines: FoundMachine[] = [];
    for (const [id, res] of Object.entries(value.Resources)) {
      if (!isRecord(res) || !MACHINE_TYPES.includes(res.Type as FoundMachine['type'])) continue;
      machines.push(machine(id, res.Type as FoundMachine['type'], isRecord(res.Properties) ? res.Properties : {}, parsed.format));
    }
    if (machines.length === 0) {
      return { kind: 'error', message: 'The template has no AWS::Serverless::StateMachine or AWS::StepFunctions::StateMachine resource' };
    }
    return { kind: 'template', format: parsed.format, machines };
  }
  if (!('States' in value) && !('StartAt' in value)) {
    return { kind: 'error', message: 'The file is neither a state machine definition (no StartAt/States) nor a SAM or CloudFormation template (no Resources)' };
  }
  return { kind: 'definition', text, format: parsed.format };
}

/** The `${…}` placeholders used in a definition's strings (not `${!literal}`), in order of first use. */
export function collectPlaceholders(v: unknown, out = new Set<string>()): string[] {
  if (typeof v === 'string') for (const m of v.matchAll(/\$\{([^}!][^}]*)\}/g)) out.add(m[1]!.trim());
  else if (Array.isArray(v)) for (const x of v) collectPlaceholders(x, out);
  else if (isRecord(v)) for (const x of Object.values(v)) collectPlaceholders(x, out);
  return [...out];
}

/**
 * A SAM template (YAML) with one state machine resource; the placeholders are listed as DefinitionSubstitutions,
 * with their known values (from the imported template) or a TODO.
 */
export function toSamTemplate(
  definition: unknown,
  logicalId = 'StateMachine',
  format: DocumentFormat = 'yaml',
  known: Record<string, unknown> = {},
): string {
  const subs = collectPlaceholders(definition);
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: 'State machine exported from asl-studio',
    Resources: {
      [logicalId.replace(/[^A-Za-z0-9]/g, '') || 'StateMachine']: {
        Type: 'AWS::Serverless::StateMachine',
        Properties: {
          Definition: definition,
          ...(subs.length ? { DefinitionSubstitutions: Object.fromEntries(subs.map((s) => [s, known[s] ?? `TODO: value for ${s}`])) } : {}),
        },
      },
    },
  };
  return format === 'json' ? toJson(template) : toYaml(template);
}
