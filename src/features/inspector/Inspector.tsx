/**
 * The inspector: a form for the selected state (or, with none selected, the machine's settings). Every edit is
 * one named command through the store. While the text does not parse, the form is read-only and says why.
 */
import { useAppStore } from '../../store/store.ts';
import { TestOnAwsSlot } from '../aws/TestOnAwsSlot.tsx';
import { MachineForm } from './MachineForm.tsx';
import { StateForm } from './StateForm.tsx';
import { useInspected } from './useInspected.ts';
import './inspector.css';

export function Inspector() {
  const stale = useAppStore((s) => s.doc.stale);
  const ctx = useInspected();
  return (
    <section className="inspector" aria-label="Inspector">
      {stale && (
        <p className="insp-readonly" role="status">
          Read-only: the definition text has a syntax error. Fix it in the code editor to edit here.
        </p>
      )}
      <fieldset className="insp-form" disabled={stale} aria-label={ctx ? `State ${ctx.name}` : 'Workflow settings'}>
        {ctx ? <StateForm key={ctx.id} ctx={ctx} /> : <MachineForm />}
        {ctx && <TestOnAwsSlot key={`aws-test:${ctx.id}`} id={ctx.id} name={ctx.name} state={ctx.state} />}
      </fieldset>
    </section>
  );
}
