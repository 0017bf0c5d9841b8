/** Where a state goes next: a sibling state, or the end (of the machine, branch or iteration). */
import { SelectField } from '../../ui/SelectField.tsx';
import { setNext } from './edits.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

const END = '\u0000end';

export function FlowFields({ ctx }: { ctx: InspectedState }) {
  const next = typeof ctx.state.Next === 'string' ? ctx.state.Next : undefined;
  const target = next === undefined ? (ctx.state.End === true ? END : undefined) : ctx.siblings.find((s) => s.name === next)?.id;
  return (
    <SelectField
      label="Next"
      value={target ?? next}
      options={[{ value: END, label: '(End)' }, ...ctx.siblings.map((s) => ({ value: s.id, label: s.name }))]}
      help="The state to run next, or End to finish here."
      error={problemAt(ctx.problems, ['Next']) ?? problemAt(ctx.problems, ['End'])}
      onChange={(v) => setNext(ctx.id, v === undefined || v === END ? undefined : v)}
    />
  );
}
