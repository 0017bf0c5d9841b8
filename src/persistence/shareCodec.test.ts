import { describe, expect, it } from 'vitest';
import { SEED_DEFINITION_TEXT } from '../asl/seed.ts';
import { emptySidecar } from '../layout/sidecar.ts';
import { decodeShare, describeSize, encodeShare, fromBase64Url, SHARE_PREFIX, toBase64Url, type SharePayload } from './shareCodec.ts';

const payload: SharePayload = {
  name: 'Orders ✓',
  text: SEED_DEFINITION_TEXT,
  sidecar: { ...emptySidecar('RIGHT'), positions: { CreateUser: { x: 10, y: 20 } } },
  extras: { simulation: { mocks: { CreateUser: { kind: 'result', result: { ok: true } } } } },
};

describe('share codec', () => {
  it('round-trips a workflow and compresses it', async () => {
    const fragment = await encodeShare(payload);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(SEED_DEFINITION_TEXT.length);
    expect(await decodeShare(fragment)).toEqual({ ok: true, payload });
  });

  it.each([
    ['empty', SHARE_PREFIX],
    ['not base64url', `${SHARE_PREFIX}%%%`],
    ['not deflate', `${SHARE_PREFIX}${toBase64Url(new TextEncoder().encode('hello'))}`],
  ])('a corrupted link (%s) gives a message', async (_name, fragment) => {
    expect(await decodeShare(fragment)).toEqual({ ok: false, message: expect.stringContaining('damaged') });
  });

  it('a cut-off link gives a message', async () => {
    const fragment = await encodeShare(payload);
    expect(await decodeShare(fragment.slice(0, fragment.length / 2))).toMatchObject({ ok: false });
  });

  it('base64url round-trips every byte', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('describes sizes', () => {
    expect(describeSize(500)).toBe('500 bytes');
    expect(describeSize(40 * 1024)).toBe('40.0 KB');
  });
});
