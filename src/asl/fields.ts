/**
 * Every field of every ASL object (the top level, sub-machines, the eight state types, Retrier, Catcher, Choice
 * rule and the Distributed Map sub-objects): which query language allows it, whether it is required, the kind of
 * value and a one-line doc taken from the AWS Step Functions developer guide. Validation, the inspector form and
 * editor hover/completion all read this one table.
 */
import { STATE_TYPES, type QueryLanguage, type StateType } from './types.ts';

export type FieldKind =
  | 'string'
  | 'boolean'
  | 'json' // any JSON value
  | 'object'
  | 'enum'
  | 'stateName' // the name of a state in the same States object
  | 'resource' // an ARN (or a deploy-time `${Placeholder}`)
  | 'integer' // with min/max
  | 'number'
  | 'timestamp' // RFC 3339
  | 'path' // a JSONPath Path (`$.x`, `$$.x`, `$var`)
  | 'nullablePath' // a Path or null (InputPath, OutputPath)
  | 'referencePath' // a Reference Path or null (ResultPath)
  | 'pathOrIntrinsic' // a Path or an intrinsic function call (Fail ErrorPath/CausePath)
  | 'payloadTemplate' // an object whose `key.$` members hold paths or intrinsic functions
  | 'assign' // variables: a payload template (JSONPath) or JSONata values (JSONata)
  | 'jsonata' // any JSON value; strings `{% … %}` are JSONata expressions
  | 'condition' // JSONata Choice condition: `{% … %}` or a boolean
  | 'errorNames' // non-empty array of error names
  | 'states'
  | 'subMachine'
  | 'branches'
  | 'retriers'
  | 'catchers'
  | 'choiceRules'
  | 'choiceRule' // a nested rule (Not)
  | 'sub'; // an object described by another owner (see `sub`)

export type FieldOwner =
  | 'Machine'
  | 'Branch'
  | 'ItemProcessor'
  | StateType
  | 'Retrier'
  | 'Catcher'
  | 'ChoiceRule'
  | 'ProcessorConfig'
  | 'ItemReader'
  | 'ReaderConfig'
  | 'ItemBatcher'
  | 'ResultWriter'
  | 'WriterConfig';

export interface FieldSpec {
  name: string;
  /** The query languages in which the field is allowed. */
  languages: readonly QueryLanguage[];
  required?: boolean;
  kind: FieldKind;
  enum?: readonly string[];
  /** Inclusive numeric bounds for `integer`/`number`. */
  min?: number;
  max?: number;
  /** Fields that may not stand beside this one. */
  exclusive?: readonly string[];
  /** For kind `sub`: the owner that describes the nested object. */
  sub?: FieldOwner;
  /** In JSONata, a `{% … %}` string may stand in place of the value. */
  jsonata?: boolean;
  doc: string;
}

export const QUERY_LANGUAGES: readonly QueryLanguage[] = ['JSONPath', 'JSONata'];
const BOTH = QUERY_LANGUAGES;
const JP: readonly QueryLanguage[] = ['JSONPath'];
const JA: readonly QueryLanguage[] = ['JSONata'];
/** The largest timeout Step Functions accepts (one year, in seconds, rounded to the documented 99999999). */
export const MAX_SECONDS = 99999999;

type Opts = Omit<FieldSpec, 'name' | 'languages' | 'kind' | 'doc'>;
type Row = [name: string, languages: readonly QueryLanguage[], kind: FieldKind, doc: string, opts?: Opts];

function table(rows: Row[]): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  for (const [name, languages, kind, doc, opts] of rows) out[name] = { name, languages, kind, doc, ...opts };
  return out;
}

