/**
 * Share links: the whole workflow (name, definition text, layout, extras such as mocks) as JSON, compressed with
 * deflate-raw (CompressionStream) and base64url-encoded into the URL fragment `#share=…`, which browsers never
 * send to a server. Decoding checks everything and answers with a message instead of throwing: the inflated size
 * is counted while inflating (a 68 KB link that inflates to 50 MB is stopped at MAX_SHARE_JSON_BYTES, in
 * milliseconds), then the JSON is checked field by field before anything uses it. The checks are hand-written (no
 * schema library): they are few, and this module is on the start-up path.
 */
import { migrateSidecar, sidecarProblem, type LayoutSidecar } from '../layout/sidecar.ts';

export const SHARE_PREFIX = '#share=';
/** Longer links break in chat tools and some browsers: suggest exporting a file instead. */
export const MAX_SHARE_CHARS = 32 * 1024;
/** Step Functions accepts definitions up to 1 MB (1,048,576 bytes, UTF-8): a link carries no larger one. */
export const MAX_DEFINITION_BYTES = 1024 * 1024;
/**
 * The inflated payload: the definition (up to 1 MB, more once JSON escapes its quotes and line breaks), its layout
 * and its mocks. Inflation stops as soon as this is passed.
 */
export const MAX_SHARE_JSON_BYTES = 4 * 1024 * 1024;
/** Deflate shrinks JSON at best ~1000:1, but base64url text longer than the inflated limit itself is no link. */
const MAX_ENCODED_CHARS = MAX_SHARE_JSON_BYTES;
const MAX_NAME_CHARS = 1000;

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
const refuse = (why: string): DecodeResult => ({ ok: false, message: `This share link was refused: ${why}. Nothing was opened.` });

class TooLarge extends Error {}

/**
 * Inflate, counting the output as it arrives: past `limit` bytes the stream is cancelled and TooLarge thrown,
 * so a decompression bomb costs the time of inflating `limit` bytes, not its full size.
 */
export async function inflateBounded(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(`over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/** Read a fragment (`#share=…` or just the encoded part). */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  const encoded = fragment.startsWith(SHARE_PREFIX) ? fragment.slice(SHARE_PREFIX.length) : fragment;
  if (!encoded) return { ok: false, message: CORRUPT };
  if (encoded.length > MAX_ENCODED_CHARS) return refuse(`it is ${describeSize(encoded.length)} long (a link holds at most ${mb(MAX_ENCODED_CHARS)})`);
  let value: unknown;
  try {
    const bytes = await inflateBounded(fromBase64Url(encoded), MAX_SHARE_JSON_BYTES);
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    if (e instanceof TooLarge) return refuse(`it unpacks to more than ${mb(MAX_SHARE_JSON_BYTES)} (a workflow with a 1 MB definition needs far less)`);
    return { ok: false, message: CORRUPT };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: CORRUPT };
  const v = value as { v?: unknown; n?: unknown; t?: unknown; s?: unknown; x?: unknown };
  if (v.v !== 1) return typeof v.v === 'number' && v.v > 1 ? { ok: false, message: 'This share link comes from a newer version of asl-studio.' } : { ok: false, message: CORRUPT };
  if (typeof v.t !== 'string') return refuse('it holds no definition text');
  const definitionBytes = new TextEncoder().encode(v.t).byteLength;
  if (definitionBytes > MAX_DEFINITION_BYTES) return refuse(`its definition is ${describeSize(definitionBytes)} (Step Functions accepts at most 1 MB)`);
  if (v.n !== undefined && (typeof v.n !== 'string' || v.n.length > MAX_NAME_CHARS)) return refuse(`its workflow name is not text of at most ${MAX_NAME_CHARS} characters`);
  const layout = sidecarProblem(v.s);
  if (layout) return refuse(layout);
  if (v.x !== undefined && (v.x === null || typeof v.x !== 'object' || Array.isArray(v.x))) return refuse('its extras (input and mocks) are not an object');
  return {
    ok: true,
    payload: {
      name: typeof v.n === 'string' && v.n.trim() ? v.n : 'Shared workflow',
      text: v.t,
      sidecar: migrateSidecar(v.s),
      extras: (v.x as Record<string, unknown> | undefined) ?? {},
    },
  };
}

export function describeSize(chars: number): string {
  return chars < 1024 ? `${chars} bytes` : `${(chars / 1024).toFixed(1)} KB`;
}
