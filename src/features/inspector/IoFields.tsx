/**
 * The input/output pipeline of a state, in its query language: JSONPath InputPath → Parameters → ResultSelector →
 * ResultPath → OutputPath (+ Assign), or JSONata Arguments → Output (+ Assign). Only the fields the state type
 * allows in that language are shown (from the field table).
 */
import { fieldSpec } from '../../asl/fields.ts';
import { SpecField } from './SpecField.tsx';
import { Section } from './Section.tsx';
import { setStateField } from './edits.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

const JSONPATH_IO = ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath', 'Assign'];
const JSONATA_IO = ['Arguments', 'Output', 'Assign'];

/** The I/O fields of a state type in a query language, in pipeline order. */
export function ioFields(type: string, lang: 'JSONPath' | 'JSONata'): string[] {
  const names = lang === 'JSONata' ? JSONATA_IO : JSONPATH_IO;
  return names.filter((n) => {
    // Map's Parameters is the legacy ItemSelector: the Map section shows that.
    if (type === 'Map' && n === 'Parameters') return false;
    const spec = fieldSpec(type as 'Task', n);
    return spec !== undefined && spec.languages.includes(lang);
  });
}

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
