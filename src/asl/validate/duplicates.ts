/**
 * Duplicate keys in the source text: JSON.parse and YAML keep only the last one, so an earlier duplicate is silently
 * ignored. One warning per ignored key, at that key. One walk over the source tree with a shared path stack.
 */
import { formatMessage } from '../messages.ts';
import type { ParsedDocument } from '../parse.ts';
import type { SourceNode } from '../source.ts';
import type { Diagnostic, JsonPathSegments } from '../types.ts';

export function duplicateKeys(doc: ParsedDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const path: JsonPathSegments = [];
  const report = (key: string, node: SourceNode) => {
    const { severity, message } = formatMessage('object.duplicateKey', { field: key });
    const d: Diagnostic = { code: 'object.duplicateKey', severity, message, path: [...path, key] };
    if (node.keyOffset !== undefined) d.range = doc.lines.range(node.keyOffset, node.keyLength ?? 0);
    out.push(d);
  };
  const visit = (node: SourceNode) => {
    const members = node.members;
    if (members) {
      const n = members.length;
      if (n > 1) {
        if (n <= 12) {
          for (let i = 0; i < n - 1; i++) {
            const key = members[i]!.key;
            for (let j = i + 1; j < n; j++) {
              if (members[j]!.key === key) {
                report(key, members[i]!.node);
                break;
              }
            }
          }
        } else {
          const last = new Map<string, number>();
          for (let i = 0; i < n; i++) last.set(members[i]!.key, i);
          for (let i = 0; i < n; i++) if (last.get(members[i]!.key) !== i) report(members[i]!.key, members[i]!.node);
        }
      }
      for (const m of members) {
        if (m.node.members || m.node.items) {
          path.push(m.key);
          visit(m.node);
          path.pop();
        }
      }
    } else if (node.items) {
      const items = node.items;
      for (let i = 0; i < items.length; i++) {
        if (items[i]!.members || items[i]!.items) {
          path.push(i);
          visit(items[i]!);
          path.pop();
        }
      }
    }
  };
  if (doc.root) visit(doc.root);
  return out;
}
