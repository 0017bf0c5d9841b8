/** 1,000 executions started at once through the HTTP API all finish, none lost, each with its whole history. */
import { CreateStateMachineCommand, GetExecutionHistoryCommand, ListExecutionsCommand, StartExecutionCommand, type ExecutionListItem } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, startTestLocal, until, type TestLocal } from './testServer.ts';

const N = 1000;
let local: TestLocal;
beforeAll(async () => {
  local = await startTestLocal({ waitScale: 1 });
});
afterAll(() => local.close());

async function listAll(stateMachineArn: string, statusFilter?: 'SUCCEEDED'): Promise<ExecutionListItem[]> {
  const out: ExecutionListItem[] = [];
  let nextToken: string | undefined;
  do {
    const p = await local.client.send(new ListExecutionsCommand({ stateMachineArn, statusFilter, maxResults: 1000, nextToken }));
    out.push(...(p.executions ?? []));
    nextToken = p.nextToken;
  } while (nextToken);
  return out;
}

describe('load', () => {
  it(`runs ${N} concurrent executions (each waits 1 s in real time) to the end`, { timeout: 120_000 }, async () => {
    const definition = JSON.stringify({
      StartAt: 'Tag',
      QueryLanguage: 'JSONata',
      States: {
        Tag: { Type: 'Pass', Output: '{% $merge([$states.input, {"tagged": true}]) %}', Next: 'Pause' },
        Pause: { Type: 'Wait', Seconds: 1, Next: 'Even?' },
        'Even?': { Type: 'Choice', Choices: [{ Condition: '{% $states.input.i % 2 = 0 %}', Next: 'Even' }], Default: 'Odd' },
        Even: { Type: 'Pass', Output: '{% {"i": $states.input.i, "even": true} %}', End: true },
        Odd: { Type: 'Pass', Output: '{% {"i": $states.input.i, "even": false} %}', End: true },
      },
    });
    const { stateMachineArn } = await local.client.send(new CreateStateMachineCommand({ name: 'Load', definition, roleArn: ROLE }));
    const t0 = performance.now();
    const started = await Promise.all(Array.from({ length: N }, (_, i) => local.client.send(new StartExecutionCommand({ stateMachineArn: stateMachineArn, name: `e${i}`, input: JSON.stringify({ i }) }))));
    const tStarted = performance.now();
    expect(new Set(started.map((s) => s.executionArn)).size).toBe(N);
    await until(async () => ((await listAll(stateMachineArn as string, 'SUCCEEDED')).length === N ? true : undefined), 90_000, `${N} executions`);
    const tDone = performance.now();
    const all = await listAll(stateMachineArn as string);
    expect(all.length).toBe(N);
    expect(all.every((e) => e.status === 'SUCCEEDED')).toBe(true);
    expect(local.service.live.size).toBe(0);
    expect(local.service.executions.size).toBe(N);
    for (const i of [0, 499, 999]) {
      const h = await local.client.send(new GetExecutionHistoryCommand({ executionArn: started[i]!.executionArn }));
      expect(h.events?.at(-1)?.executionSucceededEventDetails?.output).toBe(JSON.stringify({ i, even: i % 2 === 0 }));
    }
    console.log(`${N} executions: started in ${Math.round(tStarted - t0)} ms, all finished ${Math.round(tDone - t0)} ms after the first start`);
  });
});
