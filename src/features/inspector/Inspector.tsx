/**
 * The inspector: a form for the selected state (or, with none selected, the machine's settings). Every edit is
 * one named command through the store. While the text does not parse, the form is read-only and says why.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../../store/store.ts';
import { whenIdle } from '../../ui/idle.ts';
import { TestOnAwsSlot } from '../aws/TestOnAwsSlot.tsx';
import { MachineForm } from './MachineForm.tsx';
import { useFormKey } from './formKey.ts';
import { useInspected } from './useInspected.ts';
import './inspector.css';

/**
 * The state form (every type's fields, the Choice rule editor, Retry and Catch lists) is a chunk of its own: the
 * first screen shows the workflow's settings. It is fetched when the page is first idle, or on the first selection.
 */
const loadStateForm = () => import('./StateForm.tsx');
const StateForm = lazy(() => loadStateForm().then((m) => ({ default: m.StateForm })));

export function Inspector() {
  useEffect(() => whenIdle(() => void loadStateForm()), []);
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
        {ctx ? (
          <Suspense
            fallback={
              <p className="muted" role="status">
                Loading the form…
              </p>
            }
          >
            <StateForm key={formKey} ctx={ctx} />
          </Suspense>
        ) : (
          <MachineForm />
        )}
        {ctx && <TestOnAwsSlot key={`aws-test:${formKey}`} id={ctx.id} name={ctx.name} state={ctx.state} />}
      </fieldset>
    </section>
  );
}