const COMMENT: Row = ['Comment', BOTH, 'string', 'A human-readable description.'];
const QL: Row = [
  'QueryLanguage',
  BOTH,
  'enum',
  'The query language of this state: JSONPath (default) or JSONata. Overrides the top-level QueryLanguage.',
  { enum: QUERY_LANGUAGES },
];
const TYPE = (t: StateType): Row => ['Type', BOTH, 'enum', `The state type (${t}).`, { required: true, enum: STATE_TYPES }];
const NEXT: Row = ['Next', BOTH, 'stateName', 'The name of the state to run next (not with End).'];
const END: Row = ['End', BOTH, 'boolean', 'When true, the execution (or branch/iteration) ends after this state (not with Next).'];
const INPUT_PATH: Row = ['InputPath', JP, 'nullablePath', 'Selects the part of the state input to work on; null discards it.'];
const OUTPUT_PATH: Row = ['OutputPath', JP, 'nullablePath', 'Selects the part of the state output passed to the next state; null sends {}.'];
const PARAMETERS: Row = ['Parameters', JP, 'payloadTemplate', 'A payload template that builds the effective input; keys ending in .$ take a path or an intrinsic function.'];
const RESULT_SELECTOR: Row = ['ResultSelector', JP, 'payloadTemplate', 'A payload template applied to the raw result before ResultPath.'];
const RESULT_PATH: Row = ['ResultPath', JP, 'referencePath', 'Where to put the result in the state input; null discards the result and keeps the input.'];
const ARGUMENTS: Row = ['Arguments', JA, 'jsonata', 'The input sent to the task or branches: JSON with {% JSONata %} expressions, or one expression.'];
const OUTPUT: Row = ['Output', JA, 'jsonata', 'The state output: JSON with {% JSONata %} expressions, or one expression. Defaults to the result.'];
const ASSIGN: Row = ['Assign', BOTH, 'assign', 'Variables to set after the state completes: name → value (JSONata expressions or .$ paths).'];
const RETRY: Row = ['Retry', BOTH, 'retriers', 'Retriers: the retry policy for errors, tried in order.'];
const CATCH: Row = ['Catch', BOTH, 'catchers', 'Catchers: fallback states for errors once retries are exhausted, tried in order.'];

const MACHINE: Row[] = [
  ['StartAt', BOTH, 'stateName', 'The name of the state the execution starts with.', { required: true }],
  ['States', BOTH, 'states', 'The states of the machine, by name.', { required: true }],
  COMMENT,
];

