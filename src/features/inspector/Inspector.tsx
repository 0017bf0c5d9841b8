/**
 * The inspector: a form for the selected state (or, with none selected, the machine's settings). Every edit is
 * one named command through the store. While the text does not parse, the form is read-only and says why.
 */
import { useAppStore } from '../../store/store.ts';
import { TestOnAwsSlot } from '../aws/TestOnAwsSlot.tsx';
import { MachineForm } from './MachineForm.tsx';
import { StateForm } from './StateForm.tsx';
import { useFormKey } from './formKey.ts';
import { useInspected } from './useInspected.ts';
import './inspector.css';

export function Inspector() {
  const stale = useAppStore((s) => s.doc.stale);
  const ctx = useInspected();
  const byId = useAppStore((s) => s.doc.graph.byId);
  // Stable through a rename of the inspected state (see formKey.ts).
  const formKey = useFormKey(ctx, (id) => byId.has(id));
  return (
    <section className="inspector" aria-label="Inspector">
      {stale && (
        <p className="insp-readonly" role="status">
          Read-only: the definition text has a syntax error. Fix it in the code editor to edit here.
        </p>
      )}
      <fieldset className="insp-form" disabled={stale} aria-label={ctx ? `State ${ctx.name}` : 'Workflow settings'}>
        {ctx ? <StateForm key={formKey} ctx={ctx} /> : <MachineForm />}
        {ctx && <TestOnAwsSlot key={`aws-test:${formKey}`} id={ctx.id} name={ctx.name} state={ctx.state} />}
      </fieldset>
    </section>
  );
}
