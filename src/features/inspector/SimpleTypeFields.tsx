/** The small per-type sections: Wait (how long), Fail (Error/Cause and their Path forms), Pass (Result). */
import { SpecField } from './SpecField.tsx';
import { ModeField } from './ModeField.tsx';
import { Section } from './Section.tsx';
import { setStateField, setStateFields } from './edits.ts';
import { textOrPathModes, waitModes, type FieldChange } from './modes.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

function useApply(ctx: InspectedState) {
  return {
    apply: (changes: FieldChange[]) => setStateFields(ctx.id, changes),
    errorAt: (f: string) => problemAt(ctx.problems, [f]),
  };
}

export function WaitFields({ ctx }: { ctx: InspectedState }) {
  const { apply, errorAt } = useApply(ctx);
  return (
    <Section title="Wait">
      <ModeField label="Wait for" owner="Wait" obj={ctx.state} modes={waitModes(ctx.lang === 'JSONata')} lang={ctx.lang} apply={apply} errorAt={errorAt} />
    </Section>
  );
}

export function FailFields({ ctx }: { ctx: InspectedState }) {
  const { apply, errorAt } = useApply(ctx);
  const jsonata = ctx.lang === 'JSONata';
  return (
    <Section title="Failure">
      <ModeField label="Error" owner="Fail" obj={ctx.state} modes={textOrPathModes('Error', jsonata, 'MyError')} lang={ctx.lang} optional apply={apply} errorAt={errorAt} />
      <ModeField label="Cause" owner="Fail" obj={ctx.state} modes={textOrPathModes('Cause', jsonata, 'Something went wrong')} lang={ctx.lang} optional apply={apply} errorAt={errorAt} />
    </Section>
  );
}

export function PassFields({ ctx }: { ctx: InspectedState }) {
  if (ctx.lang === 'JSONata') return null;
  return (
    <Section title="Pass">
      <SpecField
        owner="Pass"
        name="Result"
        value={ctx.state.Result}
        lang={ctx.lang}
        error={problemAt(ctx.problems, ['Result'])}
        onCommit={(v) => setStateField(ctx.id, ['Result'], v)}
      />
    </Section>
  );
}