export const FIELDS: Readonly<Record<FieldOwner, Readonly<Record<string, FieldSpec>>>> = {
  Machine: table([
    ...MACHINE,
    ['Version', BOTH, 'string', 'The version of the Amazon States Language used (default "1.0").'],
    ['TimeoutSeconds', BOTH, 'integer', 'The maximum number of seconds an execution may run; it fails with States.Timeout after.', { min: 0, max: MAX_SECONDS }],
    ['QueryLanguage', BOTH, 'enum', 'The query language of every state that does not set its own: JSONPath (default) or JSONata.', { enum: QUERY_LANGUAGES }],
  ]),
  Branch: table(MACHINE),
  ItemProcessor: table([
    ...MACHINE,
    ['ProcessorConfig', BOTH, 'sub', 'How the items are processed: Mode (INLINE or DISTRIBUTED) and ExecutionType.', { sub: 'ProcessorConfig' }],
  ]),
  Task: table([
    TYPE('Task'), COMMENT, QL, NEXT, END, INPUT_PATH, OUTPUT_PATH, PARAMETERS, RESULT_SELECTOR, RESULT_PATH, ARGUMENTS, OUTPUT, ASSIGN, RETRY, CATCH,
    ['Resource', BOTH, 'resource', 'The ARN of the work to do: an activity, a Lambda function or a service integration (arn:aws:states:::…).', { required: true }],
    ['Credentials', BOTH, 'payloadTemplate', 'The role to assume for the task (RoleArn, or RoleArn.$ in JSONPath).'],
    ['TimeoutSeconds', BOTH, 'integer', 'The maximum seconds the task may run before it fails with States.Timeout (default 99999999).', { min: 1, max: MAX_SECONDS, exclusive: ['TimeoutSecondsPath'], jsonata: true }],
    ['TimeoutSecondsPath', JP, 'path', 'A path to the timeout in seconds, read from the state input.', { exclusive: ['TimeoutSeconds'] }],
    ['HeartbeatSeconds', BOTH, 'integer', 'The maximum seconds between heartbeats from the task; must be below TimeoutSeconds.', { min: 1, max: MAX_SECONDS, exclusive: ['HeartbeatSecondsPath'], jsonata: true }],
    ['HeartbeatSecondsPath', JP, 'path', 'A path to the heartbeat interval in seconds, read from the state input.', { exclusive: ['HeartbeatSeconds'] }],
  ]),
  Choice: table([
    TYPE('Choice'), COMMENT, QL, INPUT_PATH, OUTPUT_PATH, OUTPUT, ASSIGN,
    ['Choices', BOTH, 'choiceRules', 'Choice rules, evaluated in order; the first that matches names the next state.', { required: true }],
    ['Default', BOTH, 'stateName', 'The state to run when no rule matches; without it the execution fails with States.NoChoiceMatched.'],
  ]),
  Pass: table([
    TYPE('Pass'), COMMENT, QL, NEXT, END, INPUT_PATH, OUTPUT_PATH, PARAMETERS, RESULT_PATH, OUTPUT, ASSIGN,
    ['Result', JP, 'json', 'A fixed result passed on as the state output (through ResultPath).'],
  ]),
  Wait: table([
    TYPE('Wait'), COMMENT, QL, NEXT, END, INPUT_PATH, OUTPUT_PATH, OUTPUT, ASSIGN,
    ['Seconds', BOTH, 'integer', 'The number of seconds to wait.', { min: 0, max: MAX_SECONDS, jsonata: true }],
    ['Timestamp', BOTH, 'timestamp', 'Wait until this time (RFC 3339, e.g. 2026-01-01T00:00:00Z).', { jsonata: true }],
    ['SecondsPath', JP, 'path', 'A path to the number of seconds to wait, read from the state input.'],
    ['TimestampPath', JP, 'path', 'A path to the timestamp to wait until, read from the state input.'],
  ]),
  Succeed: table([TYPE('Succeed'), COMMENT, QL, INPUT_PATH, OUTPUT_PATH, OUTPUT]),
  Fail: table([
    TYPE('Fail'), COMMENT, QL,
    ['Error', BOTH, 'string', 'The error name reported for the failure.', { exclusive: ['ErrorPath'], jsonata: true }],
    ['ErrorPath', JP, 'pathOrIntrinsic', 'A path (or intrinsic function) producing the error name.', { exclusive: ['Error'] }],
    ['Cause', BOTH, 'string', 'A human-readable cause of the failure.', { exclusive: ['CausePath'], jsonata: true }],
    ['CausePath', JP, 'pathOrIntrinsic', 'A path (or intrinsic function) producing the cause.', { exclusive: ['Cause'] }],
  ]),
  Parallel: table([
    TYPE('Parallel'), COMMENT, QL, NEXT, END, INPUT_PATH, OUTPUT_PATH, PARAMETERS, RESULT_SELECTOR, RESULT_PATH, ARGUMENTS, OUTPUT, ASSIGN, RETRY, CATCH,
    ['Branches', BOTH, 'branches', 'The branches to run in parallel, each a sub-machine with StartAt and States.', { required: true }],
  ]),
  Map: table([
    TYPE('Map'), COMMENT, QL, NEXT, END, INPUT_PATH, OUTPUT_PATH, RESULT_SELECTOR, RESULT_PATH, ARGUMENTS, OUTPUT, ASSIGN, RETRY, CATCH,
    ['ItemProcessor', BOTH, 'subMachine', 'The sub-machine run for each item, with its ProcessorConfig.', { exclusive: ['Iterator'] }],
    ['Iterator', BOTH, 'subMachine', 'Deprecated form of ItemProcessor (inline mode only).', { exclusive: ['ItemProcessor'] }],
    ['ItemsPath', JP, 'path', 'A path to the array to iterate over in the state input (default $).'],
    ['Items', JA, 'jsonata', 'The array to iterate over: a JSON array or a {% JSONata %} expression.'],
    ['ItemSelector', BOTH, 'payloadTemplate', 'Builds the input of each iteration (JSONPath: payload template; JSONata: expressions).', { exclusive: ['Parameters'] }],
    ['Parameters', JP, 'payloadTemplate', 'Deprecated form of ItemSelector.', { exclusive: ['ItemSelector'] }],
    ['ItemReader', BOTH, 'sub', 'Reads the items from an external source such as Amazon S3 (Distributed mode).', { sub: 'ItemReader' }],
    ['ItemBatcher', BOTH, 'sub', 'Groups items into batches for each child workflow (Distributed mode).', { sub: 'ItemBatcher' }],
    ['ResultWriter', BOTH, 'sub', 'Writes the results of the child workflows to Amazon S3 (Distributed mode).', { sub: 'ResultWriter' }],
    ['MaxConcurrency', BOTH, 'integer', 'The upper bound of iterations running at once; 0 means no limit.', { min: 0, exclusive: ['MaxConcurrencyPath'], jsonata: true }],
    ['MaxConcurrencyPath', JP, 'path', 'A path to MaxConcurrency in the state input.', { exclusive: ['MaxConcurrency'] }],
    ['ToleratedFailureCount', BOTH, 'integer', 'How many failed items are tolerated before the Map state fails (Distributed mode).', { min: 0, exclusive: ['ToleratedFailureCountPath'], jsonata: true }],
    ['ToleratedFailureCountPath', JP, 'path', 'A path to ToleratedFailureCount in the state input.', { exclusive: ['ToleratedFailureCount'] }],
    ['ToleratedFailurePercentage', BOTH, 'number', 'The percentage of failed items tolerated before the Map state fails (0–100, Distributed mode).', { min: 0, max: 100, exclusive: ['ToleratedFailurePercentagePath'], jsonata: true }],
    ['ToleratedFailurePercentagePath', JP, 'path', 'A path to ToleratedFailurePercentage in the state input.', { exclusive: ['ToleratedFailurePercentage'] }],
    ['Label', BOTH, 'string', 'A label for the child workflow executions of a Distributed Map (up to 40 characters).'],
  ]),
  Retrier: table([
    ['ErrorEquals', BOTH, 'errorNames', 'The error names this retrier matches; States.ALL matches any error and must stand alone.', { required: true }],
    ['IntervalSeconds', BOTH, 'integer', 'Seconds before the first retry (default 1).', { min: 1, max: MAX_SECONDS }],
    ['MaxAttempts', BOTH, 'integer', 'The maximum number of retries (default 3); 0 never retries.', { min: 0, max: MAX_SECONDS }],
    ['BackoffRate', BOTH, 'number', 'The multiplier of the retry interval after each attempt (default 2.0, at least 1.0).', { min: 1 }],
    ['MaxDelaySeconds', BOTH, 'integer', 'The upper bound of the retry interval in seconds.', { min: 1, max: 31622400 }],
    ['JitterStrategy', BOTH, 'enum', 'FULL randomizes the retry intervals; NONE (default) does not.', { enum: ['FULL', 'NONE'] }],
    COMMENT,
  ]),
  Catcher: table([
    ['ErrorEquals', BOTH, 'errorNames', 'The error names this catcher matches; States.ALL matches any error and must stand alone.', { required: true }],
    ['Next', BOTH, 'stateName', 'The state to run when the catcher matches.', { required: true }],
    ['ResultPath', JP, 'referencePath', 'Where to put the error output in the state input (default $: replaces it).'],
    ['Output', JA, 'jsonata', 'The output sent to the fallback state ($states.errorOutput holds the error).'],
    ['Assign', BOTH, 'assign', 'Variables to set when the catcher matches.'],
    COMMENT,
  ]),
  ChoiceRule: table([
    ['Next', BOTH, 'stateName', 'The state to run when the rule matches (top-level rules only).'],
    ['Variable', JP, 'path', 'A path to the value compared by the rule.'],
    ['And', JP, 'choiceRules', 'Matches when every nested rule matches.'],
    ['Or', JP, 'choiceRules', 'Matches when any nested rule matches.'],
    ['Not', JP, 'choiceRule', 'Matches when the nested rule does not match.'],
    ['Condition', JA, 'condition', 'A {% JSONata %} expression (or a boolean); the rule matches when it is true.'],
    ['Assign', BOTH, 'assign', 'Variables to set when the rule matches (top-level rules only).'],
    ['Output', JA, 'jsonata', 'The state output when the rule matches (top-level rules only).'],
    COMMENT,
  ]),
  ProcessorConfig: table([
    ['Mode', BOTH, 'enum', 'INLINE (default) runs iterations in this execution; DISTRIBUTED starts child workflow executions.', { enum: ['INLINE', 'DISTRIBUTED'] }],
    ['ExecutionType', BOTH, 'enum', 'The type of the child workflows of a Distributed Map: STANDARD or EXPRESS.', { enum: ['STANDARD', 'EXPRESS'] }],
  ]),
  ItemReader: table([
    ['Resource', BOTH, 'resource', 'The integration that reads the items, e.g. arn:aws:states:::s3:getObject or s3:listObjectsV2.', { required: true }],
    ['Parameters', JP, 'payloadTemplate', 'The request for the reader (Bucket, Key, Prefix…).'],
    ['Arguments', JA, 'jsonata', 'The request for the reader (Bucket, Key, Prefix…).'],
    ['ReaderConfig', BOTH, 'sub', 'How to read the items: InputType, CSV header, MaxItems.', { sub: 'ReaderConfig' }],
  ]),
  ReaderConfig: table([
    ['InputType', BOTH, 'enum', 'The format of the source: CSV, JSON, JSONL, MANIFEST or PARQUET.', { enum: ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'] }],
    ['CSVHeaderLocation', BOTH, 'enum', 'Where the CSV column names come from: FIRST_ROW or GIVEN.', { enum: ['FIRST_ROW', 'GIVEN'] }],
    ['CSVHeaders', BOTH, 'json', 'The CSV column names when CSVHeaderLocation is GIVEN.'],
    ['CSVDelimiter', BOTH, 'enum', 'The CSV field separator.', { enum: ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'] }],
    ['ManifestType', BOTH, 'enum', 'The kind of manifest: ATHENA_DATA or S3_INVENTORY.', { enum: ['ATHENA_DATA', 'S3_INVENTORY'] }],
    ['MaxItems', BOTH, 'integer', 'The maximum number of items to read.', { min: 0, max: 100000000, exclusive: ['MaxItemsPath'], jsonata: true }],
    ['MaxItemsPath', JP, 'path', 'A path to MaxItems in the state input.', { exclusive: ['MaxItems'] }],
  ]),
  ItemBatcher: table([
    ['MaxItemsPerBatch', BOTH, 'integer', 'The maximum number of items in a batch.', { min: 1, exclusive: ['MaxItemsPerBatchPath'], jsonata: true }],
    ['MaxItemsPerBatchPath', JP, 'path', 'A path to MaxItemsPerBatch in the state input.', { exclusive: ['MaxItemsPerBatch'] }],
    ['MaxInputBytesPerBatch', BOTH, 'integer', 'The maximum size of a batch in bytes (up to 256 KiB).', { min: 1, max: 262144, exclusive: ['MaxInputBytesPerBatchPath'], jsonata: true }],
    ['MaxInputBytesPerBatchPath', JP, 'path', 'A path to MaxInputBytesPerBatch in the state input.', { exclusive: ['MaxInputBytesPerBatch'] }],
    ['BatchInput', BOTH, 'jsonata', 'Fixed JSON added to every batch (as BatchInput).'],
  ]),
  ResultWriter: table([
    ['Resource', BOTH, 'resource', 'The integration that writes the results: arn:aws:states:::s3:putObject.'],
    ['Parameters', JP, 'payloadTemplate', 'Where to write: Bucket and Prefix.'],
    ['Arguments', JA, 'jsonata', 'Where to write: Bucket and Prefix.'],
    ['WriterConfig', BOTH, 'sub', 'How to write the results: OutputType and Transformation.', { sub: 'WriterConfig' }],
  ]),
  WriterConfig: table([
    ['OutputType', BOTH, 'enum', 'The format of the written results: JSON or JSONL.', { enum: ['JSON', 'JSONL'] }],
    ['Transformation', BOTH, 'enum', 'How to shape the results: NONE, COMPACT or FLATTEN.', { enum: ['NONE', 'COMPACT', 'FLATTEN'] }],
  ]),
};

/** The spec of one field, or undefined when the owner does not know it. */
export function fieldSpec(owner: FieldOwner, name: string): FieldSpec | undefined {
  const t = FIELDS[owner];
  return Object.prototype.hasOwnProperty.call(t, name) ? t[name] : undefined;
}

/** The fields of an owner, optionally only those allowed in one query language (for forms and completion). */
export function fieldsOf(owner: FieldOwner, language?: QueryLanguage): FieldSpec[] {
  const all = Object.values(FIELDS[owner]);
  return language ? all.filter((f) => f.languages.includes(language)) : all;
}

export type OperandKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'path';

export interface ChoiceOperatorSpec {
  name: string;
  operand: OperandKind;
  doc: string;
}

function operators(): Record<string, ChoiceOperatorSpec> {
  const out: Record<string, ChoiceOperatorSpec> = {};
  const add = (name: string, operand: OperandKind, doc: string) => (out[name] = { name, operand, doc });
  const cmp: [string, string][] = [
    ['Equals', 'equals'],
    ['LessThan', 'is less than'],
    ['GreaterThan', 'is greater than'],
    ['LessThanEquals', 'is less than or equal to'],
    ['GreaterThanEquals', 'is greater than or equal to'],
  ];
  const families: [string, OperandKind, string][] = [
    ['String', 'string', 'string'],
    ['Numeric', 'number', 'number'],
    ['Timestamp', 'timestamp', 'timestamp (RFC 3339)'],
  ];
  for (const [family, operand, what] of families) {
    for (const [suffix, verb] of cmp) {
      add(`${family}${suffix}`, operand, `Matches when the Variable ${verb} the given ${what}.`);
      add(`${family}${suffix}Path`, 'path', `Matches when the Variable ${verb} the ${what} at the given path.`);
    }
  }
  add('BooleanEquals', 'boolean', 'Matches when the Variable equals the given boolean.');
  add('BooleanEqualsPath', 'path', 'Matches when the Variable equals the boolean at the given path.');
  add('StringMatches', 'string', 'Matches when the Variable matches the pattern; * is a wildcard, \\* a literal star.');
  add('IsNull', 'boolean', 'Matches when the Variable is (true) or is not (false) null.');
  add('IsPresent', 'boolean', 'Matches when the Variable exists (true) or does not (false) in the input.');
  add('IsNumeric', 'boolean', 'Matches when the Variable is (true) or is not (false) a number.');
  add('IsString', 'boolean', 'Matches when the Variable is (true) or is not (false) a string.');
  add('IsBoolean', 'boolean', 'Matches when the Variable is (true) or is not (false) a boolean.');
  add('IsTimestamp', 'boolean', 'Matches when the Variable is (true) or is not (false) an RFC 3339 timestamp.');
  return out;
}

/** The comparison operators of a JSONPath Choice rule (each rule has a Variable and exactly one of them). */
export const CHOICE_OPERATORS: Readonly<Record<string, ChoiceOperatorSpec>> = operators();

export function choiceOperator(name: string): ChoiceOperatorSpec | undefined {
  return Object.prototype.hasOwnProperty.call(CHOICE_OPERATORS, name) ? CHOICE_OPERATORS[name] : undefined;
}
