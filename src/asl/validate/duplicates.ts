/**
 * Duplicate keys in the source text: JSON.parse and YAML keep only the last one, so an earlier duplicate is silently
 * ignored. One warning per ignored key, at that key.
 */
import { formatMessage } from '../messages.ts';
import type { ParsedDocument } from '../parse.ts';
import type { SourceNode } from '../source.ts';
import type { Diagnostic, JsonPathSegments } from '../types.ts';

export function duplicateKeys(doc: ParsedDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (node: SourceNode, path: JsonPathSegments) => {
    if (node.members) {
      const members = node.members;
      const seen = new Set<string>();
      for (let i = members.length - 1; i >= 0; i--) {
        const m = members[i]!;
        if (seen.has(m.key)) {
          const { severity, message } = formatMessage('object.duplicateKey', { field: m.key });
          const d: Diagnostic = { code: 'object.duplicateKey', severity, message, path: [...path, m.key] };
          if (m.node.keyOffset !== undefined) d.range = doc.lines.range(m.node.keyOffset, m.node.keyLength ?? 0);
          out.push(d);
        } else seen.add(m.key);
      }
      for (const m of members) if (m.node.members || m.node.items) visit(m.node, [...path, m.key]);
    } else if (node.items) {
      node.items.forEach((item, i) => {
        if (item.members || item.items) visit(item, [...path, i]);
      });
    }
  };
  if (doc.root) visit(doc.root, []);
  return out;
}
