/** The execution input: a JSON text with validation, and named presets saved for this workflow. */
import { useId, useState } from 'react';
import { own } from '../../asl/own.ts';
import { parseInput, useSimulationSettings } from './settings.ts';

export function InputPanel() {
  const text = useSimulationSettings((s) => s.inputText);
  const presets = useSimulationSettings((s) => s.presets);
  const [name, setName] = useState('');
  const id = useId();
  const parsed = parseInput(text);
  const st = useSimulationSettings.getState();
  return (
    <section className="sim-input" aria-label="Execution input">
      <label htmlFor={id}>Execution input (JSON)</label>
      <textarea
        id={id}
        className="sim-code"
        rows={6}
        spellCheck={false}
        value={text}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : `${id}-error`}
        onChange={(e) => st.setInputText(e.target.value)}
      />
      {!parsed.ok && (
        <p id={`${id}-error`} className="field-error" role="alert">
          Invalid JSON: {parsed.message}
        </p>
      )}
      <div className="sim-buttons">
        <label>
          Preset name <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" disabled={!name.trim() || !parsed.ok} onClick={() => st.savePreset(name.trim())}>
          Save preset
        </button>
      </div>
      {Object.keys(presets).length > 0 && (
        <ul className="sim-presets" aria-label="Input presets">
          {Object.keys(presets).map((p) => (
            <li key={p}>
              <button type="button" onClick={() => st.setInputText(own(presets, p) ?? '{}')} aria-label={`Load preset ${p}`}>
                {p}
              </button>
              <button type="button" className="link-button" onClick={() => st.deletePreset(p)} aria-label={`Delete preset ${p}`}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
