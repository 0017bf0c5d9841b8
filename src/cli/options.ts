/**
 * Command-line options of the CLI's servers (`local`, `proxy`), read with Node's own `util.parseArgs` (strict: an
 * unknown option, a missing value or a stray argument is an error), with the errors said in this CLI's words.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The option values, or an Error naming the option: "--data needs a value", "unknown option --open". */
export function readOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const err = e as Error & { code?: string };
    const name = /'(--?[^' =]+)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(`unknown option ${name}`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new Error(`${name} needs a value`);
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new Error(`unexpected argument ${name || err.message}`);
    throw err;
  }
}

/** A TCP port (0 picks a free one). */
export function portOption(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${value}`);
  return port;
}
