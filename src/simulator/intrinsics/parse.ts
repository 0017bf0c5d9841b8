/**
 * Parser for intrinsic function calls: `States.Name(arg, …)` where an argument is a string literal in single
 * quotes (escapes `\'`, `\{`, `\}`, `\\`), a number, `true`, `false`, `null`, a path (`$…`, `$$…`, `$var…`) or a
 * nested call. Parsed calls are cached by their text.
 */
import { ERRORS, StatesError } from '../errors.ts';
import { memoize } from '../../asl/memo.ts';

export type IntrinsicArg =
  | { kind: 'string'; value: string; raw: string }
  | { kind: 'literal'; value: number | boolean | null }
  | { kind: 'path'; path: string }
  | IntrinsicCall;

export interface IntrinsicCall {
  kind: 'call';
  /** The function name without the `States.` prefix, e.g. `Format`. */
  name: string;
  args: IntrinsicArg[];
}

const CALL_START = /^\s*States\.[A-Za-z0-9]+\s*\(/;

/** True when the text looks like an intrinsic function call (`States.X(`…). */
export function isIntrinsicCall(s: unknown): s is string {
  return typeof s === 'string' && CALL_START.test(s);
}

const parsed = memoize((text: string) => new Parser(text).parseTop());

export function parseIntrinsic(text: string): IntrinsicCall {
  return parsed(text);
}

function fail(text: string, why: string): never {
  throw new StatesError(ERRORS.IntrinsicFailure, `Invalid intrinsic function call '${text}': ${why}`);
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parseTop(): IntrinsicCall {
    this.ws();
    const call = this.parseCall();
    this.ws();
    if (this.i !== this.s.length) fail(this.s, `unexpected text at position ${this.i}`);
    return call;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] as string)) this.i++;
  }

  private parseCall(): IntrinsicCall {
    const m = /^States\.([A-Za-z0-9]+)\s*\(/.exec(this.s.slice(this.i));
    if (!m) fail(this.s, `expected a States function at position ${this.i}`);
    this.i += m[0].length;
    const args: IntrinsicArg[] = [];
    this.ws();
    if (this.s[this.i] === ')') {
      this.i++;
      return { kind: 'call', name: m[1] as string, args };
    }
    for (;;) {
      this.ws();
      args.push(this.parseArg());
      this.ws();
      const ch = this.s[this.i];
      this.i++;
      if (ch === ')') break;
      if (ch !== ',') fail(this.s, `expected ',' or ')' at position ${this.i - 1}`);
    }
    return { kind: 'call', name: m[1] as string, args };
  }

  private parseArg(): IntrinsicArg {
    const ch = this.s[this.i];
    if (ch === "'") return this.parseString();
    if (ch === '$') return { kind: 'path', path: this.parsePathText() };
    const rest = this.s.slice(this.i);
    if (rest.startsWith('States.')) return this.parseCall();
    const num = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { kind: 'literal', value: Number(num[0]) };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (rest.startsWith(word) && !/[A-Za-z0-9_]/.test(rest[word.length] ?? '')) {
        this.i += word.length;
        return { kind: 'literal', value };
      }
    }
    return fail(this.s, `unexpected argument at position ${this.i}`);
  }

  private parseString(): IntrinsicArg {
    const start = ++this.i;
    let value = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i] as string;
      if (ch === '\\' && this.i + 1 < this.s.length) {
        const next = this.s[this.i + 1] as string;
        value += next === "'" || next === '{' || next === '}' || next === '\\' ? next : ch + next;
        this.i += 2;
        continue;
      }
      if (ch === "'") {
        const raw = this.s.slice(start, this.i);
        this.i++;
        return { kind: 'string', value, raw };
      }
      value += ch;
      this.i++;
    }
    return fail(this.s, 'unterminated string literal');
  }

  /** A path runs to the next ',' or ')' outside brackets, parentheses and quotes. */
  private parsePathText(): string {
    const start = this.i;
    let depth = 0;
    let quote: string | null = null;
    while (this.i < this.s.length) {
      const ch = this.s[this.i] as string;
      if (quote) {
        if (ch === '\\') this.i++;
        else if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || (ch === ')' && depth > 0)) depth--;
      else if (depth === 0 && (ch === ',' || ch === ')')) break;
      this.i++;
    }
    return this.s.slice(start, this.i).trim();
  }
}
