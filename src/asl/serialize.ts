/**
 * Serialization of a definition back to JSON or YAML. Nothing is lost: unknown fields, key order and `${…}`
 * placeholders are written as they are (they are plain strings to us).
 *
 * YAML is written for YAML 1.2 (what `parseDocument` reads), and strings that a YAML 1.1 reader (PyYAML in SAM,
 * many CI tools) would take for a boolean, null, number or date (`yes`, `on`, `0777`, `1_000`, `2026-01-01`) are
 * quoted, so the file means the same to every reader.
 */
import { yaml } from './yamlLib.ts';
import type { DocumentFormat } from './parse.ts';

export function toJson(value: unknown, indent: number | string = 2): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}

const YAML11_BOOL_OR_NULL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|<<|=)$/;
/** Starts like a YAML 1.1 number, sexagesimal, float or timestamp. */
const YAML11_NUMBERISH = /^[-+]?(\d|\.\d|\.(inf|Inf|INF|nan|NaN|NAN)$)/;
/** Whether a string holds characters a plain YAML scalar would lose or change (a BOM is stripped at a document's start). */
function hasInvisible(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
    if (c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0xfffe || c === 0xffff) return true;
  }
  return false;
}

export function toYaml(value: unknown): string {
  const doc = new (yaml().Document)(value, { aliasDuplicateObjects: false });
  yaml().visit(doc, {
    Scalar(_key, node) {
      const v = node.value;
      if (typeof v === 'string' && (YAML11_BOOL_OR_NULL.test(v) || YAML11_NUMBERISH.test(v) || hasInvisible(v))) {
        node.type = yaml().Scalar.QUOTE_DOUBLE;
      }
    },
  });
  return doc.toString({ indent: 2, lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

export function serialize(value: unknown, format: DocumentFormat): string {
  return format === 'json' ? toJson(value) : toYaml(value);
}
