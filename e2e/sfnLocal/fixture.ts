/**
 * A Playwright fixture for AWS mode against a real local Step Functions API: per test, a fresh stepfunctions-local
 * and the project's own `asl-studio proxy` (allowing only the app's origin and that one endpoint), both child
 * processes on free loopback ports, stopped after the test. Also `keepLocal`: any request from the page to a
 * non-loopback address is aborted and remembered, so a test can prove nothing left the machine.
 */
import { test as base } from '@playwright/test';
import { startCliProxy, startSfnLocal } from './server.ts';

export interface SfnLocal {
  /** The custom endpoint to type in: stepfunctions-local's URL. */
  endpoint: string;
  /** The proxy URL to type in: `http://127.0.0.1:N/aws-proxy`. */
  proxyUrl: string;
  /** The proxy's log lines so far (one per forwarded call: operation → host status). */
  proxyLog: () => string[];
}

export const test = base.extend<{ sfnLocal: SfnLocal }>({
  sfnLocal: async ({ baseURL }, use, testInfo) => {
    const sfn = await startSfnLocal();
    try {
      const proxy = await startCliProxy({ allowOrigin: new URL(baseURL ?? 'http://127.0.0.1').origin, endpoint: sfn.url });
      try {
        await use({ endpoint: sfn.url, proxyUrl: proxy.url, proxyLog: proxy.log });
      } finally {
        await proxy.close();
        // On failure, what the proxy forwarded (or refused) tells where a call went wrong.
        if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('asl-studio proxy output', { body: proxy.output(), contentType: 'text/plain' });
      }
    } finally {
      await sfn.close();
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('stepfunctions-local output', { body: sfn.output(), contentType: 'text/plain' });
    }
  },
});

export { expect } from '@playwright/test';
/** Every request stays on loopback (the same guard as the fake endpoint's specs). */
export { keepLocal } from '../fakeSfn/client.ts';

