/**
 * Share links: the whole workflow (name, definition text, layout, extras such as mocks) as JSON, compressed with
 * deflate-raw (CompressionStream) and base64url-encoded into the URL fragment `#share=…`, which browsers never
 * send to a server. Decoding checks everything and answers with a message instead of throwing.
 */
import { migrateSidecar, type LayoutSidecar } from '../layout/sidecar.ts';

export const SHARE_PREFIX = '#share=';
/** Longer links break in chat tools and some browsers: suggest exporting a file instead. */
export const MAX_SHARE_CHARS = 32 * 1024;

export interface SharePayload {
  name: string;
  text: string;
  sidecar: LayoutSidecar;
  extras: Record<string, unknown>;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('invalid characters');
  const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (with its `#share=` prefix) for a workflow. */
export async function encodeShare(p: SharePayload): Promise<string> {
  const json = JSON.stringify({ v: 1, n: p.name, t: p.text, s: p.sidecar, x: p.extras });
  return SHARE_PREFIX + toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

export type DecodeResult = { ok: true; payload: SharePayload } | { ok: false; message: string };

const CORRUPT = 'This share link is damaged or incomplete (was it cut off when copied?): nothing was opened.';

/** Read a fragment (`#share=…` or just the encoded part). */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  const encoded = fragment.startsWith(SHARE_PREFIX) ? fragment.slice(SHARE_PREFIX.length) : fragment;
  if (!encoded) return { ok: false, message: CORRUPT };
  let value: unknown;
  try {
    const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: CORRUPT };
  }
  const v = value as { v?: unknown; n?: unknown; t?: unknown; s?: unknown; x?: unknown } | null;
  if (!v || typeof v !== 'object' || typeof v.t !== 'string') return { ok: false, message: CORRUPT };
  if (v.v !== 1) return { ok: false, message: 'This share link comes from a newer version of asl-studio.' };
  const extras = v.x && typeof v.x === 'object' && !Array.isArray(v.x) ? (v.x as Record<string, unknown>) : {};
  return {
    ok: true,
    payload: { name: typeof v.n === 'string' && v.n.trim() ? v.n : 'Shared workflow', text: v.t, sidecar: migrateSidecar(v.s), extras },
  };
}

export function describeSize(chars: number): string {
  return chars < 1024 ? `${chars} bytes` : `${(chars / 1024).toFixed(1)} KB`;
}
