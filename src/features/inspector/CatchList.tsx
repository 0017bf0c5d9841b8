/** Catch: the list of catchers (add / remove / edit): error names, the fallback state, ResultPath or Output, Assign. */
import { addCatcher, removeCatcher, updateCatcher } from '../../commands/index.ts';
import { withField } from '../../commands/immutable.ts';
import type { Catcher } from '../../asl/types.ts';
import { TokenList } from '../../ui/TokenList.tsx';
import { SpecField } from './SpecField.tsx';
import { Section } from './Section.tsx';
import { run } from './edits.ts';
import { COMMON_ERRORS } from './resources.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

function CatcherEditor({ ctx, catcher, index }: { ctx: InspectedState; catcher: Catcher; index: number }) {
  const title = `Catcher ${index + 1}`;
  const set = (field: string, value: unknown) =>
    run(updateCatcher, { id: ctx.id, index, catcher: withField(catcher as unknown as Record<string, unknown>, field, value) as unknown as Catcher });
  const errorAt = (field: string) => problemAt(ctx.problems, ['Catch', index, field]);
  const field = (name: string) => (
    <SpecField key={name} owner="Catcher" name={name} value={catcher[name as keyof Catcher]} lang={ctx.lang} error={errorAt(name)} onCommit={(v) => set(name, v)} />
  );
  return (
    <fieldset className="insp-item">
      <legend>{title}</legend>
      <TokenList
        label="ErrorEquals"
        tokens={Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals : []}
        suggestions={COMMON_ERRORS}
        help="The errors this catcher handles; States.ALL matches any error and must stand alone."
        error={errorAt('ErrorEquals')}
        onChange={(tokens) => {
          set('ErrorEquals', tokens);
        }}
      />
      <SpecField
        owner="Catcher"
        name="Next"
        value={catcher.Next}
        lang={ctx.lang}
        stateNames={ctx.siblings.map((s) => s.name)}
        error={errorAt('Next')}
        onCommit={(v) => (v === undefined ? 'A catcher needs a Next state' : set('Next', v))}
      />
      {ctx.lang === 'JSONata' ? field('Output') : field('ResultPath')}
      {field('Assign')}
      <button type="button" className="insp-remove" onClick={() => run(removeCatcher, { id: ctx.id, index })}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}

export function CatchList({ ctx }: { ctx: InspectedState }) {
  const list = (Array.isArray(ctx.state.Catch) ? ctx.state.Catch : []) as Catcher[];
  // A new catcher goes to another state of the scope (the first one that is not this state).
  const fallback = ctx.siblings.find((s) => s.id !== ctx.id);
  return (
    <Section
      title="Catch"
      actions={
        <button
          type="button"
          disabled={!fallback}
          title={fallback ? undefined : 'Add another state to this scope first: a catcher goes to it'}
          onClick={() => fallback && run(addCatcher, { id: ctx.id, next: fallback.name })}
        >
          Add catcher
        </button>
      }
    >
      {list.length === 0 && <p className="muted">No catchers: an error that is not retried fails the execution.</p>}
      {list.map((c, i) => (
        <CatcherEditor key={i} ctx={ctx} catcher={c} index={i} />
      ))}
    </Section>
  );
}
