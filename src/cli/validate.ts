/**
 * `asl-studio validate FILE...`: prints each file's diagnostics as `file:line:col severity code message`.
 * Exit code: 1 when any file has an error-level diagnostic (an unreadable file counts), 2 for usage errors,
 * 0 otherwise. JSON and YAML files (the format is detected from the text).
 */
import { readFile } from 'node:fs/promises';
import { formatMessage } from '../asl/messages.ts';
import { parseDocument } from '../asl/parse.ts';
import type { Diagnostic } from '../asl/types.ts';
import { validate } from '../asl/validate.ts';

const USAGE = 'Usage: asl-studio validate FILE...\n\nChecks Amazon States Language definitions (JSON or YAML) and prints file:line:col severity code message.';

export function formatDiagnostic(file: string, d: Diagnostic): string {
  const line = d.range?.line ?? 1;
  const column = d.range?.column ?? 1;
  return `${file}:${line}:${column} ${d.severity} ${d.code} ${d.message}`;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown || args.length === 0) {
    console.error(unknown ? `asl-studio validate: unknown option '${unknown}'\n\n${USAGE}` : USAGE);
    return 2;
  }
  let failed = false;
  for (const file of args) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      const { severity, message } = formatMessage('file.unreadable', { reason });
      console.log(`${file}:1:1 ${severity} file.unreadable ${message}`);
      failed = true;
      continue;
    }
    const diagnostics = validate(parseDocument(text));
    for (const d of diagnostics) console.log(formatDiagnostic(file, d));
    if (diagnostics.some((d) => d.severity === 'error')) failed = true;
  }
  return failed ? 1 : 0;
}
