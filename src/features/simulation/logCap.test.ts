import { describe, expect, it } from 'vitest';
import { appendLog, capLogs } from './logCap.ts';
import type { LogLine } from './protocol.ts';

const line = (i: number, extra: Partial<LogLine> = {}): LogLine => ({ at: i, stateName: 'S', path: 'S', invocation: i, level: 'log', text: `line ${i}`, ...extra });

describe('a run log is capped', () => {
  it('keeps the first lines, then counts the rest on one trailing line that it replaces', () => {
    const logs: LogLine[] = [];
    const changed = [];
    for (let i = 0; i < 10; i++) changed.push(appendLog(logs, line(i), 4));
    expect(logs.map((l) => l.text).slice(0, 4)).toEqual(['line 0', 'line 1', 'line 2', 'line 3']);
    expect(logs).toHaveLength(5);
    expect(logs[4]).toMatchObject({ dropped: 6, text: '… 6 more lines dropped (a run keeps its first 4 lines)', at: 4 });
    expect(changed).toEqual([0, 1, 2, 3, 4, 4, 4, 4, 4, 4]);
  });

  it("adds a call's own dropped count when that notice is past the cap", () => {
    const logs: LogLine[] = [line(0), line(1)];
    appendLog(logs, line(2, { dropped: 299_000, text: '… 299,000 more lines dropped' }), 2);
    appendLog(logs, line(3), 2);
    expect(logs[2]).toMatchObject({ dropped: 299_001 });
  });

  it('the page side never holds more than the cap and its count', () => {
    const many = Array.from({ length: 50 }, (_, i) => line(i));
    expect(capLogs(many, 10)).toHaveLength(11);
    expect(capLogs(many.slice(0, 5), 10)).toHaveLength(5);
  });
});
