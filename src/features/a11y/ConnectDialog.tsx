/**
 * "Connect to…": pick the transition (Next, Default, a Choice rule or a Catch) and the target state from a
 * combobox + listbox (WAI-ARIA): the options are ranked (the name itself, a prefix, a word start, anywhere), one is
 * highlighted (aria-activedescendant), ArrowUp/Down/Home/End move the highlight, Enter picks it, a click picks an
 * option, Escape closes. The pick runs `transition.connect`; a refusal shows the rule's reason and leaves the
 * document as it was.
 */
import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../../store/store.ts';
import { connectAction } from '../actions/actions.ts';
import { connectOptions, connectTargets } from './connectOptions.ts';
import { Dialog } from './Dialog.tsx';
import { focusNode, useA11yUi } from './focus.ts';
import { activeOption, moveActive } from './targetNav.ts';

export function ConnectDialog({ source }: { source: string }) {
  const definition = useAppStore((s) => s.doc.definition);
  const name = useAppStore((s) => s.doc.graph.byId.get(source)?.name ?? source);
  const options = connectOptions(definition, source);
  const [handle, setHandle] = useState(options[0]?.handle ?? '');
  const [query, setQuery] = useState('');
  const [kept, setKept] = useState<string>();
  const [error, setError] = useState<string>();
  const base = useId();
  const option = options.find((o) => o.handle === handle) ?? options[0];
  const targets = connectTargets(definition, source, option, query);
  // The first highlight skips the source itself (a loop is allowed, but rarely what "Order" on PlaceOrder means).
  const nav = targets.map((t) => ({ id: t.id, enabled: t.verdict === true && t.id !== source }));
  const active = activeOption(nav, kept);
  const optionId = (id: string) => `${base}-o${targets.findIndex((t) => t.id === id)}`;
  const listId = `${base}-list`;
  useEffect(() => {
    if (active !== undefined) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });
  const pick = (target: string) => {
    const t = targets.find((x) => x.id === target);
    if (!option || !t) return;
    setKept(target);
    if (t.verdict !== true) return setError(`${t.name}: ${t.verdict.message}`);
    if (connectAction(source, target, option.handle, option.replace)) {
      useA11yUi.getState().closeDialog();
      focusNode(source);
    } else setError(useAppStore.getState().ui.notice ?? 'The connection was refused');
  };
  return (
    <Dialog title={`Connect ${name} to…`} className="connect-dialog">
      {options.length === 0 ? (
        <p>{name} ends the execution: it has no outgoing transitions.</p>
      ) : (
        <>
          <label className="a11y-field">
            Transition
            <select
              value={option?.handle}
              onChange={(e) => {
                setHandle(e.target.value);
                setError(undefined);
              }}
            >
              {options.map((o) => (
                <option key={o.handle} value={o.handle}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="a11y-field">
            Find a state
            <input
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={targets.length > 0}
              aria-controls={listId}
              aria-activedescendant={active !== undefined ? optionId(active) : undefined}
              autoComplete="off"
              spellCheck={false}
              value={query}
              data-autofocus
              onChange={(e) => {
                setQuery(e.target.value);
                setKept(undefined);
                setError(undefined);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  if (active !== undefined) pick(active);
                  return;
                }
                const to = moveActive(nav, active, e.key);
                if (to === undefined) return;
                e.preventDefault();
                setKept(to);
                setError(undefined);
              }}
            />
          </label>
          {error && (
            <p className="a11y-error" role="alert">
              {error}
            </p>
          )}
          <ul id={listId} role="listbox" className="connect-targets connect-listbox" aria-label="States">
            {targets.map((t) => (
              <li
                key={t.id}
                id={optionId(t.id)}
                role="option"
                aria-selected={t.id === active}
                aria-disabled={t.verdict !== true || undefined}
                data-state-option={t.name}
                // The focus stays in the combobox: a press on an option only picks it.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(t.id)}
              >
                <span className="connect-option-name">{t.name}</span>
                {t.id === source && <span className="muted"> · itself (a loop)</span>}
                {t.verdict !== true && <span className="muted"> · {t.verdict.message}</span>}
              </li>
            ))}
          </ul>
          <p className="muted" role="status">
            {targets.length} state{targets.length === 1 ? '' : 's'}
            {active !== undefined ? ` · Enter connects to ${targets.find((t) => t.id === active)?.name}` : ''}
          </p>
        </>
      )}
    </Dialog>
  );
}
