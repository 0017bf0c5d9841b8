/** State machine operations through @aws-sdk/client-sfn against the local endpoint. */
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, startTestLocal, type TestLocal } from './testServer.ts';

const HELLO = JSON.stringify({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', End: true } } });
const BROKEN = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } });

let local: TestLocal;
beforeAll(async () => {
  local = await startTestLocal();
});
afterAll(() => local.close());

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined }> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

describe('state machines', () => {
  it('creates, describes, updates and deletes a machine', async () => {
    const c = local.client;
    const created = await c.send(new CreateStateMachineCommand({ name: 'Crud', definition: HELLO, roleArn: ROLE }));
    expect(created.stateMachineArn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:Crud');
    expect(Math.abs((created.creationDate?.getTime() ?? 0) - Date.now())).toBeLessThan(5000);
    const d = await c.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(d).toMatchObject({ name: 'Crud', status: 'ACTIVE', definition: HELLO, roleArn: ROLE, type: 'STANDARD', loggingConfiguration: { level: 'OFF' } });
    const def2 = JSON.stringify({ StartAt: 'Bye', States: { Bye: { Type: 'Succeed' } } });
    const u = await c.send(new UpdateStateMachineCommand({ stateMachineArn: created.stateMachineArn, definition: def2 }));
    expect(u.revisionId).toBeTruthy();
    expect(u.revisionId).not.toBe(d.revisionId);
    expect((await c.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }))).definition).toBe(def2);
    await c.send(new DeleteStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(await failure(c.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn })))).toEqual({
      name: 'StateMachineDoesNotExist',
      message: `State Machine Does Not Exist: '${created.stateMachineArn}'`,
      status: 400,
    });
  });

  it('answers the same create again with the same machine, and a different one with StateMachineAlreadyExists', async () => {
    const c = local.client;
    const a = await c.send(new CreateStateMachineCommand({ name: 'Twice', definition: HELLO, roleArn: ROLE }));
    const b = await c.send(new CreateStateMachineCommand({ name: 'Twice', definition: HELLO, roleArn: ROLE }));
    expect(b.stateMachineArn).toBe(a.stateMachineArn);
    expect(b.creationDate).toEqual(a.creationDate);
    const other = JSON.stringify({ StartAt: 'X', States: { X: { Type: 'Succeed' } } });
    expect((await failure(c.send(new CreateStateMachineCommand({ name: 'Twice', definition: other, roleArn: ROLE })))).name).toBe('StateMachineAlreadyExists');
  });

  it('refuses bad names, role ARNs, types and definitions with AWS error names', async () => {
    const c = local.client;
    expect((await failure(c.send(new CreateStateMachineCommand({ name: 'has space', definition: HELLO, roleArn: ROLE })))).name).toBe('InvalidName');
    expect((await failure(c.send(new CreateStateMachineCommand({ name: 'R', definition: HELLO, roleArn: 'not-an-arn' })))).name).toBe('InvalidArn');
    expect((await failure(c.send(new CreateStateMachineCommand({ name: 'T', definition: HELLO, roleArn: ROLE, type: 'FAST' as never })))).name).toBe('ValidationException');
    const bad = await failure(c.send(new CreateStateMachineCommand({ name: 'Bad', definition: BROKEN, roleArn: ROLE })));
    expect(bad.name).toBe('InvalidDefinition');
    expect(bad.message).toContain('Nowhere');
    expect((await failure(c.send(new CreateStateMachineCommand({ name: 'Json', definition: '{', roleArn: ROLE })))).name).toBe('InvalidDefinition');
    expect((await failure(c.send(new UpdateStateMachineCommand({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Nope', definition: HELLO })))).name).toBe('StateMachineDoesNotExist');
  });

  it('lists machines in pages', async () => {
    const c = local.client;
    for (const n of ['Page1', 'Page2', 'Page3']) await c.send(new CreateStateMachineCommand({ name: n, definition: HELLO, roleArn: ROLE }));
    const names: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const p = await c.send(new ListStateMachinesCommand({ maxResults: 2, nextToken }));
      expect(p.stateMachines?.length).toBeLessThanOrEqual(2);
      names.push(...(p.stateMachines ?? []).map((m) => m.name as string));
      nextToken = p.nextToken;
      pages++;
    } while (nextToken);
    expect(names).toEqual(expect.arrayContaining(['Page1', 'Page2', 'Page3']));
    expect(new Set(names).size).toBe(names.length);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect((await failure(c.send(new ListStateMachinesCommand({ nextToken: 'bogus!' })))).name).toBe('InvalidToken');
  });

  it('validates definitions with this project\'s diagnostics in AWS\'s shape', async () => {
    const ok = await local.client.send(new ValidateStateMachineDefinitionCommand({ definition: HELLO }));
    expect(ok).toMatchObject({ result: 'OK', diagnostics: [], truncated: false });
    const bad = await local.client.send(new ValidateStateMachineDefinitionCommand({ definition: BROKEN }));
    expect(bad.result).toBe('FAIL');
    expect(bad.diagnostics?.[0]).toMatchObject({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', location: '/States/A/Next' });
    expect(bad.diagnostics?.some((d) => d.message?.includes('Nowhere'))).toBe(true);
  });

  it('tags, lists tags and untags a machine', async () => {
    const c = local.client;
    const { stateMachineArn } = await c.send(new CreateStateMachineCommand({ name: 'Tagged', definition: HELLO, roleArn: ROLE, tags: [{ key: 'team', value: 'a' }] }));
    await c.send(new TagResourceCommand({ resourceArn: stateMachineArn, tags: [{ key: 'team', value: 'b' }, { key: 'env', value: 'dev' }] }));
    expect((await c.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn }))).tags).toEqual([{ key: 'team', value: 'b' }, { key: 'env', value: 'dev' }]);
    await c.send(new UntagResourceCommand({ resourceArn: stateMachineArn, tagKeys: ['team'] }));
    expect((await c.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn }))).tags).toEqual([{ key: 'env', value: 'dev' }]);
    expect((await failure(c.send(new ListTagsForResourceCommand({ resourceArn: `${stateMachineArn}Missing` })))).name).toBe('ResourceNotFound');
  });
});
