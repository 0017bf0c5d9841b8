/** Tests: a local endpoint on a free loopback port and an @aws-sdk/client-sfn client pointed at it. */
import { SFNClient } from '@aws-sdk/client-sfn';
import { startLocalServer, type LocalServerOptions, type RunningLocal } from './server.ts';

export const ROLE = 'arn:aws:iam::123456789012:role/DummyRole';

export interface TestLocal extends RunningLocal {
  client: SFNClient;
}

export async function startTestLocal(o: Partial<LocalServerOptions> = {}): Promise<TestLocal> {
  const local = await startLocalServer({ port: 0, host: '127.0.0.1', hostExplicit: false, ...o });
  // disableHostPrefix: StartSyncExecution would otherwise call `sync-127.0.0.1`.
  const client = new SFNClient({
    endpoint: local.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDUMMY', secretAccessKey: 'dummy' },
    disableHostPrefix: true,
    maxAttempts: 1,
  });
  return { ...local, client };
}

/** Polls `check` until it returns a value (not undefined), or fails after `ms`. */
export async function until<T>(check: () => Promise<T | undefined>, ms = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
