import type { DocumentFormat } from '../../asl/parse.ts';
import { useAppStore } from '../../store/store.ts';
import { convertedText, convertRefusal } from './convert.ts';

const FORMATS: readonly { value: DocumentFormat; label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'yaml', label: 'YAML' },
];

const bar = { display: 'flex', alignItems: 'center', gap: 12, padding: '4px 8px', borderBottom: '1px solid var(--border)', fontSize: 13 } as const;

/**
 * "Format: JSON | YAML": converts the whole document (one undo step); the editor's language follows the text.
 * Refused, with the reason shown, while the text has a syntax error.
 */
export function FormatSwitch() {
  const format = useAppStore((s) => s.doc.format);
  const refusal = useAppStore((s) => convertRefusal(s.doc));
  const choose = (to: DocumentFormat) => {
    const store = useAppStore.getState();
    store.flushParse();
    let text: string | undefined;
    try {
      text = convertedText(store.doc, to);
    } catch (e) {
      store.notify(`Cannot convert: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (text === undefined) return;
    store.replaceText(text, to === 'yaml' ? 'Convert to YAML' : 'Convert to JSON');
  };
  return (
    <div role="radiogroup" aria-label="Format" style={bar} title={refusal}>
      <span aria-hidden="true">Format:</span>
      {FORMATS.map((f) => (
        <label key={f.value} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <input
            type="radio"
            name="asl-document-format"
            value={f.value}
            checked={format === f.value}
            disabled={refusal !== undefined && format !== f.value}
            onChange={() => choose(f.value)}
          />
          {f.label}
        </label>
      ))}
      {refusal && <span style={{ color: 'var(--muted)' }}>{refusal}</span>}
    </div>
  );
}
