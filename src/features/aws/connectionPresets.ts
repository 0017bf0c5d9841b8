/**
 * Connection presets of the AWS dialog: what the form's fields become when the user picks one.
 * - `aws`: real AWS through the asl-studio proxy (AWS answers no CORS, so the browser cannot call it directly).
 * - `local`: `asl-studio local` (docs/local.md), a Step Functions endpoint on this machine that answers CORS for
 *   the app's origin itself: no proxy, dummy credentials (it checks no signature), its default URL.
 * `presetOf` tells which preset the current fields match, so the dialog can show it as chosen.
 */

export type PresetId = 'aws' | 'local';

export interface ConnectionFields {
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  endpoint: string;
  proxyUrl: string;
}

/** `asl-studio local`'s default address (`--port 8083 --host 127.0.0.1`). */
export const LOCAL_ENDPOINT = 'http://127.0.0.1:8083';
/** The credentials the local endpoint accepts (any do; the SDK only needs non-empty ones to sign). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** The fields after choosing `preset`; `current` keeps what the preset does not decide. */
export function applyPreset(preset: PresetId, current: ConnectionFields, defaultProxyUrl: string): ConnectionFields {
  if (preset === 'local') {
    return { region: current.region.trim() || 'us-east-1', ...LOCAL_CREDENTIALS, sessionToken: '', endpoint: LOCAL_ENDPOINT, proxyUrl: '' };
  }
  // Leaving the local preset: its dummy credentials and endpoint mean nothing to AWS.
  const wasLocal = presetOf(current) === 'local';
  return {
    ...current,
    accessKeyId: wasLocal ? '' : current.accessKeyId,
    secretAccessKey: wasLocal ? '' : current.secretAccessKey,
    endpoint: '',
    proxyUrl: current.proxyUrl.trim() || defaultProxyUrl,
  };
}

/** The preset the fields amount to: direct calls to a custom endpoint are `local`, anything else `aws`. */
export function presetOf(f: ConnectionFields): PresetId {
  return f.proxyUrl.trim() === '' && f.endpoint.trim() !== '' ? 'local' : 'aws';
}

/** Whether the fields can be tested: a proxy is needed unless the calls go directly to a custom endpoint. */
export function fieldsReady(f: ConnectionFields): boolean {
  return f.region.trim() !== '' && f.accessKeyId.trim() !== '' && f.secretAccessKey.trim() !== '' && (f.proxyUrl.trim() !== '' || f.endpoint.trim() !== '');
}

/** The command that starts the local endpoint for a page served from `origin`. */
export function localCommand(origin: string): string {
  const defaults = ['http://127.0.0.1:5173', 'http://localhost:5173', 'http://127.0.0.1:4173', 'http://localhost:4173'];
  return defaults.includes(origin) ? 'npx asl-studio local' : `npx asl-studio local --allow-origin ${origin}`;
}
