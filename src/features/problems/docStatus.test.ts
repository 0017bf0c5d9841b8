import { describe, expect, it } from 'vitest';
import { docStatus } from './docStatus.ts';

const d = (severity: 'error' | 'warning' | 'info') => ({ severity });

describe('docStatus', () => {
  it('is valid only with no error', () => {
    expect(docStatus(false, [])).toEqual({ kind: 'valid', text: 'Definition valid' });
    expect(docStatus(false, [d('info')])).toEqual({ kind: 'valid', text: 'Definition valid' });
    expect(docStatus(false, [d('warning'), d('warning')])).toEqual({ kind: 'warnings', text: 'Definition valid, 2 warnings' });
  });
  it('counts the errors (and warnings) the Problems list shows', () => {
    expect(docStatus(false, [d('error')])).toEqual({ kind: 'errors', text: '1 error — see Problems' });
    expect(docStatus(false, [d('error'), d('warning'), d('error')])).toEqual({ kind: 'errors', text: '2 errors, 1 warning — see Problems' });
  });
  it('says syntax error while the text does not parse', () => {
    expect(docStatus(true, []).kind).toBe('syntax');
  });
});
