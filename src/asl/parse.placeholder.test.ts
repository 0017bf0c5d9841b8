/** An unquoted `${Placeholder}` in JSON is one clear error, not a run of "Invalid symbol" errors inside it. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';

describe('unquoted deploy-time placeholders in JSON', () => {
  it('says that a placeholder must be a quoted string, once, at the placeholder', () => {
    const text = '{"StartAt":"A","States":{"A":{"Type":"Wait","Seconds": ${Delay},"End":true}}}';
    const ds = parseDocument(text).diagnostics;
    expect(ds).toHaveLength(1);
    expect(ds[0]!.code).toBe('syntax.json');
    expect(ds[0]!.message).toMatch(/^\$\{Delay\} is an unquoted deploy-time placeholder: write it as a quoted string \("\$\{Delay\}"\)/);
    expect(ds[0]!.range).toMatchObject({ line: 1, column: text.indexOf('${') + 1 });
  });

  it('keeps the usual message for other syntax errors', () => {
    const ds = parseDocument('{"StartAt": "A",, }').diagnostics;
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => !d.message.includes('placeholder'))).toBe(true);
  });
});
