/**
 * The offer shown after a Task's Resource changed between `lambda:invoke` and a plain function ARN while its
 * Parameters/Arguments and OutputPath/Output still fit the other form: one button runs `lambda.fitResource` (one
 * undo step), the other leaves the fields as they are.
 */
import { useState } from 'react';
import { isDirectFunctionArn } from '../../asl/lambdaFunction.ts';
import type { State } from '../../asl/types.ts';
import { fitLambdaResource, resourceMismatch } from '../../commands/lambda.ts';
import { run } from './edits.ts';
import type { InspectedState } from './useInspected.ts';

export function ResourceFitPrompt({ ctx }: { ctx: InspectedState }) {
  const resource = typeof ctx.state.Resource === 'string' ? ctx.state.Resource : '';
  // The last plain function ARN this Task had: the FunctionName when it moves to lambda:invoke.
  const [lastDirect, setLastDirect] = useState<string | undefined>();
  if (isDirectFunctionArn(resource) && lastDirect !== resource) setLastDirect(resource);
  const [dismissed, setDismissed] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const mismatch = resourceMismatch(ctx.def, ctx.state as unknown as State);
  if (!mismatch || dismissed === resource) return null;
  const args = ctx.lang === 'JSONata' ? 'Arguments' : 'Parameters';
  const out = ctx.lang === 'JSONata' ? 'Output' : 'OutputPath';
  const text =
    mismatch === 'direct'
      ? `This Task now calls the function directly, but its ${args} still hold FunctionName/Payload and its ${out} still picks the Invoke response's Payload.`
      : `This Task now uses lambda:invoke, but its ${args} have no FunctionName and its output is the whole Invoke response.`;
  const fix = mismatch === 'direct' ? `Use the payload as ${args}, drop ${out}` : `Add FunctionName and Payload, set ${out}`;
  return (
    <div className="insp-prompt" role="group" aria-label="Resource changed">
      <p role="status">{text}</p>
      {refusal && <p className="insp-problem-error">{refusal}</p>}
      <div className="insp-actions">
        <button
          type="button"
          onClick={() => {
            const functionName = mismatch === 'invoke' ? lastDirect : undefined;
            const r = run(fitLambdaResource, { id: ctx.id, ...(functionName ? { functionName } : {}) });
            setRefusal(r === true ? undefined : r);
          }}
        >
          {fix}
        </button>
        <button type="button" onClick={() => setDismissed(resource)}>
          Keep as is
        </button>
      </div>
    </div>
  );
}
