/**
 * Format Document for YAML (Monaco formats JSON itself). Only imported by the lazy editor chunk, so the YAML
 * library it needs is not pulled into the initial bundle.
 */
import { parseDocument as parseYaml } from 'yaml';

/** YAML re-indented (2 spaces, no line wrapping) with its comments; undefined when it does not parse. */
export function formatYaml(text: string): string | undefined {
  const doc = parseYaml(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 0 });
}
