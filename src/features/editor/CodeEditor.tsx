import { useEffect, useRef, useState } from 'react';
import type { editor as MonacoEditorNS } from 'monaco-editor/editor';
import { useAppStore } from '../../store/store.ts';
import type { Monaco } from './monaco.ts';
import { bindEditor } from './sync.ts';

export const MODEL_URI = 'inmemory://asl-studio/definition';

/** The Monaco code editor, kept in sync with the store's document text. */
export function CodeEditor() {
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [error, setError] = useState('');

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    import('./monaco.ts')
      .then(({ monaco }) => {
        if (disposed || !host.current) return;
        cleanup = mountEditor(monaco, host.current);
        setStatus('ready');
      })
      .catch((e: unknown) => {
        setStatus('failed');
        setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      disposed = true;
      cleanup();
    };
  }, []);

  return (
    <section className="editor" aria-label="ASL definition" data-editor-status={status}>
      {status === 'loading' && <div className="editor-placeholder">Loading editor…</div>}
      {status === 'failed' && (
        <div className="editor-placeholder" role="alert">
          The code editor failed to load: {error}
        </div>
      )}
      <div ref={host} className="editor-host" />
    </section>
  );
}

function mountEditor(monaco: Monaco, el: HTMLElement): () => void {
  const initial = useAppStore.getState().doc;
  const uri = monaco.Uri.parse(`${MODEL_URI}.${initial.format}`);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(initial.text, initial.format, uri);
  const editor: MonacoEditorNS.IStandaloneCodeEditor = monaco.editor.create(el, {
    model,
    ariaLabel: 'ASL definition',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 2,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    theme: 'vs',
  });
  const unbind = bindEditor(monaco, editor, model);
  // A read-only hook for browser tests and debugging: the model's full text (the DOM only shows visible lines).
  (window as unknown as { __aslStudio?: object }).__aslStudio = {
    editorText: () => model.getValue(),
    selectedText: () => model.getValueInRange(editor.getSelection() ?? new monaco.Range(1, 1, 1, 1)),
  };
  return () => {
    unbind();
    editor.dispose();
    model.dispose();
  };
}
