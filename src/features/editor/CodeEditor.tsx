import { useEffect, useRef, useState } from 'react';
import { FormatSwitch } from './FormatSwitch.tsx';

/**
 * The Monaco code editor, kept in sync with the store's document text. Monaco, its workers, the sync and the
 * language providers are all in the lazily imported `mount.ts` chunk, never in the initial bundle.
 */
export function CodeEditor() {
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [error, setError] = useState('');

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    import('./mount.ts')
      .then(({ mountEditor }) => {
        if (disposed || !host.current) return;
        cleanup = mountEditor(host.current);
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

  // `nokey`: React Flow's document-wide key handlers (Space pans, Backspace deletes) skip events from inside it.
  // Monaco types through a native EditContext <div> in Chromium, which React Flow does not take for an input.
  return (
    <section className="editor nokey" aria-label="ASL definition" data-editor-status={status}>
      <FormatSwitch />
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
