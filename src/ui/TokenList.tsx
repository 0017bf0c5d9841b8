/**
 * A list of string tokens (e.g. ErrorEquals): each token is a chip with a remove button; the input adds a token on
 * Enter or blur, offering suggestions through a datalist. Every change is one `onChange` call.
 */
import { useId, useState } from 'react';
import { describedBy, Field } from './Field.tsx';

export interface TokenListProps {
  label: string;
  tokens: readonly string[];
  onChange: (tokens: string[]) => void;
  suggestions?: readonly string[];
  help?: string;
  error?: string;
  placeholder?: string;
}

export function TokenList({ label, tokens, onChange, suggestions = [], help, error, placeholder }: TokenListProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [draft, setDraft] = useState('');
  const add = () => {
    const t = draft.trim();
    if (t === '') return;
    setDraft('');
    if (!tokens.includes(t)) onChange([...tokens, t]);
  };
  return (
    <Field label={label} htmlFor={id} help={help} error={error}>
      <div className="ui-tokens">
        <ul className="ui-token-list" aria-label={`${label} values`}>
          {tokens.map((t) => (
            <li key={t} className="ui-token">
              <span>{t}</span>
              <button type="button" aria-label={`Remove ${t}`} onClick={() => onChange(tokens.filter((x) => x !== t))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          className="ui-input"
          list={listId}
          value={draft}
          placeholder={placeholder ?? 'Add…'}
          aria-describedby={describedBy(id, help, error)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={add}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            } else if (e.key === 'Backspace' && draft === '' && tokens.length > 0) {
              onChange(tokens.slice(0, -1));
            }
          }}
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !tokens.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      </div>
    </Field>
  );
}
