import { useState } from 'react';
import { parseExportedCredentials } from '../../aws/gateway.ts';
import { useAwsStore } from './awsStore.ts';
import { classify, ProblemView } from './ProblemView.tsx';

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
  const [region, setRegion] = useState(saved?.region ?? 'us-east-1');
  const [accessKeyId, setAccessKeyId] = useState(saved?.credentials.accessKeyId ?? '');
  const [secretAccessKey, setSecret] = useState(saved?.credentials.secretAccessKey ?? '');
  const [sessionToken, setSessionToken] = useState(saved?.credentials.sessionToken ?? '');
  const [endpoint, setEndpoint] = useState(saved?.endpoint ?? '');
  const [proxyUrl, setProxyUrl] = useState(saved?.proxyUrl ?? defaultProxyUrl());
  const [remember, setRemember] = useState(remembered);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | undefined>();

  const usePasted = () => {
    const c = parseExportedCredentials(pasted);
    if (typeof c === 'string') return setPasteError(c);
    setPasteError(undefined);
    setAccessKeyId(c.accessKeyId);
    setSecret(c.secretAccessKey);
    setSessionToken(c.sessionToken ?? '');
    setPasted('');
  };
  const test = () =>
    void connect({ region: region.trim(), credentials: { accessKeyId: accessKeyId.trim(), secretAccessKey: secretAccessKey.trim(), sessionToken: sessionToken.trim() || undefined }, endpoint: endpoint.trim() || undefined, proxyUrl: proxyUrl.trim() }, remember);
  const ready = region.trim() !== '' && accessKeyId.trim() !== '' && secretAccessKey.trim() !== '' && proxyUrl.trim() !== '';

  return (
    <form
      className="aws-section aws-connection"
      aria-label="Connection"
      onSubmit={(e) => {
        e.preventDefault();
        test();
      }}
    >
      <div className="aws-grid">
        <label>
          Region
          <input value={region} onChange={(e) => setRegion(e.target.value)} spellCheck={false} />
        </label>
        <label>
          Access key ID
          <input value={accessKeyId} onChange={(e) => setAccessKeyId(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <label>
          Secret access key
          <input type="password" value={secretAccessKey} onChange={(e) => setSecret(e.target.value)} autoComplete="off" />
        </label>
        <label>
          Session token (optional)
          <input type="password" value={sessionToken} onChange={(e) => setSessionToken(e.target.value)} autoComplete="off" />
        </label>
        <label>
          Custom endpoint (optional)
          <input value={endpoint} onChange={(e) => setEndpoint(e.target.value)} placeholder="http://localhost:4566" spellCheck={false} />
        </label>
        <label>
          Proxy URL
          <input value={proxyUrl} onChange={(e) => setProxyUrl(e.target.value)} spellCheck={false} />
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
        Calls go through the proxy, which forwards them unchanged to Step Functions.
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
