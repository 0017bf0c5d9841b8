/** With no state selected: the machine's own settings (Comment, StartAt, TimeoutSeconds, QueryLanguage, Version). */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store.ts';
import { isObj } from '../../commands/immutable.ts';
import { SpecField } from './SpecField.tsx';
import { setMachineField } from './edits.ts';
import { problemAt } from './useInspected.ts';

export function MachineForm() {
  const { definition, diagnostics } = useAppStore(useShallow((s) => ({ definition: s.doc.definition, diagnostics: s.doc.diagnostics })));
  if (!definition) return <p className="muted">No valid state machine yet.</p>;
  const lang = definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  const names = isObj(definition.States) ? Object.keys(definition.States) : [];
  const top = diagnostics.filter((d) => d.path.length <= 1);
  const errorAt = (f: string) => problemAt(top, [f]);
  return (
    <div className="insp-machine">
      <h2 className="insp-title">Workflow</h2>
      <p className="muted">{names.length} top-level states. Select a state on the canvas to edit it.</p>
      <SpecField owner="Machine" name="Comment" value={definition.Comment} lang={lang} error={errorAt('Comment')} onCommit={(v) => setMachineField('Comment', v)} />
      <SpecField
        owner="Machine"
        name="StartAt"
        value={definition.StartAt}
        lang={lang}
        stateNames={names}
        error={errorAt('StartAt')}
        onCommit={(v) => setMachineField('StartAt', v)}
      />
      <SpecField
        owner="Machine"
        name="TimeoutSeconds"
        value={definition.TimeoutSeconds}
        lang={lang}
        error={errorAt('TimeoutSeconds')}
        onCommit={(v) => (v === 0 ? 'TimeoutSeconds must be at least 1' : setMachineField('TimeoutSeconds', v))}
      />
      <SpecField
        owner="Machine"
        name="QueryLanguage"
        value={definition.QueryLanguage}
        lang={lang}
        error={errorAt('QueryLanguage')}
        onCommit={(v) => setMachineField('QueryLanguage', v)}
      />
      <SpecField owner="Machine" name="Version" value={definition.Version} lang={lang} error={errorAt('Version')} onCommit={(v) => setMachineField('Version', v)} />
    </div>
  );
}
