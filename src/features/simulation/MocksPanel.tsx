/**
 * The mocks of the workflow's Task states, and the whole set as a Step Functions Local MockConfigFile (export to
 * text or a file, import from text or a file). JavaScript mocks export as their last result from the latest run,
 * or are listed as not representable.
 */
import { useId, useMemo, useState } from 'react';
import { dictFrom } from '../../asl/own.ts';
import { useAppStore } from '../../store/store.ts';
import { fromMockConfig, mockFor, toMockConfig } from './mockSet.ts';
import { MockEditor } from './MockEditor.tsx';
import { taskStates } from './taskStates.ts';
import { useSession } from './session.ts';
import { useSimulationSettings } from './settings.ts';

const SM_NAME = 'SimulatedStateMachine';
const TEST_CASE = 'Default';
/** Reading a larger file would stall the page before any check could run. */
const MAX_MOCK_FILE_BYTES = 8 * 1024 * 1024;

export function MocksPanel() {
  const definition = useAppStore((s) => s.doc.definition);
  const tasks = useMemo(() => taskStates(definition), [definition]);
  const mocks = useSimulationSettings((s) => s.mocks);
  const [configText, setConfigText] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  const [generation, setGeneration] = useState(0);
  const id = useId();
  const settings = useSimulationSettings.getState();

  const exportConfig = () => {
    const r = toMockConfig(mocks, tasks, SM_NAME, TEST_CASE, useSession.getState().lastResults);
    setConfigText(JSON.stringify(r.file, null, 2));
    setNotes(r.notes.length ? r.notes : ['Exported every mock']);
  };
  const importText = (text: string) => {
    try {
      const set = fromMockConfig(JSON.parse(text) as unknown, tasks);
      settings.setMocks(dictFrom(mocks, set));
      setGeneration((g) => g + 1);
      setNotes([`Imported mocks for ${Object.keys(set).join(', ') || 'no states'}`]);
    } catch (e) {
      setNotes([`Import failed: ${e instanceof Error ? e.message : String(e)}`]);
    }
  };
  const download = () => {
    const r = toMockConfig(mocks, tasks, SM_NAME, TEST_CASE, useSession.getState().lastResults);
    const url = URL.createObjectURL(new Blob([JSON.stringify(r.file, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'MockConfigFile.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="sim-mocks" aria-label="Mocks">
      {tasks.length === 0 && <p className="muted">This workflow has no Task states to mock.</p>}
      {tasks.map((t) => (
        <MockEditor key={`${t.name}-${generation}`} state={t.name} mock={mockFor(mocks, t.name)} onChange={(m) => settings.setMock(t.name, m)} />
      ))}
      <div className="sim-buttons">
        <button type="button" onClick={exportConfig}>
          Export MockConfigFile
        </button>
        <button type="button" onClick={() => importText(configText)} disabled={!configText.trim()}>
          Import MockConfigFile
        </button>
        <button type="button" onClick={download}>
          Download MockConfigFile
        </button>
        <label>
          Import from file{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file && file.size > MAX_MOCK_FILE_BYTES) setNotes([`Import failed: ${file.name} is ${(file.size / 1048576).toFixed(1)} MB (a MockConfigFile here holds at most 8 MB)`]);
              else void file?.text().then(importText);
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            settings.setMocks({});
            setGeneration((g) => g + 1);
          }}
        >
          Reset mocks to defaults
        </button>
      </div>
      <label htmlFor={id}>MockConfigFile</label>
      <textarea id={id} className="sim-code" rows={8} spellCheck={false} value={configText} onChange={(e) => setConfigText(e.target.value)} />
      <ul className="muted" aria-label="MockConfigFile notes">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
