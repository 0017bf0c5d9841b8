import { describe, expect, it } from 'vitest';
import { SEED_DEFINITION_TEXT } from '../asl/seed.ts';
import { emptySidecar } from '../layout/sidecar.ts';
import { decodeShare, describeSize, encodeShare, fromBase64Url, inflateBounded, SHARE_PREFIX, toBase64Url, type SharePayload } from './shareCodec.ts';

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

describe('share links from outside (issue 18)', () => {
  const link = async (value: unknown) => `${SHARE_PREFIX}${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(value))))}`;
  async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
    const out = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(out).arrayBuffer());
  }

  it.each([
    ['a far layout position', { v: 1, t: '{}', s: { positions: { A: { x: 1e19, y: 0 } } } }, /refused: the layout position of “A” has x = 10000000000000000000/],
    ['a definition over 1 MB', { v: 1, t: 'x'.repeat(1024 * 1024 + 1) }, /refused: its definition is 1024.0 KB \(Step Functions accepts at most 1 MB\)/],
    ['no definition', { v: 1, n: 'x' }, /refused: it holds no definition text/],
    ['a name that is no text', { v: 1, t: '{}', n: { toString: 1 } }, /refused: its workflow name is not text/],
    ['extras that are a list', { v: 1, t: '{}', x: [1] }, /refused: its extras \(input and mocks\) are not an object/],
    ['a JSON array', [1, 2], /damaged/],
  ])('refuses %s, saying what was wrong', async (_name, value, message) => {
    const r = await decodeShare(await link(value));
    expect(r).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('stops inflating at the limit: a 20 MB payload from a small link is refused', async () => {
    const big = { v: 1, t: 'a'.repeat(20 * 1024 * 1024) };
    const fragment = await link(big);
    expect(fragment.length).toBeLessThan(40_000);
    const t0 = performance.now();
    expect(await decodeShare(fragment)).toEqual({ ok: false, message: expect.stringContaining('it unpacks to more than 4 MB') });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('inflateBounded returns everything under the limit and throws past it', async () => {
    const bytes = new TextEncoder().encode('b'.repeat(10_000));
    const packed = await deflate(bytes);
    expect(await inflateBounded(packed, 10_000)).toEqual(bytes);
    await expect(inflateBounded(packed, 9_999)).rejects.toThrow('over 9999 bytes');
  });

  it('a 1 MB definition (the Step Functions limit) with its layout still fits', async () => {
    const text = JSON.stringify({ Comment: 'x'.repeat(1024 * 1024 - 100), StartAt: 'A', States: { A: { Type: 'Succeed' } } });
    const r = await decodeShare(await link({ v: 1, t: text, s: { positions: { A: { x: 1, y: 2 } } } }));
    expect(r.ok && r.payload.text).toBe(text);
  });
});
