/**
 * A fake Step Functions endpoint on 127.0.0.1 speaking the AWS JSON 1.0 protocol (`POST /`, `X-Amz-Target:
 * AWSStepFunctions.<Operation>`, `application/x-amz-json-1.0`). Every request's SigV4 signature is verified
 * against the fake credentials, so a request the proxy altered (Host, body) is refused as AWS would refuse it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeError, FakeStepFunctions, type FakeOptions } from './operations.ts';
import { verifySigV4 } from './sigv4.ts';

export const FAKE_ACCESS_KEY = 'AKIAFAKEFAKEFAKE0001';
export const FAKE_SECRET = 'fake/secret+key0000000000000000000000000';

export interface RunningFake {
  url: string;
  service: FakeStepFunctions;
  /** Host headers the fake received (to check the proxy kept the signed host). */
  hosts: string[];
  close: () => Promise<void>;
}

function reply(res: http.ServerResponse, status: number, body: unknown, errorType?: string): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | number> = { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': `req-${Date.now()}` };
  if (errorType) headers['x-amzn-errortype'] = errorType;
  res.writeHead(status, headers);
  res.end(text);
}

const errorBody = (type: string, message: string) => ({ __type: `com.amazonaws.swf.service.v2.model#${type}`, message });

export async function startFakeSfn(options: Partial<FakeOptions> & { port?: number } = {}): Promise<RunningFake> {
  const service = new FakeStepFunctions({ region: options.region ?? 'us-east-1', account: options.account ?? '123456789012', runningMs: options.runningMs ?? 400 });
  const hosts: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      hosts.push(String(req.headers.host));
      const target = String(req.headers['x-amz-target'] ?? '');
      if (req.method !== 'POST' || !target.startsWith('AWSStepFunctions.')) return reply(res, 400, errorBody('UnknownOperationException', 'Not a Step Functions call'), 'UnknownOperationException');
      const sig = verifySigV4(req.method, req.url ?? '/', req.headers, body, { [FAKE_ACCESS_KEY]: FAKE_SECRET });
      if (!sig.ok) {
        const type = sig.accessKeyId && sig.reason?.startsWith('The request signature') ? 'InvalidSignatureException' : 'UnrecognizedClientException';
        return reply(res, 403, errorBody(type, sig.reason ?? 'denied'), type);
      }
      let q: Record<string, unknown>;
      try {
        q = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        return reply(res, 400, errorBody('SerializationException', 'Bad JSON'), 'SerializationException');
      }
      service.call(target.slice('AWSStepFunctions.'.length), q).then(
        (out) => reply(res, 200, out),
        (e: unknown) => {
          if (e instanceof FakeError) reply(res, e.status, errorBody(e.type, e.message), e.type);
          else reply(res, 500, errorBody('InternalFailure', (e as Error).message), 'InternalFailure');
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    service,
    hosts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
