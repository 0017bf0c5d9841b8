/**
 * What AWS requires of a Map state's Distributed-mode fields (developer guide, "Using Map state in Distributed
 * mode" and its ItemReader, ItemBatcher, ResultWriter, Label and tolerated-failure pages):
 * - ItemReader, ItemBatcher, ResultWriter, Label and ToleratedFailure* belong to a Map whose
 *   ItemProcessor.ProcessorConfig.Mode is DISTRIBUTED;
 * - Label: up to 40 characters, without whitespace, brackets `< > { } [ ]`, wildcards `? *`, the characters
 *   `" # % \ ^ | ~ \` $ & , ; : /`, or control characters;
 * - ResultWriter "cannot be empty. You must specify one of these sets of sub-fields": WriterConfig; Resource with
 *   Parameters (JSONata: Arguments); or all of them. WriterConfig holds OutputType (JSON | JSONL) and Transformation
 *   (NONE | COMPACT | FLATTEN).
 */
import type { JsonPathSegments } from '../types.ts';
import { has, isObject, type Context, type Json } from './context.ts';

const DISTRIBUTED_ONLY = [
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'Label',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
];
const LABEL_FORBIDDEN_CHARS = new Set(' <>{}[]?*"#%\\^|~`$&,;:/');

/** The first character a Label may not hold: whitespace, the listed characters, or a control character. */
function forbiddenInLabel(label: string): string | undefined {
  return [...label].find((ch) => {
    const c = ch.codePointAt(0)!;
    return /\s/.test(ch) || LABEL_FORBIDDEN_CHARS.has(ch) || c <= 0x1f || (c >= 0x7f && c <= 0x9f);
  });
}
const OUTPUT_TYPES = ['JSON', 'JSONL'];
const TRANSFORMATIONS = ['NONE', 'COMPACT', 'FLATTEN'];

function isDistributed(state: Json): boolean {
  const processor = state.ItemProcessor;
  return isObject(processor) && isObject(processor.ProcessorConfig) && processor.ProcessorConfig.Mode === 'DISTRIBUTED';
}

export function checkDistributedMap(ctx: Context, name: string, state: Json, path: JsonPathSegments): void {
  const distributed = isDistributed(state);
  for (const field of DISTRIBUTED_ONLY) {
    if (has(state, field) && !distributed) ctx.report('map.distributedOnly', [...path, field], { field, state: name }, { key: true });
  }
  if (typeof state.Label === 'string') checkLabel(ctx, state.Label, [...path, 'Label']);
  if (isObject(state.ResultWriter)) checkResultWriter(ctx, state.ResultWriter, [...path, 'ResultWriter']);
}

function checkLabel(ctx: Context, label: string, path: JsonPathSegments): void {
  const length = [...label].length;
  if (length > 40) ctx.report('map.label.invalid', path, { problem: `has ${length} characters; at most 40 are allowed` });
  const bad = forbiddenInLabel(label);
  if (bad !== undefined) ctx.report('map.label.invalid', path, { problem: `contains ${JSON.stringify(bad)}, which a Label may not hold (whitespace, brackets, wildcards and the characters " # % \\ ^ | ~ \` $ & , ; : / are not allowed)` });
}

function checkResultWriter(ctx: Context, writer: Json, path: JsonPathSegments): void {
  const hasResource = has(writer, 'Resource');
  const hasTarget = has(writer, 'Parameters') || has(writer, 'Arguments');
  const hasConfig = has(writer, 'WriterConfig');
  if (!hasResource && !hasTarget && !hasConfig) {
    ctx.report('map.resultWriter.incomplete', path, { need: 'WriterConfig, or Resource with Parameters (Arguments in JSONata), or all three' }, { key: true });
  } else if (hasResource !== hasTarget) {
    ctx.report('map.resultWriter.incomplete', path, { need: hasResource ? 'Parameters (Arguments in JSONata) beside its Resource' : 'a Resource (arn:aws:states:::s3:putObject) beside its Parameters' }, { key: true });
  }
  if (!hasConfig) return;
  const config = writer.WriterConfig;
  const at = [...path, 'WriterConfig'];
  // The field table checks WriterConfig's type and its values; this checks that both are there.
  if (!isObject(config)) return;
  for (const [field, values] of [
    ['OutputType', OUTPUT_TYPES],
    ['Transformation', TRANSFORMATIONS],
  ] as const) {
    if (!has(config, field)) ctx.report('map.resultWriter.incomplete', at, { need: `WriterConfig.${field} (${values.join(' or ')})` }, { key: true });
  }
}
