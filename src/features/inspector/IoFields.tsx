/**
 * The input/output pipeline of a state, in its query language: JSONPath InputPath → Parameters → ResultSelector →
 * ResultPath → OutputPath (+ Assign), or JSONata Arguments → Output (+ Assign). Only the fields the state type
 * allows in that language are shown (from the field table).
 */
import { ioFields } from './ioFields.ts';
import { SpecField } from './SpecField.tsx';
import { Section } from './Section.tsx';
import { setStateField } from './edits.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

export function IoFields({ ctx }: { ctx: InspectedState }) {
  if (!ctx.type) return null;
  const fields = ioFields(ctx.type, ctx.lang);
  if (fields.length === 0) return null;
  return (
    <Section title={ctx.lang === 'JSONata' ? 'Input and output (JSONata)' : 'Input and output (JSONPath)'}>
      {fields.map((name) => (
        <SpecField
          key={name}
          owner={ctx.type!}
          name={name}
          value={ctx.state[name]}
          lang={ctx.lang}
          error={problemAt(ctx.problems, [name])}
          onCommit={(v) => setStateField(ctx.id, [name], v)}
        />
      ))}
    </Section>
  );
}
