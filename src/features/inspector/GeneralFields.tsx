/** Name, type, Comment and QueryLanguage of a state, and the problems the validator found in it. */
import { STATE_TYPE_INFO } from '../../ui/stateLooks.ts';
import { SpecField } from './SpecField.tsx';
import { NameField } from './NameField.tsx';
import { setStateField } from './edits.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

export function GeneralFields({ ctx }: { ctx: InspectedState }) {
  const info = ctx.type ? STATE_TYPE_INFO[ctx.type] : undefined;
  const owner = ctx.type ?? 'Pass';
  const set = (field: string) => (value: unknown) => setStateField(ctx.id, [field], value);
  return (
    <div className="insp-general">
      <h2 className="insp-title">
        <span className="insp-type-icon" style={{ color: info?.accent }} aria-hidden="true">
          {info?.icon ?? '?'}
        </span>
        {ctx.name}
      </h2>
      <p className="muted">
        {info ? `${info.label} state — ${info.description}` : 'Unknown state type'} · {ctx.lang}
      </p>
      {ctx.problems.length > 0 && (
        <ul className="insp-problems" aria-label="Problems in this state">
          {ctx.problems.map((d, i) => (
            <li key={i} className={`insp-problem insp-problem-${d.severity}`}>
              {d.message}
            </li>
          ))}
        </ul>
      )}
      <NameField id={ctx.id} name={ctx.name} />
      <SpecField owner={owner} name="Comment" value={ctx.state.Comment} lang={ctx.lang} error={problemAt(ctx.problems, ['Comment'])} onCommit={set('Comment')} />
      <SpecField
        owner={owner}
        name="QueryLanguage"
        value={ctx.state.QueryLanguage}
        lang={ctx.lang}
        error={problemAt(ctx.problems, ['QueryLanguage'])}
        onCommit={set('QueryLanguage')}
      />
    </div>
  );
}
