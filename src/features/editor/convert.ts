/**
 * Switching the document between JSON and YAML, and Format Document for YAML (Monaco formats JSON itself). Pure:
 * the definition is serialized with the project's serializers (YAML quotes strings a YAML 1.1 reader would
 * misread); the YAML library is the one the app loads on demand (a YAML document has loaded it already).
 */
import type { DocumentFormat } from '../../asl/parse.ts';
import { toJson, toYaml } from '../../asl/serialize.ts';
import { yaml, yamlReady } from '../../asl/yamlLib.ts';

export interface ConvertibleDocument {
  format: DocumentFormat;
  definition: unknown;
  stale: boolean;
}

/** The reason the document cannot switch format now, or undefined when it can. */
export function convertRefusal(doc: ConvertibleDocument): string | undefined {
  if (doc.stale) return 'Fix the syntax error before switching format';
  if (doc.definition === undefined) return 'There is no definition to convert';
  return undefined;
}

/** The definition as text in the other format, or undefined when nothing is to be done. */
export function convertedText(doc: ConvertibleDocument, to: DocumentFormat): string | undefined {
  if (doc.format === to || convertRefusal(doc)) return undefined;
  return to === 'yaml' ? toYaml(doc.definition) : toJson(doc.definition);
}

/** YAML re-indented (2 spaces, no line wrapping) with its comments; undefined when it does not parse. */
export function formatYaml(text: string): string | undefined {
  if (!yamlReady()) return undefined;
  const doc = yaml().parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 0 });
}
