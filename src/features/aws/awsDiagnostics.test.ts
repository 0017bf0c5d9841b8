import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../asl/parse.ts';
import { useAppStore } from '../../store/store.ts';
import { fromAwsDiagnostics, isAwsDiagnostic, showAwsDiagnostics } from './awsDiagnostics.ts';

const TEXT = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Nowhere' }], Default: 'B' }, B: { Type: 'Succeed' } } }, null, 2);
const AWS = { severity: 'ERROR' as const, code: 'SCHEMA_VALIDATION_FAILED', message: 'Missing transition target', location: '/States/A/Choices/0/Next' };

describe('AWS diagnostics', () => {
  it('map a location to the field it names, with its range, labelled as coming from AWS', () => {
    const parsed = parseDocument(TEXT);
    const [d] = fromAwsDiagnostics([AWS, { severity: 'WARNING', code: 'X', message: 'no location' }], parsed.value, parsed);
    expect(d).toMatchObject({ code: 'aws.SCHEMA_VALIDATION_FAILED', severity: 'error', message: 'AWS: SCHEMA_VALIDATION_FAILED: Missing transition target', path: ['States', 'A', 'Choices', 0, 'Next'] });
    expect(TEXT.slice(d!.range!.offset, d!.range!.offset + d!.range!.length)).toBe('"Nowhere"');
    const [, w] = fromAwsDiagnostics([AWS, { severity: 'WARNING', code: 'X', message: 'no location' }], parsed.value, parsed);
    expect(w).toEqual({ code: 'aws.X', severity: 'warning', message: 'AWS: X: no location', path: [] });
  });

  it('join the document diagnostics, replace earlier ones, and are gone after the next parse of an edit', async () => {
    const store = useAppStore.getState();
    store.loadText(TEXT);
    const own = useAppStore.getState().doc.diagnostics.length;
    showAwsDiagnostics(TEXT, [AWS]);
    showAwsDiagnostics(TEXT, [AWS]);
    expect(useAppStore.getState().doc.diagnostics.filter(isAwsDiagnostic)).toHaveLength(1);
    expect(useAppStore.getState().doc.diagnostics).toHaveLength(own + 1);
    showAwsDiagnostics(TEXT, []);
    expect(useAppStore.getState().doc.diagnostics.filter(isAwsDiagnostic)).toHaveLength(0);
    showAwsDiagnostics(TEXT, [AWS]);
    store.setText(TEXT.replace('"B"', '"B" '));
    useAppStore.getState().flushParse();
    // The store may validate the new parse a moment later (deferred validation): wait for it, not for a time.
    await vi.waitFor(() => expect(useAppStore.getState().doc.diagnostics.filter(isAwsDiagnostic)).toHaveLength(0));
  });

  it('are not attached to a text that changed since it was validated', () => {
    useAppStore.getState().loadText(TEXT);
    const shown = showAwsDiagnostics('{"StartAt":"Other"}', [AWS]);
    expect(shown[0]?.range).toBeUndefined();
    expect(useAppStore.getState().doc.diagnostics.filter(isAwsDiagnostic)).toHaveLength(0);
  });
});
