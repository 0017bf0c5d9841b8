/** AWS mode's store: made by a factory, so two stores (the app's, a test's) share nothing. */
import { describe, expect, it } from 'vitest';
import { createAwsStore, useAwsStore } from './awsStore.ts';

describe('createAwsStore', () => {
  it('gives independent stores: opening and a role in one leave the other alone', () => {
    const a = createAwsStore();
    const b = createAwsStore();
    expect(a).not.toBe(useAwsStore);
    a.getState().setOpen(true);
    a.getState().setTestRoleArn('arn:aws:iam::123456789012:role/test');
    expect(a.getState()).toMatchObject({ open: true, testRoleArn: 'arn:aws:iam::123456789012:role/test' });
    expect(b.getState()).toMatchObject({ open: false, testRoleArn: '', status: 'disconnected' });
    expect(useAwsStore.getState().open).toBe(false);
  });
});
