/**
 * A Lambda invoke Task as Workflow Studio shows it: the function (name, partial or full ARN, with a version or
 * alias; checked as you type), the payload (state input, custom JSON, none) and "wait for callback". Each change
 * is one named command (src/commands/lambda.ts), so one undo step.
 */
import { useId } from 'react';
import { parseFunctionRef } from '../../asl/lambdaFunction.ts';
import type { JsonValue, State } from '../../asl/types.ts';
import { lambdaConfig, setLambdaCallback, setLambdaFunction, setLambdaPayload, type PayloadKind } from '../../commands/lambda.ts';
import { CheckboxField } from '../../ui/CheckboxField.tsx';
import { JsonField } from '../../ui/JsonField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { run } from './edits.ts';
import { Section } from './Section.tsx';
import { problemAt, type InspectedState } from './useInspected.ts';

const PAYLOADS: { kind: PayloadKind; label: string }[] = [
  { kind: 'input', label: 'Use state input as payload' },
  { kind: 'custom', label: 'Enter payload' },
  { kind: 'none', label: 'No payload' },
];

function functionProblem(text: string): string | undefined {
  const ref = parseFunctionRef(text);
  return ref.ok ? undefined : ref.message;
}

function describeRef(text: string | undefined): string {
  if (text === undefined) return 'A function name (my-function), partial ARN (123456789012:function:my-function) or ARN; add :alias or :version';
  const ref = parseFunctionRef(text);
  if (!ref.ok) return ref.message;
  const kind = ref.kind === 'arn' ? 'Function ARN' : ref.kind === 'partial-arn' ? 'Partial ARN' : 'Function name';
  const q = ref.qualifierKind === 'alias' ? `, alias ${ref.qualifier}` : ref.qualifierKind === 'version' ? `, version ${ref.qualifier}` : ref.qualifierKind === 'latest' ? ', $LATEST' : ', unqualified';
  return `${kind}: ${ref.name}${ref.region ? ` in ${ref.region}` : ''}${q}`;
}

export function LambdaFields({ ctx }: { ctx: InspectedState }) {
  const cfg = lambdaConfig(ctx.def, ctx.state as unknown as State);
  const argsField = cfg.lang === 'JSONata' ? 'Arguments' : 'Parameters';
  const groupId = useId();
  return (
    <Section title="Lambda function">
      {cfg.dynamicFunction ? (
        <p className="muted">The function is chosen at run time ({argsField}.FunctionName is an expression): edit it in {argsField} below.</p>
      ) : (
        <TextField
          label="Function name or ARN"
          value={cfg.functionName}
          monospace
          placeholder="my-function:prod"
          error={problemAt(ctx.problems, [argsField, 'FunctionName'])}
          validate={functionProblem}
          onCommit={(v) => (v.trim() === (cfg.functionName ?? '') ? true : run(setLambdaFunction, { id: ctx.id, functionName: v }))}
        />
      )}
      {!cfg.dynamicFunction && <p className="muted insp-note">{describeRef(cfg.functionName)}</p>}
      <fieldset className="insp-radios" aria-labelledby={`${groupId}-legend`}>
        <legend id={`${groupId}-legend`}>Payload</legend>
        {PAYLOADS.map((p) => (
          <label key={p.kind} className="insp-radio">
            <input
              type="radio"
              name={`${groupId}-payload`}
              value={p.kind}
              checked={cfg.payload === p.kind}
              onChange={() => run(setLambdaPayload, { id: ctx.id, payload: p.kind })}
            />
            {p.label}
          </label>
        ))}
      </fieldset>
      {cfg.payload === 'custom' && (
        <JsonField
          label="Payload JSON"
          value={cfg.payloadValue}
          allowExpression={cfg.lang === 'JSONata'}
          onCommit={(v) => run(setLambdaPayload, { id: ctx.id, payload: 'custom', value: (v ?? {}) as JsonValue })}
        />
      )}
      {cfg.callback && <p className="muted insp-note">The payload carries the task token; the result is what SendTaskSuccess returns.</p>}
      <CheckboxField
        label="Wait for callback"
        checked={cfg.callback}
        help="Pauses until SendTaskSuccess or SendTaskFailure returns the task token (Resource …lambda:invoke.waitForTaskToken)"
        onChange={(on) => run(setLambdaCallback, { id: ctx.id, callback: on })}
      />
    </Section>
  );
}
