/**
 * SigV4 verification for the fake Step Functions endpoint: recomputes the signature of a request from its signed
 * headers, so tests prove that the proxy delivered the request exactly as the SDK signed it (Host included).
 */
import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export interface SigV4Check {
  ok: boolean;
  accessKeyId?: string;
  reason?: string;
}

/** Verify `authorization` against the secret of its access key (`secrets[accessKeyId]`). */
export function verifySigV4(method: string, path: string, headers: IncomingHttpHeaders, body: Buffer, secrets: Record<string, string>): SigV4Check {
  const auth = String(headers.authorization ?? '');
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return { ok: false, reason: 'Missing or malformed Authorization header' };
  const [, accessKeyId = '', date = '', region = '', service = '', signedHeaders = '', signature = ''] = m;
  const secret = secrets[accessKeyId];
  if (secret === undefined) return { ok: false, accessKeyId, reason: 'The security token included in the request is invalid.' };
  const names = signedHeaders.split(';');
  if (!names.includes('host')) return { ok: false, accessKeyId, reason: 'host is not signed' };
  const canonicalHeaders = names.map((n) => `${n}:${String(headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const [pathname = '/', query = ''] = path.split('?');
  const canonical = [method, pathname, query, canonicalHeaders, signedHeaders, hex(body)].join('\n');
  const amzDate = String(headers['x-amz-date'] ?? '');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  if (expected !== signature) {
    return { ok: false, accessKeyId, reason: 'The request signature we calculated does not match the signature you provided.' };
  }
  return { ok: true, accessKeyId };
}
