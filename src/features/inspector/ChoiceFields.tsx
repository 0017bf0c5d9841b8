/** Choice: the rules (each a condition and its Next; add / remove / move / edit) and the Default. */
import { addRule, moveRule, removeRule, updateRule } from '../../commands/index.ts';
import { withField } from '../../commands/immutable.ts';
import type { ChoiceRule } from '../../asl/types.ts';
import { SpecField } from './SpecField.tsx';
import { Section } from './Section.tsx';
import { ConditionEditor } from './ConditionEditor.tsx';
import { run, setStateField } from './edits.ts';
import { defaultRule } from './choiceRules.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

function RuleEditor({ ctx, rule, index, count }: { ctx: InspectedState; rule: ChoiceRule; index: number; count: number }) {
  const title = `Rule ${index + 1}`;
  const update = (r: ChoiceRule) => run(updateRule, { id: ctx.id, index, rule: r });
  const errorAt = (field: string) => problemAt(ctx.problems, ['Choices', index, field]);
  const names = ctx.siblings.map((s) => s.name);
  return (
    <fieldset className="insp-item">
      <legend>{title}</legend>
      <ConditionEditor rule={rule} lang={ctx.lang} path={['Choices', index]} problems={ctx.problems} onChange={update} />
      <SpecField
        owner="ChoiceRule"
        name="Next"
        value={rule.Next}
        lang={ctx.lang}
        stateNames={names}
        error={errorAt('Next')}
        onCommit={(v) => (v === undefined ? 'A rule needs a Next state' : update(withField(rule, 'Next', v)))}
      />
      <SpecField owner="ChoiceRule" name="Comment" value={rule.Comment} lang={ctx.lang} onCommit={(v) => update(withField(rule, 'Comment', v))} />
      {ctx.lang === 'JSONata' && (
        <SpecField owner="ChoiceRule" name="Output" value={rule.Output} lang={ctx.lang} error={errorAt('Output')} onCommit={(v) => update(withField(rule, 'Output', v))} />
      )}
      <SpecField owner="ChoiceRule" name="Assign" value={rule.Assign} lang={ctx.lang} error={errorAt('Assign')} onCommit={(v) => update(withField(rule, 'Assign', v))} />
      <div className="insp-row-actions">
        <button type="button" disabled={index === 0} onClick={() => run(moveRule, { id: ctx.id, from: index, to: index - 1 })}>
          Move {title.toLowerCase()} up
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => run(moveRule, { id: ctx.id, from: index, to: index + 1 })}>
          Move {title.toLowerCase()} down
        </button>
        <button type="button" className="insp-remove" disabled={count <= 1} onClick={() => run(removeRule, { id: ctx.id, index })}>
          Remove {title.toLowerCase()}
        </button>
      </div>
    </fieldset>
  );
}

export function ChoiceFields({ ctx }: { ctx: InspectedState }) {
  const rules = (Array.isArray(ctx.state.Choices) ? ctx.state.Choices : []) as ChoiceRule[];
  const fallback = ctx.siblings.find((s) => s.id !== ctx.id)?.name;
  const def = typeof ctx.state.Default === 'string' ? ctx.state.Default : undefined;
  const target = def ?? rules.find((r) => typeof r.Next === 'string')?.Next ?? fallback;
  return (
    <Section
      title="Choice rules"
      actions={
        <button
          type="button"
          disabled={!target}
          title={target ? undefined : 'Add another state to this scope first: a rule goes to it'}
          onClick={() => target && run(addRule, { id: ctx.id, rule: defaultRule(ctx.lang, target) })}
        >
          Add rule
        </button>
      }
    >
      {rules.map((r, i) => (
        <RuleEditor key={i} ctx={ctx} rule={r} index={i} count={rules.length} />
      ))}
      <SpecField
        owner="Choice"
        name="Default"
        value={ctx.state.Default}
        lang={ctx.lang}
        stateNames={ctx.siblings.map((s) => s.name)}
        error={problemAt(ctx.problems, ['Default'])}
        onCommit={(v) => setStateField(ctx.id, ['Default'], v)}
      />
    </Section>
  );
}
