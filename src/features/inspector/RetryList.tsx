/** Retry: the list of retriers (add / remove / edit), each with its error names and back-off settings. */
import { addRetrier, removeRetrier, updateRetrier } from '../../commands/index.ts';
import { withField } from '../../commands/immutable.ts';
import type { Retrier } from '../../asl/types.ts';
import { TokenList } from '../../ui/TokenList.tsx';
import { SpecField } from './SpecField.tsx';
import { Section } from './Section.tsx';
import { run } from './edits.ts';
import { COMMON_ERRORS } from './resources.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

const NUMBERS = ['IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds'] as const;

function RetrierEditor({ ctx, retrier, index }: { ctx: InspectedState; retrier: Retrier; index: number }) {
  const title = `Retrier ${index + 1}`;
  const set = (field: string, value: unknown) =>
    run(updateRetrier, { id: ctx.id, index, retrier: withField(retrier as unknown as Record<string, unknown>, field, value) as unknown as Retrier });
  const errorAt = (field: string) => problemAt(ctx.problems, ['Retry', index, field]);
  return (
    <fieldset className="insp-item">
      <legend>{title}</legend>
      <TokenList
        label="ErrorEquals"
        tokens={Array.isArray(retrier.ErrorEquals) ? retrier.ErrorEquals : []}
        suggestions={COMMON_ERRORS}
        help="The errors this retrier handles; States.ALL matches any error and must stand alone."
        error={errorAt('ErrorEquals')}
        onChange={(tokens) => {
          set('ErrorEquals', tokens);
        }}
      />
      <div className="insp-grid">
        {NUMBERS.map((f) => (
          <SpecField key={f} owner="Retrier" name={f} value={retrier[f]} lang={ctx.lang} error={errorAt(f)} onCommit={(v) => set(f, v)} />
        ))}
      </div>
      <SpecField
        owner="Retrier"
        name="JitterStrategy"
        value={retrier.JitterStrategy}
        lang={ctx.lang}
        error={errorAt('JitterStrategy')}
        onCommit={(v) => set('JitterStrategy', v)}
      />
      <button type="button" className="insp-remove" onClick={() => run(removeRetrier, { id: ctx.id, index })}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}

export function RetryList({ ctx }: { ctx: InspectedState }) {
  const list = (Array.isArray(ctx.state.Retry) ? ctx.state.Retry : []) as Retrier[];
  return (
    <Section
      title="Retry"
      actions={
        <button type="button" onClick={() => run(addRetrier, { id: ctx.id })}>
          Add retrier
        </button>
      }
    >
      {list.length === 0 && <p className="muted">No retriers: a failure is not retried.</p>}
      {list.map((r, i) => (
        <RetrierEditor key={i} ctx={ctx} retrier={r} index={i} />
      ))}
    </Section>
  );
}
