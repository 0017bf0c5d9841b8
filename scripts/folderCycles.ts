/**
 * Folder-level import cycles in src: each top-level folder of src (and each folder of src/features) is one node;
 * a runtime import (not `import type`, not from a test file) from one folder to another is an edge. Folders must
 * form layers (ARCHITECTURE.md), so any strongly connected set of two or more folders is a cycle to break.
 * `folderCycles.test.ts` runs it over src in `npm test`. `import/no-cycle` in .oxlintrc.json checks files; this
 * checks the folders, which file-level rules miss (a → b and b → a through different files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** `from` folder → `to` folder → the file pairs that make the edge. */
export type FolderGraph = Map<string, Map<string, string[]>>;

const IMPORT = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Whether an import clause (`{ type A, type B }`, `type X`) brings only types. */
function typeOnly(typeKeyword: string | undefined, clause: string): boolean {
  if (typeKeyword) return true;
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** The runtime imports of a module's text, as the relative specifiers written. */
export function runtimeImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (m[5]) out.push(m[5]);
    else if (m[4] && !typeOnly(m[2], m[3] ?? '')) out.push(m[4]);
  }
  return out;
}

/** The folder a file of src belongs to: `commands`, `features/canvas`, or the file itself at the top (`main.tsx`). */
export function folderOf(srcRoot: string, file: string): string {
  const parts = relative(srcRoot, file).split(/[\\/]/);
  return parts[0] === 'features' && parts.length > 2 ? `features/${parts[1]}` : parts[0]!;
}

export function folderGraph(srcRoot: string): FolderGraph {
  const root = resolve(srcRoot);
  const graph: FolderGraph = new Map();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        const from = folderOf(root, path);
        for (const spec of runtimeImports(readFileSync(path, 'utf8'))) {
          const to = folderOf(root, resolve(dirname(path), spec));
          if (to === from || to.startsWith('..')) continue;
          const targets = graph.get(from) ?? new Map<string, string[]>();
          graph.set(from, targets);
          targets.set(to, [...(targets.get(to) ?? []), `${relative(root, path)} → ${spec}`]);
        }
      }
    }
  };
  walk(root);
  return graph;
}

/** The strongly connected sets of two or more folders (Tarjan), each sorted, with the edges inside them. */
export function folderCycles(graph: FolderGraph): { folders: string[]; edges: string[] }[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: { folders: string[]; edges: string[] }[] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const set: string[] = [];
    for (;;) {
      const w = stack.pop()!;
      onStack.delete(w);
      set.push(w);
      if (w === v) break;
    }
    if (set.length < 2) return;
    const inside = new Set(set);
    const edges = set.flatMap((a) => [...(graph.get(a) ?? [])].filter(([b]) => inside.has(b)).flatMap(([b, files]) => files.map((f) => `${a} → ${b}: ${f}`)));
    out.push({ folders: set.sort(), edges });
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}
