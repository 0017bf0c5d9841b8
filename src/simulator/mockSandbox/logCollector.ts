/**
 * The console of one mock invocation, capped: at most `maxLines` lines and `maxBytes` characters are kept (a
 * single line is cut at `maxLineChars`); every line past the cap is only counted, so a flood of 300,000 lines
 * costs a counter, not 300,000 strings. Pure.
 */
export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface MockLog {
  level: LogLevel;
  text: string;
}

export interface LogCaps {
  maxLines: number;
  maxBytes: number;
  maxLineChars: number;
}

export class LogCollector {
  readonly lines: MockLog[] = [];
  dropped = 0;
  private chars = 0;
  private readonly caps: LogCaps;

  constructor(caps: LogCaps) {
    this.caps = caps;
  }

  /** True while lines are still kept (the sandbox formats a line only then). */
  get open(): boolean {
    return this.lines.length < this.caps.maxLines && this.chars < this.caps.maxBytes;
  }

  /** Keep a line, or count it as dropped. `text` null: a line the sandbox did not format (already past the cap). */
  add(level: LogLevel, text: string | null): boolean {
    if (text === null || !this.open) {
      this.dropped++;
      return false;
    }
    const room = Math.min(this.caps.maxLineChars, this.caps.maxBytes - this.chars);
    const kept = text.length > room ? `${text.slice(0, room)}… (${text.length - room} more characters cut)` : text;
    this.lines.push({ level, text: kept });
    this.chars += Math.min(text.length, room);
    return this.open;
  }
}
