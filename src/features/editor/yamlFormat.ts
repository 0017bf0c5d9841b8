/**
 * Format Document for YAML (Monaco formats JSON itself), with the YAML library the app loads on demand (a YAML
 * document has loaded it already). Only imported by the lazy editor chunk.
 */
import { yaml, yamlReady } from '../../asl/yamlLib.ts';

/** YAML re-indented (2 spaces, no line wrapping) with its comments; undefined when it does not parse. */
export function formatYaml(text: string): string | undefined {
  if (!yamlReady()) return undefined;
  const doc = yaml().parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 0 });
}
