/**
 * Serialization of a definition back to JSON or YAML. Nothing is lost: unknown fields, key order and `${…}`
 * placeholders are written as they are (they are plain strings to us).
 */
import { stringify as yamlStringify } from 'yaml';
import type { DocumentFormat } from './parse.ts';

export function toJson(value: unknown, indent: number | string = 2): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}

export function toYaml(value: unknown): string {
  return yamlStringify(value, {
    indent: 2,
    lineWidth: 0,
    aliasDuplicateObjects: false,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
  });
}

export function serialize(value: unknown, format: DocumentFormat): string {
  return format === 'json' ? toJson(value) : toYaml(value);
}
