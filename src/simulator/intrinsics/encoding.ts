/**
 * Encoding and hashing intrinsics: States.Base64Encode, States.Base64Decode, States.Hash.
 * Browser-, worker- and Node-safe: TextEncoder/TextDecoder, btoa/atob and @noble/hashes (no Buffer, no node:crypto).
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { expectCount, expectString, intrinsicFailure, type IntrinsicFn } from './args.ts';

/** AWS limits the input of Base64Encode, Base64Decode and Hash to 10,000 characters. */
export const MAX_ENCODING_INPUT = 10_000;

const HASHES: Record<string, (data: Uint8Array) => Uint8Array> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

function checkLength(fn: string, s: string): void {
  if (s.length > MAX_ENCODING_INPUT) {
    intrinsicFailure(fn, `the input must be at most ${MAX_ENCODING_INPUT} characters, but has ${s.length}`);
  }
}

export function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function base64Decode(encoded: string): string | undefined {
  if (!BASE64.test(encoded)) return undefined;
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

const base64EncodeFn: IntrinsicFn = (args) => {
  expectCount('Base64Encode', args, 1);
  const text = expectString('Base64Encode', args[0], 'the argument');
  checkLength('Base64Encode', text);
  return base64Encode(text);
};

const base64DecodeFn: IntrinsicFn = (args) => {
  expectCount('Base64Decode', args, 1);
  const encoded = expectString('Base64Decode', args[0], 'the argument');
  checkLength('Base64Decode', encoded);
  const text = base64Decode(encoded);
  if (text === undefined) intrinsicFailure('Base64Decode', 'the argument is not valid base64');
  return text;
};

/** Hex digest of the UTF-8 bytes of `data` with one of MD5, SHA-1, SHA-256, SHA-384, SHA-512 (else undefined). */
export function hashHex(data: string, algorithm: string): string | undefined {
  const h = HASHES[algorithm];
  return h ? bytesToHex(h(new TextEncoder().encode(data))) : undefined;
}

const hash: IntrinsicFn = (args) => {
  expectCount('Hash', args, 2);
  const v = args[0];
  if (v === null || v === undefined) intrinsicFailure('Hash', 'the data to hash must not be null');
  const data = typeof v === 'string' ? v : JSON.stringify(v);
  checkLength('Hash', data);
  const algorithm = expectString('Hash', args[1], 'the algorithm');
  const out = hashHex(data, algorithm);
  if (out === undefined) {
    intrinsicFailure('Hash', `the algorithm must be one of ${Object.keys(HASHES).join(', ')}, but was '${algorithm}'`);
  }
  return out;
};

export const encodingFunctions: Record<string, IntrinsicFn> = {
  Base64Encode: base64EncodeFn,
  Base64Decode: base64DecodeFn,
  Hash: hash,
};
