/**
 * Reading a proxied request's body within limits, so that no client can hold the proxy: a body over the size
 * limit is read and discarded (up to a cap) and then refused with 413, so the client gets an answer rather than a
 * reset connection; a body not complete within the time limit is refused with 408. Node I/O, no policy.
 */
import type { IncomingMessage } from 'node:http';

export interface BodyLimits {
  /** Bodies over this many bytes are refused with 413 (a definition is at most 1 MB; the default is 4 MiB). */
  maxBytes: number;
  /** The whole body must arrive within this many milliseconds of the request, or it is refused with 408. */
  timeoutMs: number;
  /** Past the limit, at most this many more bytes are read (and dropped) before answering 413 and closing. */
  discardBytes: number;
}

export type BodyResult =
  | { kind: 'ok'; body: Buffer }
  /** `drained`: the client sent it all, so the connection can answer and stay usable. */
  | { kind: 'too-large'; drained: boolean }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (r: BodyResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      resolve(r);
    };
    const timer = setTimeout(() => finish(size > limits.maxBytes ? { kind: 'too-large', drained: false } : { kind: 'timeout' }), limits.timeoutMs);
    const declared = Number(req.headers['content-length']);
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limits.maxBytes) chunks.push(c);
      else {
        chunks.length = 0;
        if (size > limits.maxBytes + limits.discardBytes) finish({ kind: 'too-large', drained: false });
      }
    };
    // A declared length far over the cap is refused at once; one within it is read and dropped, then answered.
    if (Number.isFinite(declared) && declared > limits.maxBytes + limits.discardBytes) return finish({ kind: 'too-large', drained: false });
    req.on('data', onData);
    req.once('end', () => finish(size > limits.maxBytes ? { kind: 'too-large', drained: true } : { kind: 'ok', body: Buffer.concat(chunks) }));
    req.once('error', () => finish({ kind: 'aborted' }));
    req.once('close', () => finish(!req.complete ? { kind: 'aborted' } : size > limits.maxBytes ? { kind: 'too-large', drained: true } : { kind: 'ok', body: Buffer.concat(chunks) }));
  });
}
