/**
 * Lambda function references, as the Lambda Invoke API's `FunctionName` accepts them
 * (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_RequestSyntax):
 * - a name: `my-function`, or `my-function:v1` (with an alias or version),
 * - a partial ARN: `123456789012:function:my-function[:qualifier]`,
 * - a full ARN: `arn:aws:lambda:us-west-2:123456789012:function:my-function[:qualifier]`.
 * A name is 1–64 letters, digits, `-` or `_`; a qualifier is `$LATEST`, a version number or an alias (1–128 of
 * letters, digits, `-` or `_`, not only digits); the whole reference is at most 170 characters.
 * Errors are data: `{ ok: false, code, message }`, one message per code.
 */

export type FunctionRefKind = 'name' | 'partial-arn' | 'arn';

export interface FunctionRef {
  ok: true;
  kind: FunctionRefKind;
  name: string;
  /** `$LATEST`, a version number or an alias, when the reference has one. */
  qualifier?: string;
  qualifierKind?: 'latest' | 'version' | 'alias';
  region?: string;
  account?: string;
}

export type FunctionRefErrorCode =
  | 'lambda.function.empty'
  | 'lambda.function.tooLong'
  | 'lambda.function.badName'
  | 'lambda.function.nameTooLong'
  | 'lambda.function.badQualifier'
  | 'lambda.function.badAccount'
  | 'lambda.function.badRegion'
  | 'lambda.function.badArn';

export interface FunctionRefError {
  ok: false;
  code: FunctionRefErrorCode;
  message: string;
}

const MESSAGES: Record<FunctionRefErrorCode, string> = {
  'lambda.function.empty': 'Enter a function name or ARN',
  'lambda.function.tooLong': 'A function name or ARN is at most 170 characters',
  'lambda.function.badName': 'A function name uses only letters, digits, hyphens (-) and underscores (_)',
  'lambda.function.nameTooLong': 'A function name is at most 64 characters',
  'lambda.function.badQualifier': 'A version or alias is $LATEST, a version number, or an alias of letters, digits, - and _ (at most 128)',
  'lambda.function.badAccount': 'The account ID is 12 digits',
  'lambda.function.badRegion': 'The Region looks like us-east-1',
  'lambda.function.badArn': 'A function ARN looks like arn:aws:lambda:us-east-1:123456789012:function:my-function',
};

const fail = (code: FunctionRefErrorCode): FunctionRefError => ({ ok: false, code, message: MESSAGES[code] });

const NAME = /^[A-Za-z0-9_-]+$/;
const QUALIFIER = /^(\$LATEST|[A-Za-z0-9_-]{1,128})$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const PARTITION = /^aws(-[a-z-]+)?$/;

function nameAndQualifier(parts: string[]): Omit<FunctionRef, 'ok' | 'kind'> | FunctionRefError {
  const [name, qualifier, ...rest] = parts;
  if (rest.length > 0 || name === undefined || name === '') return fail('lambda.function.badName');
  if (!NAME.test(name)) return fail('lambda.function.badName');
  if (name.length > 64) return fail('lambda.function.nameTooLong');
  if (qualifier === undefined) return { name };
  if (!QUALIFIER.test(qualifier)) return fail('lambda.function.badQualifier');
  const qualifierKind = qualifier === '$LATEST' ? 'latest' : /^\d+$/.test(qualifier) ? 'version' : 'alias';
  return { name, qualifier, qualifierKind };
}

/** Check a `FunctionName` value; a valid one is taken apart (name, qualifier, Region, account). */
export function parseFunctionRef(input: string): FunctionRef | FunctionRefError {
  const text = input.trim();
  if (text === '') return fail('lambda.function.empty');
  if (text.length > 170) return fail('lambda.function.tooLong');
  const parts = text.split(':');
  if (parts[0] === 'arn') {
    // arn : partition : lambda : region : account : function : name [: qualifier]
    if (parts.length < 7 || parts[2] !== 'lambda' || parts[5] !== 'function' || !PARTITION.test(parts[1] ?? '')) return fail('lambda.function.badArn');
    if (!REGION.test(parts[3] ?? '')) return fail('lambda.function.badRegion');
    if (!ACCOUNT.test(parts[4] ?? '')) return fail('lambda.function.badAccount');
    const rest = nameAndQualifier(parts.slice(6));
    return 'ok' in rest ? rest : { ok: true, kind: 'arn', region: parts[3], account: parts[4], ...rest };
  }
  if (parts.length >= 3 && parts[1] === 'function') {
    if (!ACCOUNT.test(parts[0] ?? '')) return fail('lambda.function.badAccount');
    const rest = nameAndQualifier(parts.slice(2));
    return 'ok' in rest ? rest : { ok: true, kind: 'partial-arn', account: parts[0], ...rest };
  }
  const rest = nameAndQualifier(parts);
  return 'ok' in rest ? rest : { ok: true, kind: 'name', ...rest };
}

/** A Task Resource that calls a function directly (the older form): `arn:aws:lambda:<region>:<account>:function:<name>[:q]`. */
export function isDirectFunctionArn(resource: unknown): resource is string {
  if (typeof resource !== 'string') return false;
  const ref = parseFunctionRef(resource);
  return ref.ok && ref.kind === 'arn';
}
