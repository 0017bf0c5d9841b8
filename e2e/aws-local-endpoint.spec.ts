/**
 * AWS mode against `asl-studio local` (src/local/): the same journeys as aws-local.spec.ts makes on
 * stepfunctions-local (design, create, browse, run, update, run again and stop) and aws-teststate.spec.ts on the
 * fake endpoint (Test on AWS), from e2e/awsJourneys.ts. The app connects with the "Local endpoint" preset,
 * directly (no proxy: the endpoint answers CORS for the app's origin), to the real command line in its own process
 * (e2e/localEndpoint/fixture.ts). Unlike stepfunctions-local it validates definitions and reports revisions.
 */
import { expect, keepLocal, test, type AslLocal } from './localEndpoint/fixture.ts';
import { connectTo, machineJourney, openShape, ROLE, testShapeOnAws, type Backend } from './awsJourneys.ts';

/** asl-studio local with the Local endpoint preset: no credentials to type, no proxy. */
function aslStudioLocal(local: AslLocal): Backend {
  return {
    name: 'asl-studio local',
    endpoint: local.url,
    validates: true,
    fill: async (dialog) => {
      await dialog.getByRole('group', { name: 'Connection preset' }).getByRole('button', { name: 'Local endpoint' }).click();
      await dialog.getByLabel('Custom endpoint (optional)').fill(local.url);
    },
    // Every call went straight to asl-studio local (no proxy: it answers CORS), validation included.
    expectCalls: (operations) => {
      const log = local.log();
      for (const op of [...operations, 'ValidateStateMachineDefinition']) expect(log, op).toContain(`${op} 200`);
    },
  };
}

test('design, create, browse, run, update, run again and stop a machine on asl-studio local, without a proxy', async ({ page, aslLocal }) => {
  // Many steps, each waiting on a real server and on polling: generous for a loaded CI machine.
  test.setTimeout(240_000);
  const outside = await keepLocal(page);
  await machineJourney(page, aslStudioLocal(aslLocal));
  expect(outside).toEqual([]);
});

test('Test on AWS runs the selected state with TestState on asl-studio local and shows its data flow', async ({ page, aslLocal }) => {
  test.setTimeout(120_000);
  const outside = await keepLocal(page);
  await openShape(page);
  const dialog = await connectTo(page, aslStudioLocal(aslLocal));
  await dialog.getByRole('button', { name: 'Close AWS panel' }).click();
  await testShapeOnAws(page, ROLE);
  expect(aslLocal.log()).toContain('TestState 200');
  expect(outside).toEqual([]);
});
