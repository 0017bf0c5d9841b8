import { describe, expect, it } from 'vitest';
import { warmUpLayout } from './warmup.ts';

describe('warmUpLayout', () => {
  it('lays out a generated machine through the worker path', async () => {
    expect(await warmUpLayout(30)).toBeGreaterThanOrEqual(30);
  });
});
