/** Versions and aliases on the local endpoint through @aws-sdk/client-sfn, with AWS's shapes and error names. */
import {
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  DeleteStateMachineAliasCommand,
  DeleteStateMachineVersionCommand,
  DescribeExecutionCommand,
  DescribeStateMachineAliasCommand,
  DescribeStateMachineCommand,
  ListExecutionsCommand,
  ListStateMachineAliasesCommand,
  ListStateMachineVersionsCommand,
  PublishStateMachineVersionCommand,
  StartExecutionCommand,
  UpdateStateMachineAliasCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, startTestLocal, until, type TestLocal } from './testServer.ts';

let local: TestLocal;
beforeAll(async () => {
  local = await startTestLocal({ waitScale: 0 });
});
afterAll(() => local.close());

const says = (word: string) => JSON.stringify({ StartAt: 'Say', States: { Say: { Type: 'Pass', Result: word, End: true } } });

async function errorName(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).name;
  }
  throw new Error('expected the call to fail');
}

async function output(stateMachineArn: string): Promise<{ output: string; version?: string; alias?: string }> {
  const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn }));
  const d = await until(async () => {
    const x = await local.client.send(new DescribeExecutionCommand({ executionArn }));
    return x.status === 'RUNNING' ? undefined : x;
  });
  return { output: d.output as string, version: d.stateMachineVersionArn, alias: d.stateMachineAliasArn };
}

describe('versions', () => {
  it('publishes revisions as numbered versions, runs and describes each, lists newest first, deletes', async () => {
    const created = await local.client.send(new CreateStateMachineCommand({ name: 'Versioned', definition: says('one'), roleArn: ROLE, publish: true, versionDescription: 'first' }));
    const arn = created.stateMachineArn as string;
    expect(created.stateMachineVersionArn).toBe(`${arn}:1`);
    // Publishing the same revision again answers the same version.
    expect((await local.client.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn }))).stateMachineVersionArn).toBe(`${arn}:1`);
    const updated = await local.client.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: says('two') }));
    expect(await errorName(local.client.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn, revisionId: 'stale' })))).toBe('ConflictException');
    const v2 = await local.client.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn, revisionId: updated.revisionId, description: 'second' }));
    expect(v2.stateMachineVersionArn).toBe(`${arn}:2`);
    await local.client.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: says('three') }));

    expect(await output(`${arn}:1`)).toEqual({ output: '"one"', version: `${arn}:1`, alias: undefined });
    expect((await output(`${arn}:2`)).output).toBe('"two"');
    expect((await output(arn)).output).toBe('"three"');
    const d1 = await local.client.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:1` }));
    expect(d1).toMatchObject({ stateMachineArn: `${arn}:1`, definition: says('one'), description: 'first' });
    const listed = await local.client.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn }));
    expect(listed.stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${arn}:2`, `${arn}:1`]);
    const byVersion = await local.client.send(new ListExecutionsCommand({ stateMachineArn: `${arn}:1` }));
    expect(byVersion.executions).toHaveLength(1);

    await local.client.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: `${arn}:1` }));
    expect(await errorName(local.client.send(new StartExecutionCommand({ stateMachineArn: `${arn}:1` })))).toBe('ResourceNotFound');
    // Numbers are never reused.
    const v3 = await local.client.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: says('four'), publish: true }));
    expect(v3.stateMachineVersionArn).toBe(`${arn}:3`);
  });
});

describe('aliases', () => {
  it('routes executions to a version, splits them by weight, refuses bad routes, protects routed versions', async () => {
    const { stateMachineArn: arn } = await local.client.send(new CreateStateMachineCommand({ name: 'Aliased', definition: says('blue'), roleArn: ROLE, publish: true }));
    const blue = `${arn}:1`;
    const green = (await local.client.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: says('green'), publish: true }))).stateMachineVersionArn as string;
    const created = await local.client.send(new CreateStateMachineAliasCommand({ name: 'PROD', routingConfiguration: [{ stateMachineVersionArn: blue, weight: 100 }], description: 'live' }));
    const prod = created.stateMachineAliasArn as string;
    expect(prod).toBe(`${arn}:PROD`);
    expect(await output(prod)).toEqual({ output: '"blue"', version: blue, alias: prod });

    expect(await errorName(local.client.send(new CreateStateMachineAliasCommand({ name: 'BAD', routingConfiguration: [{ stateMachineVersionArn: blue, weight: 60 }, { stateMachineVersionArn: green, weight: 30 }] })))).toBe('ValidationException');
    expect(await errorName(local.client.send(new CreateStateMachineAliasCommand({ name: 'GONE', routingConfiguration: [{ stateMachineVersionArn: `${arn}:99`, weight: 100 }] })))).toBe('ResourceNotFound');

    await local.client.send(new UpdateStateMachineAliasCommand({ stateMachineAliasArn: prod, routingConfiguration: [{ stateMachineVersionArn: blue, weight: 50 }, { stateMachineVersionArn: green, weight: 50 }] }));
    const described = await local.client.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: prod }));
    expect(described).toMatchObject({ name: 'PROD', description: 'live', routingConfiguration: [{ stateMachineVersionArn: blue, weight: 50 }, { stateMachineVersionArn: green, weight: 50 }] });
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) seen.add((await output(prod)).output);
    expect([...seen].sort()).toEqual(['"blue"', '"green"']);
    expect((await local.client.send(new ListExecutionsCommand({ stateMachineArn: prod }))).executions?.length).toBeGreaterThanOrEqual(3);

    expect(await errorName(local.client.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: green })))).toBe('ConflictException');
    expect((await local.client.send(new ListStateMachineAliasesCommand({ stateMachineArn: arn }))).stateMachineAliases?.map((a) => a.stateMachineAliasArn)).toEqual([prod]);
    await local.client.send(new DeleteStateMachineAliasCommand({ stateMachineAliasArn: prod }));
    expect(await errorName(local.client.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: prod })))).toBe('ResourceNotFound');
    await local.client.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: green }));
  });
});
