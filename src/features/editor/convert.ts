/**
 * Switching the document between JSON and YAML. Pure: the definition is serialized with the project's
 * serializers (YAML quotes strings a YAML 1.1 reader would misread).
 */
import type { DocumentFormat } from '../../asl/parse.ts';
import { toJson, toYaml } from '../../asl/serialize.ts';

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
