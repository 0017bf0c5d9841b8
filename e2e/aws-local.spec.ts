/**
 * AWS mode against a REAL local Step Functions API: the SDK in Chromium signs each call, the project's own
 * `asl-studio proxy` (a child process allowing only this app's origin and one custom endpoint) adds CORS and
 * forwards it to stepfunctions-local (a Node implementation of the API, another child process). The machine stays
 * within what stepfunctions-local runs correctly: Pass (no Parameters), Choice, Wait, Succeed. The journey itself
 * is e2e/awsJourneys.ts, which aws-local-endpoint.spec.ts runs on `asl-studio local`.
 */
import { expect, keepLocal, test, type SfnLocal } from './sfnLocal/fixture.ts';
import { machineJourney, type Backend } from './awsJourneys.ts';

/** stepfunctions-local through the project's proxy: dummy credentials, no validation, no revision ids. */
function stepfunctionsLocal(local: SfnLocal): Backend {
  const host = new URL(local.endpoint).host;
  return {
    name: 'stepfunctions-local',
    endpoint: local.endpoint,
    validates: false,
    fill: async (dialog) => {
      await dialog.getByLabel('Region').fill('us-east-1');
      await dialog.getByLabel('Access key ID').fill('AKIDSTUDIOLOCAL');
      await dialog.getByLabel('Secret access key').fill('dummy-secret-for-a-local-emulator');
      await dialog.getByLabel('Custom endpoint (optional)').fill(local.endpoint);
      await dialog.getByLabel('Proxy URL').fill(local.proxyUrl);
    },
    // Every call went through the project's proxy to the local endpoint, which refuses to validate.
    expectCalls: (operations) => {
      const log = local.proxyLog();
      for (const op of operations) expect(log, op).toContain(`${op} → ${host} 200`);
      expect(log).toContain(`ValidateStateMachineDefinition → ${host} 400`);
    },
  };
}

test('design, create, browse, run, update, run again and stop a machine on stepfunctions-local', async ({ page, sfnLocal }) => {
  // Many steps, each waiting on a real server and on polling: generous for a loaded CI machine.
  test.setTimeout(240_000);
  const outside = await keepLocal(page);
  await machineJourney(page, stepfunctionsLocal(sfnLocal));
  expect(outside).toEqual([]);
});
