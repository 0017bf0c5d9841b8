import { useState } from 'react';
import { parseExportedCredentials } from '../../aws/gateway.ts';
import { useAwsStore } from './awsStore.ts';
import { classify, ProblemView } from './ProblemView.tsx';
import { applyPreset, fieldsReady, localCommand, presetOf, type ConnectionFields, type PresetId } from './connectionPresets.ts';

function defaultProxyUrl(): string {
  return `${location.origin}/aws-proxy`;
}

/** Region, credentials (typed or pasted from `aws configure export-credentials`), custom endpoint, proxy; test. */
export function ConnectionForm() {
  const saved = useAwsStore((s) => s.settings);
  const remembered = useAwsStore((s) => s.remember);
  const status = useAwsStore((s) => s.status);
  const message = useAwsStore((s) => s.message);
  const error = useAwsStore((s) => s.error);
  const connect = useAwsStore((s) => s.connect);
  const disconnect = useAwsStore((s) => s.disconnect);
  const [fields, setFields] = useState<ConnectionFields>(() => ({
    region: saved?.region ?? 'us-east-1',
    accessKeyId: saved?.credentials.accessKeyId ?? '',
    secretAccessKey: saved?.credentials.secretAccessKey ?? '',
    sessionToken: saved?.credentials.sessionToken ?? '',
    endpoint: saved?.endpoint ?? '',
    proxyUrl: saved?.proxyUrl ?? defaultProxyUrl(),
  }));
  const { region, accessKeyId, secretAccessKey, sessionToken, endpoint, proxyUrl } = fields;
  const field = (key: keyof ConnectionFields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  const preset = presetOf(fields);
  const choose = (p: PresetId) => setFields((f) => applyPreset(p, f, defaultProxyUrl()));
  const [remember, setRemember] = useState(remembered);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | undefined>();

  const usePasted = () => {
    const c = parseExportedCredentials(pasted);
    if (typeof c === 'string') return setPasteError(c);
    setPasteError(undefined);
    setFields((f) => ({ ...f, accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken ?? '' }));
    setPasted('');
  };
  const test = () =>
    void connect({ region: region.trim(), credentials: { accessKeyId: accessKeyId.trim(), secretAccessKey: secretAccessKey.trim(), sessionToken: sessionToken.trim() || undefined }, endpoint: endpoint.trim() || undefined, proxyUrl: proxyUrl.trim() }, remember);
  const ready = fieldsReady(fields);

  return (
    <form
      className="aws-section aws-connection"
      aria-label="Connection"
      onSubmit={(e) => {
        e.preventDefault();
        test();
      }}
    >
      <div className="aws-presets" role="group" aria-label="Connection preset">
        <button type="button" aria-pressed={preset === 'aws'} onClick={() => choose('aws')}>
          AWS
        </button>
        <button type="button" aria-pressed={preset === 'local'} onClick={() => choose('local')}>
          Local endpoint
        </button>
        {preset === 'local' && (
          <span className="muted" data-local-hint>
            Start it with <code>{localCommand(location.origin)}</code>
          </span>
        )}
      </div>
      <div className="aws-grid">
        <label>
          Region
          <input value={region} onChange={field('region')} spellCheck={false} />
        </label>
        <label>
          Access key ID
          <input value={accessKeyId} onChange={field('accessKeyId')} autoComplete="off" spellCheck={false} />
        </label>
        <label>
          Secret access key
          <input type="password" value={secretAccessKey} onChange={field('secretAccessKey')} autoComplete="off" />
        </label>
        <label>
          Session token (optional)
          <input type="password" value={sessionToken} onChange={field('sessionToken')} autoComplete="off" />
        </label>
        <label>
          Custom endpoint (optional)
          <input value={endpoint} onChange={field('endpoint')} placeholder="http://localhost:4566" spellCheck={false} />
        </label>
        <label>
          Proxy URL
          <input value={proxyUrl} onChange={field('proxyUrl')} placeholder="None: direct to the custom endpoint" spellCheck={false} />
        </label>
      </div>
      <details>
        <summary>Paste credentials JSON</summary>
        <textarea aria-label="Credentials JSON" rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="Output of: aws configure export-credentials" />
        <button type="button" onClick={usePasted} disabled={pasted.trim() === ''}>
          Use these credentials
        </button>
        {pasteError && <p role="alert">{pasteError}</p>}
      </details>
      <label className="aws-check">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        Keep for this browser session
      </label>
      <p className="muted">
        {remember
          ? 'Kept in this tab’s sessionStorage (readable by this page) until the tab closes or you disconnect.'
          : 'Kept in memory only: forgotten when the page reloads.'}{' '}
        {proxyUrl.trim() === '' ? 'Calls go directly to the custom endpoint (it must answer CORS for this page, as asl-studio local does).' : 'Calls go through the proxy, which forwards them unchanged to Step Functions.'}
      </p>
      <div className="aws-actions">
        <button type="submit" disabled={!ready || status === 'testing'}>
          Test connection
        </button>
        {status !== 'disconnected' && (
          <button type="button" onClick={disconnect}>
            Disconnect
          </button>
        )}
      </div>
      <p role="status" data-connection-status={status}>
        {message}
      </p>
      {status === 'failed' && <ProblemView problem={classify(error)} label="Connection problem" />}
    </form>
  );
}
